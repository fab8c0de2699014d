// The distribution tables agree with the code lists and validators they refer to.
import { getCodeList } from "@ndcvn/schemas";
import { lookupAdministrativeUnit } from "@ndcvn/schemas/admin-units";
import { phoneNumber } from "@ndcvn/validators";
import { describe, expect, it } from "vitest";
import { AGE_GROUPS } from "../src/tables/age-sex.js";
import { ETHNIC_GROUPS, PROVINCE_MINORITIES } from "../src/tables/ethnicity.js";
import { BENEFIT_LEVEL } from "../src/tables/health-insurance.js";
import * as names from "../src/tables/names.js";
import { MOBILE_PREFIX_GROUPS } from "../src/tables/phone.js";
import { PROVINCES } from "../src/tables/provinces.js";
import {
  ETHNIC_RELIGION,
  OTHER_MINORITY_RELIGION,
  PROVINCE_RELIGION,
} from "../src/tables/religion.js";

describe("tables", () => {
  it("age groups cover 0–100 and sum to 100 %", () => {
    expect(AGE_GROUPS[0]?.from).toBe(0);
    for (let i = 1; i < AGE_GROUPS.length; i++)
      expect(AGE_GROUPS[i]?.from).toBe((AGE_GROUPS[i - 1]?.to ?? 0) + 1);
    expect(AGE_GROUPS.reduce((sum, g) => sum + g.percent, 0)).toBeCloseTo(100, 6);
  });

  it("list the 63 pre-2025 provinces with their codes", () => {
    expect(PROVINCES).toHaveLength(63);
    for (const [code] of PROVINCES) {
      const unit = lookupAdministrativeUnit(code, { at: "2025-06-30" });
      expect(unit?.level, code).toBe("province");
    }
    const population = PROVINCES.reduce((sum, [, , p]) => sum + p, 0);
    expect(population).toBeGreaterThan(96_000);
    expect(population).toBeLessThan(96_500);
  });

  it("name ethnic groups as the 2008 list does", async () => {
    const list = await getCodeList("ethnic-groups-2008");
    const labels = new Map(list?.entries.map((e) => [e.code, e.label.vi]));
    expect(ETHNIC_GROUPS).toHaveLength(54);
    for (const [code, name] of ETHNIC_GROUPS) expect(labels.get(code)).toBe(name);
    for (const [province, minorities] of Object.entries(PROVINCE_MINORITIES)) {
      expect(PROVINCES.some(([code]) => code === province)).toBe(true);
      expect(minorities.reduce((sum, [, p]) => sum + p, 0)).toBeLessThan(100);
      for (const [code] of minorities) expect(labels.has(code) && code !== "01").toBe(true);
    }
  });

  it("use religion and beneficiary-group codes of the code lists", async () => {
    const religions = new Set((await getCodeList("religions"))?.entries.map((e) => e.code));
    for (const rows of [...Object.values(ETHNIC_RELIGION), OTHER_MINORITY_RELIGION])
      for (const [code] of rows) expect(religions.has(code), code).toBe(true);
    for (const code of Object.keys(PROVINCE_RELIGION))
      expect(PROVINCES.some(([c]) => c === code)).toBe(true);
    const groups = new Set(
      (await getCodeList("health-insurance-beneficiary-groups"))?.entries.map((e) => e.code),
    );
    for (const [group, level] of Object.entries(BENEFIT_LEVEL)) {
      expect(groups.has(group), group).toBe(true);
      expect(level >= 1 && level <= 5).toBe(true);
    }
  });

  it("give each mobile prefix to one group only, with the 2018 conversions the validators know", () => {
    const seen = new Set<string>();
    for (const group of MOBILE_PREFIX_GROUPS) {
      for (const prefix of group) {
        expect(seen.has(prefix.current), prefix.current).toBe(false);
        seen.add(prefix.current);
        const current = `+84${prefix.current.slice(1)}9876543`;
        expect(phoneNumber.isValid(current), current).toBe(true);
        if (prefix.before2018) {
          const parsed = phoneNumber.parse(`${prefix.before2018}9876543`);
          expect(parsed.ok && parsed.value).toBe(current);
        }
      }
    }
    expect(MOBILE_PREFIX_GROUPS).toHaveLength(10);
  });

  it("write every name in NFC", () => {
    const strings: string[] = [];
    const visit = (value: unknown) => {
      if (typeof value === "string") strings.push(value);
      else if (Array.isArray(value)) value.forEach(visit);
      else if (value && typeof value === "object") Object.values(value).forEach(visit);
    };
    visit(Object.values(names));
    expect(strings.length).toBeGreaterThan(500);
    for (const s of strings) expect(s).toBe(s.normalize("NFC"));
  });
});
