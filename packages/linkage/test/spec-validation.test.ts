// validateSpec: every problem listed by its JSON Pointer, messages in both languages; the exported
// JSON Schema says the same as validateSpec wherever a schema can (checked with ajv, so that
// integrators in other languages can rely on the schema file).
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import {
  type LinkageSpec,
  linkageSpecSchema,
  presets,
  SPEC_VERSION,
  specHash,
  validateSpec,
} from "../src/index.js";
import { SPEC_MESSAGES } from "../src/spec/spec-messages.js";
import cases from "./fixtures/spec-cases.json" with { type: "json" };

interface Fixture {
  description: string;
  tests: { description: string; data: unknown; valid: boolean; schemaValid?: boolean }[];
}

const ajv = new Ajv2020({ strict: true, allErrors: true });
const ajvValidate = ajv.compile(linkageSpecSchema);

describe("validateSpec: fixtures (JSON-Schema-Test-Suite shape)", () => {
  for (const group of cases as Fixture[]) {
    describe(group.description, () => {
      for (const test of group.tests) {
        it(test.description, () => {
          const result = validateSpec(test.data);
          expect(result.ok, JSON.stringify(result.ok ? [] : result.issues)).toBe(test.valid);
          expect(ajvValidate(test.data), JSON.stringify(ajvValidate.errors)).toBe(
            test.schemaValid ?? test.valid,
          );
        });
      }
    });
  }
});

describe("validateSpec: every problem, by path", () => {
  it("lists every problem of a spec with many, each with its path and code", () => {
    const result = validateSpec({
      specVersion: 1,
      sources: [{ name: "population" }, { name: "population" }],
      fields: {
        name: { from: "birthName.fullName", normalise: ["nameKey", "soundex"] },
        born: {
          from: { population: "dateOfBirth", tax: "dob" },
          normalise: [{ name: "date", order: "ymd" }],
        },
        "bad name": { from: "x" },
        commune: { from: "address.commune", normalise: ["trim", "adminUnit"] },
      },
      passes: [
        { name: "nameBorn", key: ["name", "born"] },
        { name: "nameBorn", key: ["name", "sex"], maxKeyFrequency: 1 },
        { key: ["name"] },
      ],
      vetoes: [{ name: "sexDiffers", field: "sex", rule: "differ" }],
      extra: true,
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((issue) => [issue.path, issue.code])).toEqual([
      ["/fields/name/normalise/1", "invalid_value"],
      ["/fields/born/normalise/0/order", "invalid_value"],
      ["/fields/bad name", "invalid_property_name"],
      ["/passes/1/maxKeyFrequency", "too_small"],
      ["/passes/2", "required"],
      ["/extra", "unknown_property"],
      ["/sources/1/name", "duplicate_name"],
      ["/passes/1/name", "duplicate_name"],
      ["/fields/born/from/tax", "unknown_source"],
      ["/fields/commune/normalise/1", "normaliser_position"],
      ["/passes/1/key/1", "unknown_field"],
      ["/vetoes/0/field", "unknown_field"],
    ]);
    for (const issue of result.issues) {
      expect(issue.message.vi.length).toBeGreaterThan(0);
      expect(issue.message.en.length).toBeGreaterThan(0);
      expect(issue.message.vi).not.toMatch(/\{\w+\}/);
      expect(issue.message.en).not.toMatch(/\{\w+\}/);
    }
    const unknownField = result.issues.find((issue) => issue.code === "unknown_field");
    expect(unknownField?.message).toEqual({
      vi: "Trường sex chưa được khai báo trong fields.",
      en: "Field sex is not defined in fields.",
    });
  });

  it("escapes JSON Pointer segments", () => {
    const result = validateSpec({
      specVersion: 1,
      fields: { "a/b~c": { from: "x" } },
      passes: [{ name: "p", key: ["x"] }],
    });
    expect(result.ok ? [] : result.issues.map((issue) => issue.path)).toEqual([
      "/fields/a~1b~0c",
      "/passes/0/key/0",
    ]);
  });

  it("answers anything without throwing: non-objects, JSON text, broken JSON", () => {
    for (const input of [null, 42, "nope", [], undefined, { specVersion: SPEC_VERSION }]) {
      const result = validateSpec(input);
      expect(result.ok).toBe(false);
    }
    const broken = validateSpec("{");
    expect(broken.ok ? [] : broken.issues).toEqual([
      expect.objectContaining({ path: "", code: "invalid_json" }),
    ]);
    const text = JSON.stringify(presets.vietnamesePerson);
    expect(validateSpec(text).ok).toBe(true);
    const unsupported = validateSpec({
      specVersion: 3,
      fields: { x: { from: "x" } },
      passes: [{ name: "p", key: ["x"] }],
    });
    expect(unsupported.ok ? [] : unsupported.issues.map((issue) => issue.code)).toEqual([
      "unsupported_spec_version",
    ]);
  });

  it("has a message in both languages for every code", () => {
    for (const [code, message] of Object.entries(SPEC_MESSAGES)) {
      expect(message.vi, code).not.toBe(message.en);
      expect(message.vi.length, code).toBeGreaterThan(10);
    }
  });
});

describe("specHash", () => {
  it("is the same for the same spec however its keys are ordered or formatted", () => {
    const spec = presets.vietnamesePerson;
    const reordered = JSON.parse(
      JSON.stringify(spec, (_, value) =>
        value && typeof value === "object" && !Array.isArray(value)
          ? Object.fromEntries(Object.entries(value).reverse())
          : value,
      ),
    ) as LinkageSpec;
    expect(specHash(reordered)).toBe(specHash(spec));
    expect(specHash(spec)).toMatch(/^sha256:[0-9a-f]{64}$/);
    const changed = { ...spec, maxKeyFrequency: 21 };
    expect(specHash(changed)).not.toBe(specHash(spec));
  });
});
