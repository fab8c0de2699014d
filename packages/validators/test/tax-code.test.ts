import { describe, expect, it } from "vitest";
import { taxCodeCheckDigit } from "../src/identifiers/tax-code.js";
import { taxCode } from "../src/index.js";

describe("taxCode", () => {
  it("accepts a 10-digit code with a right check digit (0100233488)", () => {
    expect(taxCode.parse("0100233488")).toEqual({
      ok: true,
      value: "0100233488",
      details: { kind: "main" },
      issues: [],
    });
  });

  it("accepts a branch and says whose (0314409058-002)", () => {
    expect(taxCode.parse("0314409058-002")).toEqual({
      ok: true,
      value: "0314409058-002",
      details: { kind: "branch", parent: "0314409058", branch: "002" },
      issues: [],
    });
    expect(taxCode.parse("0314409058 - 002")).toMatchObject({ ok: true, value: "0314409058-002" });
  });

  it.each([
    ["bad check digit", "0100233480", ["invalid_check_digit"]],
    ["digits 3–9 all zero", "0100000008", ["invalid_serial", "invalid_check_digit"]],
    ["branch 000", "0314409058-000", ["invalid_branch"]],
    ["wrong length", "12345", ["invalid_tax_code_length"]],
    ["11 digits", "01002334881", ["invalid_tax_code_length"]],
    ["letters", "01002334A8", ["invalid_characters"]],
    ["branch of a bad main code", "0100233480-001", ["invalid_check_digit"]],
  ])("rejects %s (%s)", (_name, input, codes) => {
    const result = taxCode.parse(input);
    expect(result.ok).toBe(false);
    expect(result.issues.map((issue) => issue.code)).toEqual(codes);
  });

  it("accepts an individual's 12-digit personal ID and says so (Circular 86/2024/TT-BTC)", () => {
    const result = taxCode.parse("001099012345");
    expect(result).toMatchObject({
      ok: true,
      value: "001099012345",
      details: { kind: "personal-id", personalId: { birthYear: 1999 } },
    });
    expect(taxCode.parse("050099012345")).toMatchObject({
      ok: false,
      issues: [{ code: "invalid_personal_id" }],
    });
  });

  it("computes the check digit, and refuses base numbers whose sum is a multiple of 11", () => {
    expect(taxCodeCheckDigit("010023348")).toBe(8);
    expect(taxCodeCheckDigit("031440905")).toBe(8);
    // 31·1 + 29·0 + … + 3·… : find a base whose weighted sum is 0 mod 11 and check every final digit fails.
    const weights = [31, 29, 23, 19, 17, 13, 7, 5, 3];
    let base = "";
    for (let n = 100000000; n < 100100000; n++) {
      const digits = String(n).padStart(9, "0");
      if (
        [...digits].reduce((sum, d, i) => sum + Number(d) * (weights[i] as number), 0) % 11 === 0 &&
        !/^..0{7}$/.test(digits)
      ) {
        base = digits;
        break;
      }
    }
    expect(taxCodeCheckDigit(base)).toBeUndefined();
    for (let last = 0; last <= 9; last++) expect(taxCode.isValid(`${base}${last}`)).toBe(false);
  });
});
