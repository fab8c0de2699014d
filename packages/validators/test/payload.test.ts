import type { Citizen, PersonName, SchemaTypeMap } from "@ndcvn/schemas";
import { describe, expect, expectTypeOf, it } from "vitest";
import type * as z from "zod";
import type { PayloadTypeMap } from "../src/generated/payload-registry.js";
import {
  allPayloadMessages,
  createValidator,
  type PersonNameSchema,
  UnknownSchemaError,
  validate,
} from "../src/index.js";

const CITIZEN = "https://schemas.ndcvn.org/population/Citizen/1.0.0";
const PERSON_NAME = "https://schemas.ndcvn.org/common/PersonName/1.0.0";

const citizen = {
  birthName: {
    fullName: "Nguyễn Văn An",
    familyName: "Nguyễn",
    middleName: "Văn",
    givenName: "An",
  },
  personalId: "001099012345",
  dateOfBirth: "1999-03-14",
  sex: "male",
  nationality: ["VN"],
};

describe("validate", () => {
  it("accepts a valid payload and returns it", () => {
    expect(validate(CITIZEN, citizen)).toEqual({ ok: true, value: citizen, issues: [] });
  });

  it("locates every problem by JSON Pointer with a stable code, in Vietnamese by default", () => {
    const result = validate(CITIZEN, {
      ...citizen,
      birthName: { fullName: "" },
      nickname: "An",
      personalId: "0010990123",
    });
    expect(result.ok).toBe(false);
    expect(result.issues.map((i) => [i.path, i.code])).toEqual(
      expect.arrayContaining([
        ["/birthName/fullName", "empty"],
        ["/nickname", "unknown_property"],
        ["/personalId", "invalid_pattern"],
      ]),
    );
    const empty = result.issues.find((i) => i.code === "empty");
    expect(empty?.message).toBe("Giá trị không được để trống.");
  });

  it("speaks English on request and never repeats the value", () => {
    const result = validate(CITIZEN, { ...citizen, personalId: "050099012345" }, { locale: "en" });
    expect(result.ok).toBe(false);
    const issue = result.issues.find((i) => i.path === "/personalId");
    expect(issue?.code).toBe("invalid_province_code");
    expect(issue?.message).toBe(
      "The birth-registration province code 050 is not in the code table.",
    );
    for (const found of result.issues) expect(found.message).not.toContain("050099012345");
  });

  it("reports a missing required field as required", () => {
    const { personalId: _, ...withoutId } = citizen;
    const result = validate(CITIZEN, withoutId);
    expect(result.issues).toContainEqual(
      expect.objectContaining({ path: "/personalId", code: "required" }),
    );
  });

  it("checks the personal ID against the date of birth and sex (cross-field)", () => {
    const result = validate(CITIZEN, { ...citizen, dateOfBirth: "1998-03-14" }, { locale: "en" });
    expect(result.ok).toBe(false);
    expect(result.issues).toContainEqual(
      expect.objectContaining({
        path: "/personalId",
        code: "personal_id_birth_year_mismatch",
        params: { encoded: 1999, declared: 1998 },
      }),
    );
  });

  it("answers unknown_schema for an unknown id, and accepts the document itself", () => {
    expect(validate("https://schemas.ndcvn.org/population/Nobody/1.0.0", {})).toMatchObject({
      ok: false,
      issues: [{ code: "unknown_schema" }],
    });
    expect(validate({ $id: PERSON_NAME }, { fullName: "Lê Minh" }).ok).toBe(true);
  });

  it("takes the newest version when the id has none", () => {
    expect(createValidator("https://schemas.ndcvn.org/population/Citizen").schemaId).toBe(CITIZEN);
  });

  it("never throws on any input", () => {
    for (const value of [
      undefined,
      null,
      0,
      "",
      [],
      {},
      Symbol("x"),
      () => 1,
      new Proxy(
        {},
        {
          get: () => {
            throw new Error("boom");
          },
        },
      ),
    ]) {
      expect(() => validate(CITIZEN, value)).not.toThrow();
      expect(validate(CITIZEN, value).ok).toBe(false);
    }
  });
});

describe("createValidator", () => {
  it("throws UnknownSchemaError for an id that is not in the standard", () => {
    expect(() => createValidator("https://example.org/Person")).toThrow(UnknownSchemaError);
  });

  it("is typed by the schema id", () => {
    const validator = createValidator(CITIZEN);
    const result = validator.validate(citizen);
    if (result.ok) expectTypeOf(result.value).toEqualTypeOf<Citizen>();
    expect(validator.isValid(citizen)).toBe(true);
  });
});

// The zod schemas are generated from the same documents as the TypeScript types: their output types
// must be the same, for every document.
type Normalize<T> = T extends readonly (infer U)[]
  ? Normalize<U>[]
  : T extends object
    ? { [K in keyof T]: Normalize<T[K]> }
    : T;
type Same<A, B> =
  (<T>() => T extends Normalize<A> ? 1 : 2) extends <T>() => T extends Normalize<B> ? 1 : 2
    ? true
    : false;
type Mismatched = {
  [Id in keyof SchemaTypeMap]: Same<PayloadTypeMap[Id], SchemaTypeMap[Id]> extends true
    ? never
    : Id;
}[keyof SchemaTypeMap];

describe("zod output types", () => {
  it("equal the generated TypeScript type of every document", () => {
    expectTypeOf<Mismatched>().toEqualTypeOf<never>();
    expectTypeOf<keyof PayloadTypeMap>().toEqualTypeOf<keyof SchemaTypeMap>();
    expectTypeOf<z.output<typeof PersonNameSchema>>().toEqualTypeOf<PersonName>();
  });
});

describe("messages", () => {
  it("every payload issue code has a Vietnamese and an English message", () => {
    for (const [code, templates] of Object.entries(allPayloadMessages)) {
      expect(code).toMatch(/^[a-z][a-z0-9_]*$/);
      expect(templates.vi.length * templates.en.length, code).toBeGreaterThan(0);
    }
  });
});

describe("the valid path's consistency check", () => {
  it("agrees with the detailed check on generated records", async () => {
    const fc = (await import("fast-check")).default;
    const { checkConsistency, isConsistent } = await import("../src/payload/consistency.js");
    const rules = [
      { at: [], personalId: "personalId", dateOfBirth: "dateOfBirth", sex: "sex" },
      { at: ["children", "*"], personalId: "personalId", sex: "sex" },
    ];
    const person = fc.record({
      personalId: fc.oneof(
        fc.stringMatching(/^0(01|79|24)[0-9]{9}$/),
        fc.string({ maxLength: 13 }),
      ),
      dateOfBirth: fc.oneof(
        fc.integer({ min: 1890, max: 2110 }).map(String),
        fc.string({ maxLength: 10 }),
      ),
      sex: fc.constantFrom("male", "female", "other", 3),
    });
    fc.assert(
      fc.property(fc.tuple(person, fc.array(person, { maxLength: 3 })), ([root, children]) => {
        const value = { ...root, children };
        // isConsistent true must mean the detailed check finds nothing.
        if (isConsistent(value, rules)) expect(checkConsistency(value, rules)).toEqual([]);
        // A finding of the detailed check must fail the quick one.
        if (checkConsistency(value, rules).length > 0)
          expect(isConsistent(value, rules)).toBe(false);
      }),
      { numRuns: 5000 },
    );
  });
});
