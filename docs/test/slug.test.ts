// Heading ids follow GitHub's rule, so that anchors written in READMEs work on the site.
import { describe, expect, it } from "vitest";
import { createSlugger } from "../scripts/lib/slug.mjs";

describe("createSlugger", () => {
  it.each([
    ["Quick start", "quick-start"],
    ["The API in one page", "the-api-in-one-page"],
    ["@ndcvn/validators", "ndcvnvalidators"],
    ["Tiếng Việt", "tiếng-việt"],
    ["Payloads (JSON, NDJSON, CSV)", "payloads-json-ndjson-csv"],
    ["ndc validate", "ndc-validate"],
    ["!!!", "section"],
  ])("%s → %s", (text, id) => {
    expect(createSlugger()(text)).toBe(id);
  });

  it("numbers repeated headings and avoids ids already taken", () => {
    const slug = createSlugger();
    slug.reserve("examples-1");
    expect([slug("Examples"), slug("Examples"), slug("Examples")]).toEqual([
      "examples",
      "examples-2",
      "examples-3",
    ]);
  });
});
