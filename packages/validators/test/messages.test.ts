// Every issue code of every validator has a Vietnamese and an English message, and codes are
// stable strings.
import { describe, expect, it } from "vitest";
import * as validators from "../src/index.js";

const identifiers = (Object.values(validators) as unknown[]).filter(
  (value): value is validators.IdentifierValidator<unknown> =>
    typeof value === "object" && value !== null && "messages" in value,
);

describe("issue codes", () => {
  it("covers every identifier validator", () => {
    expect(identifiers.map((v) => v.name).sort()).toEqual([
      "drivingLicence",
      "healthInsuranceCard",
      "legacyIdCard",
      "licensePlate",
      "passportNumber",
      "personalId",
      "phoneNumber",
      "socialInsuranceNumber",
      "taxCode",
    ]);
  });

  it.each(identifiers.map((v) => [v.name, v] as const))(
    "%s: every code has both messages",
    (_name, validator) => {
      for (const [code, templates] of Object.entries(validator.messages)) {
        expect(code).toMatch(/^[a-z][a-z0-9_]*$/);
        expect(templates.vi.trim(), `${code} vi`).not.toBe("");
        expect(templates.en.trim(), `${code} en`).not.toBe("");
        expect(templates.vi, `${code}: the Vietnamese message is not the English one`).not.toBe(
          templates.en,
        );
        // Both messages use the same params.
        const params = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
        const en = params(templates.en).map((p) => (p === "allowedEn" ? "allowed" : p));
        expect(en, code).toEqual(params(templates.vi));
      }
    },
  );
});
