import { describe, expect, it } from "vitest";
import {
  drivingLicence,
  healthInsuranceCard,
  legacyIdCard,
  licensePlate,
  passportNumber,
  phoneNumber,
  socialInsuranceNumber,
} from "../src/index.js";

describe("legacyIdCard", () => {
  it("accepts 9-digit and 12-digit CMND numbers", () => {
    expect(legacyIdCard.parse("012 345 678")).toEqual({
      ok: true,
      value: "012345678",
      details: { kind: "nine-digit" },
      issues: [],
    });
    expect(legacyIdCard.parse("001099012345")).toMatchObject({
      ok: true,
      details: { kind: "twelve-digit", personalId: { birthYear: 1999 } },
    });
  });
  it.each([
    ["0123456789", "invalid_legacy_id_length"],
    ["01234567X", "invalid_characters"],
    ["050099012345", "invalid_personal_id"],
  ])("rejects %s", (input, code) => {
    expect(legacyIdCard.parse(input)).toMatchObject({ ok: false, issues: [{ code }] });
  });
});

describe("passportNumber", () => {
  it("upper-cases and says which form", () => {
    expect(passportNumber.parse(" c1234567 ")).toMatchObject({
      ok: true,
      value: "C1234567",
      details: { form: "vietnamese" },
    });
    expect(passportNumber.parse("X12345678")).toMatchObject({
      ok: true,
      details: { form: "other" },
    });
  });
  it.each(["C12", "C1234567890", "C123_567", "Đ1234567"])("rejects %s", (input) => {
    expect(passportNumber.parse(input)).toMatchObject({
      ok: false,
      issues: [{ code: "invalid_passport" }],
    });
  });
});

describe("socialInsuranceNumber and drivingLicence", () => {
  it("check length and digits", () => {
    expect(socialInsuranceNumber.parse("01 2345 6789")).toMatchObject({
      ok: true,
      value: "0123456789",
    });
    expect(socialInsuranceNumber.parse("012345678")).toMatchObject({
      ok: false,
      issues: [{ code: "invalid_length", params: { expected: 10, actual: 9 } }],
    });
    expect(drivingLicence.parse("790123456789")).toMatchObject({ ok: true });
    expect(drivingLicence.parse("79012345678X")).toMatchObject({
      ok: false,
      issues: [{ code: "invalid_characters" }],
    });
  });
});

describe("healthInsuranceCard", () => {
  it("reads the 15-character code (Decision 1351/QĐ-BHXH)", () => {
    const result = healthInsuranceCard.parse("dn4 01 0123456789");
    expect(result).toMatchObject({
      ok: true,
      value: "DN4010123456789",
      details: {
        kind: "full-code",
        beneficiaryGroup: { code: "DN" },
        benefitLevel: 4,
        coveragePercent: 80,
        province: { code: "01", name: "Hà Nội" },
        socialInsuranceNumber: "0123456789",
      },
    });
  });
  it("accepts the 10-digit number printed since 2021-04-01", () => {
    expect(healthInsuranceCard.parse("0123456789")).toMatchObject({
      ok: true,
      details: { kind: "card-number" },
    });
  });
  it.each([
    ["unknown group", "ZZ4010123456789", ["invalid_beneficiary_group"]],
    ["level 6", "DN6010123456789", ["invalid_benefit_level"]],
    ["province 03 never existed", "DN4030123456789", ["invalid_province_code"]],
    ["14 characters", "DN401012345678", ["invalid_health_insurance_card"]],
  ])("rejects %s", (_name, input, codes) => {
    const result = healthInsuranceCard.parse(input);
    expect(result.ok).toBe(false);
    expect(result.issues.map((i) => i.code)).toEqual(codes);
  });
});

describe("phoneNumber", () => {
  it("canonicalises Vietnamese numbers to E.164", () => {
    expect(phoneNumber.parse("0912 345 678")).toMatchObject({
      ok: true,
      value: "+84912345678",
      details: { country: "VN", type: "mobile" },
    });
    expect(phoneNumber.parse("+84 24 3812 3456")).toMatchObject({
      ok: true,
      value: "+842438123456",
      details: { type: "fixed-line" },
    });
    expect(phoneNumber.parse("84912345678")).toMatchObject({ ok: true, value: "+84912345678" });
  });
  it.each([
    ["Viettel", "01662345678", "+84362345678"],
    ["MobiFone", "0122 345 6789", "+84773456789"],
    ["VinaPhone", "+84 123 456 7890", "+84834567890"],
    ["Vietnamobile", "01882345678", "+84582345678"],
    ["Gmobile", "01992345678", "+84592345678"],
  ])(
    "maps a pre-2018 11-digit %s number to its new number, with a warning",
    (_carrier, input, expected) => {
      const result = phoneNumber.parse(input);
      expect(result).toMatchObject({
        ok: true,
        value: expected,
        issues: [{ code: "renumbered_2018", severity: "warning" }],
      });
    },
  );
  it("accepts foreign numbers with their country prefix", () => {
    expect(phoneNumber.parse("+82 2 312 3456")).toMatchObject({
      ok: true,
      details: { country: "KR" },
    });
  });
  it.each(["0123", "09123456789012", "abc", "0162"])("rejects %s", (input) => {
    expect(phoneNumber.parse(input)).toMatchObject({
      ok: false,
      issues: [{ code: "invalid_phone_number" }],
    });
  });
  it("formats Vietnamese numbers nationally, and parses that back", () => {
    const formatted = phoneNumber.format("+84912345678");
    expect(formatted).toMatch(/^09/);
    expect(phoneNumber.parse(formatted)).toMatchObject({ ok: true, value: "+84912345678" });
  });
});

describe("licensePlate", () => {
  it.each([
    ["30A-123.45", "30A-12345", "car", "30A-123.45"],
    ["30a 12345", "30A-12345", "car", "30A-123.45"],
    ["29A-1234", "29A-1234", "car", "29A-1234"],
    ["59-X1 234.56", "59X1-23456", "motorbike", "59-X1 234.56"],
    ["59X123456", "59X1-23456", "motorbike", "59-X1 234.56"],
    ["29AA-123.45", "29AA-12345", "motorbike", "29-AA 123.45"],
  ])("%s → %s (%s)", (input, value, vehicle, formatted) => {
    expect(licensePlate.parse(input)).toMatchObject({ ok: true, value, details: { vehicle } });
    expect(licensePlate.format(value)).toBe(formatted);
  });
  it.each(["3A-12345", "30-123.45", "30A-123", "ABC"])("rejects %s", (input) => {
    expect(licensePlate.parse(input)).toMatchObject({
      ok: false,
      issues: [{ code: "invalid_license_plate" }],
    });
  });
});
