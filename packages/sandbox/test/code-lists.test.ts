// Code lists with ETag and If-None-Match (RFC 9110 §13.1.2).
import { getCodeList } from "@ndcvn/schemas";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  call,
  contractErrors,
  headersOf,
  startTestSandbox,
  type TestSandbox,
  tokenOf,
} from "./support.js";

let sandbox: TestSandbox;
let token: string;

beforeAll(async () => {
  sandbox = await startTestSandbox({ seed: 2, people: 20 });
  token = await tokenOf(sandbox);
});
afterAll(async () => {
  expect(sandbox.internalErrors).toEqual([]);
  await sandbox.close();
});

describe("getCodeList", () => {
  it("answers the list of @ndcvn/schemas with a strong ETag", async () => {
    const answer = await call(sandbox, "/codelists/purposes", {
      headers: headersOf(sandbox, token),
    });
    expect(answer.status).toBe(200);
    expect(contractErrors("getCodeList", answer)).toEqual([]);
    expect(answer.body).toEqual(await getCodeList("purposes"));
    expect(answer.headers.get("etag")).toMatch(/^"cl-purposes-[0-9a-f]{16}"$/);
    const again = await call(sandbox, "/codelists/purposes", {
      headers: headersOf(sandbox, token),
    });
    expect(again.headers.get("etag")).toBe(answer.headers.get("etag"));
  });

  it.each([
    ["the same tag", (etag: string) => etag],
    ["the tag among others, weak", (etag: string) => `"other", W/${etag}`],
    ["any tag", () => "*"],
  ])("answers 304 without a body for %s", async (_, ifNoneMatch) => {
    const first = await call(sandbox, "/codelists/sex", { headers: headersOf(sandbox, token) });
    const etag = first.headers.get("etag") as string;
    const answer = await call(sandbox, "/codelists/sex", {
      headers: headersOf(sandbox, token, { "If-None-Match": ifNoneMatch(etag) }),
    });
    expect(answer.status).toBe(304);
    expect(answer.text).toBe("");
    expect(answer.headers.get("etag")).toBe(etag);
    expect(answer.headers.get("x-request-id")).toBeTruthy();
  });

  it("answers 200 for a tag that is not current", async () => {
    const answer = await call(sandbox, "/codelists/sex", {
      headers: headersOf(sandbox, token, { "If-None-Match": '"cl-sex-0000000000000000"' }),
    });
    expect(answer.status).toBe(200);
  });

  it("answers 404 for a list that does not exist", async () => {
    const answer = await call<{ code: string }>(sandbox, "/codelists/star-signs", {
      headers: headersOf(sandbox, token),
    });
    expect(answer.status).toBe(404);
    expect(answer.body.code).toBe("not_found");
    expect(contractErrors("getCodeList", answer)).toEqual([]);
  });
});
