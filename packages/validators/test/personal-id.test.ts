import { describe, expect, it } from "vitest";
import { LEGACY_PROVINCES } from "../src/generated/legacy-provinces.js";
import { personalId } from "../src/index.js";

const at = new Date("2026-11-27T00:00:00Z");

describe("personalId", () => {
  it("parses the architecture's example", () => {
    expect(personalId.parse(" 001 099 012345 ", { at })).toEqual({
      ok: true,
      value: "001099012345",
      details: {
        birthRegistrationProvince: { code: "001", name: "Hà Nội" },
        sex: "male",
        birthYear: 1999,
        century: 1900,
      },
      issues: [],
    });
  });

  it.each([
    ["0", 1900, "male"],
    ["1", 1900, "female"],
    ["2", 2000, "male"],
    ["3", 2000, "female"],
    ["4", 2100, "male"],
    ["5", 2100, "female"],
    ["6", 2200, "male"],
    ["7", 2200, "female"],
    ["8", 2300, "male"],
    ["9", 2300, "female"],
  ] as const)(
    "century/sex digit %s: %i, %s (Decree 137/2015/NĐ-CP art. 13)",
    (digit, century, sex) => {
      const result = personalId.parse(`079${digit}05123456`, { at });
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.details).toMatchObject({ century, sex, birthYear: century + 5 });
      // Births after today are possible to write but not to have: a warning, not an error.
      expect(result.issues.map((i) => i.code)).toEqual(
        century + 5 > 2026 ? ["birth_year_in_future"] : [],
      );
    },
  );

  it("accepts every one of the 63 pre-2025 province codes", () => {
    const codes = Object.keys(LEGACY_PROVINCES);
    expect(codes).toHaveLength(63);
    for (const code of codes) {
      const result = personalId.parse(`0${code}085000001`, { at });
      expect(result.ok && result.details.birthRegistrationProvince, code).toEqual({
        code: `0${code}`,
        name: LEGACY_PROVINCES[code],
      });
    }
  });

  it("keeps pre-2025 codes after the mergers: 024 is still Bắc Giang, 046 Thừa Thiên Huế", () => {
    const bacGiang = personalId.parse("024190000123", { at });
    expect(bacGiang.ok && bacGiang.details.birthRegistrationProvince.name).toBe("Bắc Giang");
    const hue = personalId.parse("046090000123", { at });
    expect(hue.ok && hue.details.birthRegistrationProvince.name).toBe("Thừa Thiên Huế");
  });

  it("rejects an unassigned code in the domestic range", () => {
    for (const code of ["000", "003", "005", "009", "013", "021", "039", "050", "097", "099"]) {
      const result = personalId.parse(`${code}099012345`, { at });
      expect(result.ok, code).toBe(false);
      expect(result.issues[0]?.code).toBe("invalid_province_code");
    }
  });

  it("accepts a code outside the domestic range with a warning, never silently", () => {
    const result = personalId.parse("101099012345", { at });
    expect(result.ok).toBe(true);
    expect(result.issues).toEqual([
      expect.objectContaining({ code: "unknown_province_code", severity: "warning" }),
    ]);
  });

  it.each([
    ["wrong length", "00109901234", "invalid_length"],
    ["13 digits", "0010990123456", "invalid_length"],
    ["a letter", "00109901234A", "invalid_characters"],
    ["empty", "   ", "empty"],
  ])("rejects %s", (_name, input, code) => {
    const result = personalId.parse(input, { at });
    expect(result.ok).toBe(false);
    expect(result.issues.map((i) => i.code)).toEqual([code]);
  });

  it.each([[1099012345], [null], [undefined], [{}], [["001099012345"]], [Symbol("x")]])(
    "rejects a non-string %s without throwing",
    (input) => {
      expect(personalId.parse(input)).toMatchObject({
        ok: false,
        issues: [{ code: "invalid_type" }],
      });
      expect(personalId.isValid(input)).toBe(false);
    },
  );

  it("accepts full-width digits and dots or hyphens between groups", () => {
    expect(personalId.parse("００１０９９０１２３４５", { at })).toMatchObject({
      ok: true,
      value: "001099012345",
    });
    expect(personalId.parse("001.099.012345", { at })).toMatchObject({
      ok: true,
      value: "001099012345",
    });
  });

  it("speaks Vietnamese by default and English on request, without the number in the message", () => {
    const vi = personalId.parse("050099012345");
    const en = personalId.parse("050099012345", { locale: "en" });
    expect(vi.issues[0]?.message).toBe(
      "Mã tỉnh nơi đăng ký khai sinh 050 không có trong danh mục.",
    );
    expect(en.issues[0]?.message).toBe(
      "The birth-registration province code 050 is not in the code table.",
    );
    expect(en.issues[0]?.message).not.toContain("050099012345");
  });

  it("is a Standard Schema", async () => {
    expect(personalId["~standard"]).toMatchObject({ version: 1, vendor: "ndcvn" });
    expect(await personalId["~standard"].validate("001 099 012345")).toEqual({
      value: "001099012345",
    });
    expect(await personalId["~standard"].validate("1")).toEqual({
      issues: [{ message: expect.any(String), path: [] }],
    });
  });
});
