import { describe, expect, it } from "vitest";
import { lookupAdministrativeUnit, migrateAdministrativeUnit } from "../src/admin-units.js";

describe("lookupAdministrativeUnit", () => {
  it("reads a reused province code at its date: 24 was Bắc Giang, is Bắc Ninh", () => {
    expect(lookupAdministrativeUnit("24", { at: "2025-06-30" })).toMatchObject({
      name: "Bắc Giang",
      level: "province",
    });
    expect(lookupAdministrativeUnit("24", { at: "2025-07-01" })).toMatchObject({
      name: "Bắc Ninh",
      level: "province",
    });
    expect(lookupAdministrativeUnit("24", { at: new Date("2026-01-15T00:00:00Z") })?.name).toBe(
      "Bắc Ninh",
    );
  });

  it("knows that Thừa Thiên Huế became Huế on 2025-01-01", () => {
    expect(lookupAdministrativeUnit("46", { at: "2024-12-31" })?.fullName).toBe(
      "Tỉnh Thừa Thiên Huế",
    );
    expect(lookupAdministrativeUnit("46", { at: "2025-01-01" })?.fullName).toBe("Thành phố Huế");
  });

  it("finds communes before and after the reorganisation, and districts only before", () => {
    expect(lookupAdministrativeUnit("00004", { at: "2024-01-01" })).toMatchObject({
      name: "Trúc Bạch",
      districtCode: "001",
      provinceCode: "01",
    });
    expect(lookupAdministrativeUnit("00004", { at: "2025-07-01" })).toMatchObject({
      name: "Ba Đình",
      provinceCode: "01",
    });
    expect(lookupAdministrativeUnit("001", { at: "2025-06-30" })).toMatchObject({
      name: "Ba Đình",
      level: "district",
    });
    expect(lookupAdministrativeUnit("001", { at: "2025-07-01" })).toBeUndefined();
  });

  it("answers undefined for what is not a code or not a date", () => {
    for (const code of ["", "1", "0001", "abcde", "99", 24, null, undefined, {}]) {
      expect(lookupAdministrativeUnit(code as string, { at: "2025-07-01" })).toBeUndefined();
    }
    expect(lookupAdministrativeUnit("24", { at: "1 July 2025" })).toBeUndefined();
    expect(lookupAdministrativeUnit("24", { at: new Date(Number.NaN) })).toBeUndefined();
  });
});

describe("migrateAdministrativeUnit", () => {
  it("maps Phúc Xá (00001) wholly into Hồng Hà (00097)", () => {
    expect(migrateAdministrativeUnit("00001")).toEqual([
      expect.objectContaining({
        code: "00097",
        kind: "whole",
        unit: expect.objectContaining({ name: "Hồng Hà" }),
      }),
    ]);
  });

  it("maps old provinces to the merged ones: Bắc Giang (24) into Bắc Ninh (24), Bình Định (52) into Gia Lai (52)", () => {
    expect(migrateAdministrativeUnit("24")?.map((s) => [s.code, s.kind, s.unit?.name])).toEqual([
      ["24", "whole", "Bắc Ninh"],
    ]);
    expect(migrateAdministrativeUnit("52")?.map((s) => [s.code, s.unit?.name])).toEqual([
      ["52", "Gia Lai"],
    ]);
  });

  it("gives every part of a split commune", () => {
    const split = migrateAdministrativeUnit("00007");
    expect(split?.length).toBeGreaterThan(1);
    expect(split?.every((s) => s.kind === "part" && s.unit !== undefined)).toBe(true);
  });

  it("gives no successor for a district and undefined for an unknown code", () => {
    expect(migrateAdministrativeUnit("001")).toEqual([]);
    expect(migrateAdministrativeUnit("99999")).toBeUndefined();
    expect(migrateAdministrativeUnit(42 as unknown as string)).toBeUndefined();
  });
});
