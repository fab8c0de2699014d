import { describe, expect, it } from "vitest";
import { createAjv, documents, fixtures } from "./json-schema.js";

const ajv = createAjv();

describe("schema documents", () => {
  it.each(documents.map((d) => [d.file, d.json] as const))(
    "%s is valid JSON Schema 2020-12",
    (_file, json) => {
      expect(json.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
      expect(ajv.validateSchema(json)).toBe(true);
      expect(ajv.errors ?? null).toBeNull();
    },
  );
});

describe("fixtures behave as labelled under ajv", () => {
  const cases = fixtures.flatMap(({ file, json }) =>
    json.flatMap((group) =>
      group.tests.map((test) => ({
        name: `${file}: ${group.description}: ${test.description}`,
        group,
        test,
      })),
    ),
  );
  it("covers every document", () => {
    const covered = new Set(
      fixtures.map((f) => f.file.replace(/^fixtures\//, "").replace(/\.json$/, "")),
    );
    const all = documents.map((d) =>
      d.file.replace(/^schemas\//, "").replace(/\.schema\.json$/, ""),
    );
    expect(all.filter((name) => !covered.has(name))).toEqual([]);
  });
  it.each(cases)("$name", ({ group, test }) => {
    const validate = ajv.compile(group.schema as object);
    expect(validate(test.data)).toBe(test.valid);
  });
});
