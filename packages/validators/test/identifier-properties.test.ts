// Properties every identifier validator keeps, on arbitrary input (fast-check).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  drivingLicence,
  healthInsuranceCard,
  type IdentifierValidator,
  legacyIdCard,
  licensePlate,
  passportNumber,
  personalId,
  phoneNumber,
  socialInsuranceNumber,
  taxCode,
} from "../src/index.js";

const validators: [string, IdentifierValidator<unknown>][] = [
  ["personalId", personalId],
  ["legacyIdCard", legacyIdCard],
  ["passportNumber", passportNumber],
  ["taxCode", taxCode],
  ["socialInsuranceNumber", socialInsuranceNumber],
  ["healthInsuranceCard", healthInsuranceCard],
  ["phoneNumber", phoneNumber],
  ["drivingLicence", drivingLicence],
  ["licensePlate", licensePlate],
];

// Inputs that look like identifiers (digits, letters, separators) as well as anything at all.
const identifierLike = fc.stringMatching(/^[0-9A-Za-z .+-]{0,20}$/);
const anything = fc.oneof(
  fc.anything(),
  fc.string({ unit: "binary", maxLength: 200 }),
  identifierLike,
);

describe.each(validators)("%s", (_name, validator) => {
  it("never throws, and answers ok or issues, on any input", () => {
    fc.assert(
      fc.property(anything, (input) => {
        const result = validator.parse(input);
        expect(typeof result.ok).toBe("boolean");
        expect(Array.isArray(result.issues)).toBe(true);
        if (!result.ok)
          expect(result.issues.some((issue) => issue.severity === "error")).toBe(true);
        expect(validator.isValid(input)).toBe(result.ok);
        expect(() => validator.format(input as string)).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });

  it("returns quickly on huge input (no catastrophic backtracking)", () => {
    for (const input of [
      "1".repeat(1_000_000),
      `${"0".repeat(500_000)}-${"9".repeat(500_000)}`,
      " ".repeat(1_000_000),
      "A1-".repeat(300_000),
    ]) {
      const result = validator.parse(input);
      expect(result.ok).toBe(false);
    }
  });

  it("round-trips: parse(format(value)) gives the same value, and parsing a canonical value is stable", () => {
    fc.assert(
      fc.property(identifierLike, (input) => {
        const first = validator.parse(input);
        if (!first.ok) return;
        const again = validator.parse(validator.format(first.value));
        expect(again).toMatchObject({ ok: true, value: first.value });
        expect(validator.parse(first.value)).toMatchObject({ ok: true, value: first.value });
      }),
      { numRuns: 2000 },
    );
  });

  it("every issue code it reports has a Vietnamese and an English message", () => {
    fc.assert(
      fc.property(anything, (input) => {
        for (const issue of validator.parse(input).issues) {
          const templates = validator.messages[issue.code];
          expect(templates?.vi && templates.en, issue.code).toBeTruthy();
          expect(validator.parse(input, { locale: "en" }).issues.map((i) => i.code)).toContain(
            issue.code,
          );
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("generated identifiers round-trip", () => {
  const digits = (n: number) => fc.stringMatching(new RegExp(`^[0-9]{${n}}$`));
  it("personal IDs with a known province parse, and their details agree with the digits", () => {
    const province = fc.constantFrom("001", "024", "046", "079", "096");
    fc.assert(
      fc.property(
        province,
        fc.integer({ min: 0, max: 3 }),
        digits(2),
        digits(6),
        (ppp, g, yy, rest) => {
          const result = personalId.parse(`${ppp}${g}${yy}${rest}`, { at: new Date("2099-12-31") });
          expect(result.ok).toBe(true);
          if (!result.ok) return;
          expect(result.details.birthYear).toBe((g < 2 ? 1900 : 2000) + Number(yy));
          expect(result.details.sex).toBe(g % 2 === 0 ? "male" : "female");
        },
      ),
    );
  });
});

describe("quick checks agree with parse", () => {
  it.each([
    ["personalId", personalId],
    ["taxCode", taxCode],
  ] as const)("%s", (_name, validator) => {
    const canonical = fc.oneof(
      fc.stringMatching(/^[0-9]{12}$/),
      fc.stringMatching(/^[0-9]{10}$/),
      fc.stringMatching(/^[0-9]{10}-[0-9]{3}$/),
      fc.stringMatching(/^0[0-9]{2}[0-9]{9}$/),
    );
    fc.assert(
      fc.property(canonical, (input) => {
        expect(validator.isValid(input)).toBe(validator.parse(input).ok);
      }),
      { numRuns: 20_000 },
    );
  });
});
