// Public functions of payload validation on arbitrary input: they answer, they never throw.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  checkPersonalIdConsistency,
  createValidator,
  resolveSchemaId,
  validate,
} from "../src/index.js";

const ids = [
  "https://schemas.ndcvn.org/population/Citizen/1.0.0",
  "https://schemas.ndcvn.org/insurance/HealthInsuranceCard/1.0.0",
  "https://schemas.ndcvn.org/warehouse/PersonProfile/1.0.0",
];

describe("payload validation on arbitrary input", () => {
  it("validate answers ok or issues for any value and any id", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.constantFrom(...ids), fc.string(), fc.anything()),
        fc.anything(),
        fc.constantFrom("vi", "en", undefined, "fr"),
        (id, value, locale) => {
          const result = validate(
            id as string,
            value,
            locale === undefined ? undefined : { locale: locale as "vi" },
          );
          expect(typeof result.ok).toBe("boolean");
          if (!result.ok) expect(result.issues.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("a validator's isValid and validate agree", () => {
    const validators = ids.map((id) => createValidator(id));
    fc.assert(
      fc.property(
        fc.constantFrom(...validators),
        fc.oneof(fc.anything(), fc.jsonValue()),
        (validator, value) => {
          expect(validator.isValid(value)).toBe(validator.validate(value).ok);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("checkPersonalIdConsistency and resolveSchemaId never throw", () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (id, facts) => {
        const result = checkPersonalIdConsistency(id, facts as never);
        expect(typeof result.ok).toBe("boolean");
        expect(() => resolveSchemaId(id as string)).not.toThrow();
      }),
      { numRuns: 1000 },
    );
  });
});
