// Faults: realised rates within ±1 percentage point of the configured ones over 100,000 people,
// applicable only where they make sense, and each doing what it says.
import { foldDiacritics, normalizeVietnamese, phoneNumber } from "@ndcvn/validators";
import { describe, expect, test } from "vitest";
import { EXTRACT_DATABASES } from "../src/extract/databases.js";
import { extract } from "../src/extract/extract.js";
import type { ExtractDatabase, ExtractedRecord } from "../src/extract/types.js";
import { DRAFT_FAULTS } from "../src/faults/draft-faults.js";
import { toNfd } from "../src/faults/nfd-text.js";
import {
  DEFAULT_FAULTS,
  FAULT_NAMES,
  type FaultName,
  type FaultRates,
  NO_FAULTS,
  resolveFaultRates,
} from "../src/faults/rates.js";
import { tallyFaults } from "../src/faults/tally.js";
import { switchTonePlacement, switchTonePlacementInText } from "../src/faults/tone-placement.js";
import { makePeople, populationPeople } from "./extract-people.js";

async function collect(iterable: AsyncIterable<ExtractedRecord>): Promise<ExtractedRecord[]> {
  const out: ExtractedRecord[] = [];
  for await (const record of iterable) out.push(record);
  return out;
}

const every = (rate: number): FaultRates =>
  Object.fromEntries(FAULT_NAMES.map((name) => [name, rate])) as unknown as FaultRates;

describe("realised fault rates (generatePopulation)", () => {
  test("within ±1 percentage point of the configured rates over 100,000 people (population)", async () => {
    const people = await populationPeople(100_000, 21);
    const rates: FaultRates = { ...every(0.1), tonePlacement: 0.05, oldPhone: 0.2, typo: 0.05 };
    const report = await tallyFaults(extract(people, "population", { seed: 9, faults: rates }));
    for (const name of FAULT_NAMES) {
      const { applicable, rate } = report[name];
      if (name === "oldIdCard") {
        // The population record requires the personal ID: never replaced by the old card.
        expect(applicable).toBe(0);
        continue;
      }
      expect(applicable, name).toBeGreaterThan(2000);
      expect(Math.abs(rate - rates[name]), `${name}: ${rate}`).toBeLessThanOrEqual(0.01);
    }
    // With the defaults, on the same people.
    const defaults = await tallyFaults(extract(people, "population", { seed: 3 }));
    for (const name of FAULT_NAMES) {
      if (defaults[name].applicable === 0) continue;
      expect(Math.abs(defaults[name].rate - DEFAULT_FAULTS[name]), name).toBeLessThanOrEqual(0.01);
    }
  }, 60_000);

  // Where each fault can apply, per database (the rest are never applicable there).
  const APPLICABLE: Record<ExtractDatabase, readonly FaultName[]> = {
    population: FAULT_NAMES.filter((name) => name !== "oldIdCard"),
    insurance: FAULT_NAMES.filter(
      (name) => !["oldAddress", "oldPhone", "oldIdCard"].includes(name),
    ),
    tax: FAULT_NAMES.filter((name) => !["oldPhone", "oldIdCard"].includes(name)),
    education: FAULT_NAMES.filter(
      (name) => !["oldAddress", "oldPhone", "oldIdCard"].includes(name),
    ),
    health: FAULT_NAMES.filter((name) => !["oldAddress", "oldPhone", "oldIdCard"].includes(name)),
    "civil-status": FAULT_NAMES.filter((name) => name !== "oldPhone"),
  };

  test.each(EXTRACT_DATABASES)(
    "%s: applicability, and rates within sampling error",
    async (database) => {
      const people = await populationPeople(30_000, 23);
      const report = await tallyFaults(extract(people, database, { seed: 4, faults: every(0.2) }));
      const applicable = FAULT_NAMES.filter((name) => report[name].applicable > 0);
      expect(applicable).toEqual(APPLICABLE[database]);
      for (const name of applicable) {
        const { applicable: n, rate } = report[name];
        // ±1 pp, or 4.5 standard errors where few records are applicable.
        const tolerance = Math.max(0.01, 4.5 * Math.sqrt((0.2 * 0.8) / n));
        expect(Math.abs(rate - 0.2), `${name}: ${rate} over ${n}`).toBeLessThanOrEqual(tolerance);
      }
    },
    30_000,
  );
});

describe("fault rates", () => {
  test("default and none", () => {
    expect(Object.keys(DEFAULT_FAULTS).sort()).toEqual([...FAULT_NAMES].sort());
    for (const name of FAULT_NAMES) {
      expect(DEFAULT_FAULTS[name]).toBeGreaterThan(0);
      expect(DEFAULT_FAULTS[name]).toBeLessThanOrEqual(0.1);
      expect(NO_FAULTS[name]).toBe(0);
    }
    expect(resolveFaultRates()).toEqual(DEFAULT_FAULTS);
    // Draft faults are applied in FAULT_NAMES order; NFD (after rendering) and duplicates last.
    expect(DRAFT_FAULTS.map((fault) => fault.name)).toEqual(FAULT_NAMES.slice(0, -2));
    expect(FAULT_NAMES.slice(-2)).toEqual(["nfdText", "duplicate"]);
    expect(resolveFaultRates({ typo: 0.5 }).typo).toBe(0.5);
    expect(resolveFaultRates({ ...NO_FAULTS, typo: 0.5 })).toEqual({ ...NO_FAULTS, typo: 0.5 });
  });

  test("bad rates and names are refused", () => {
    expect(() => resolveFaultRates({ typo: 1.5 })).toThrow(RangeError);
    expect(() => resolveFaultRates({ typo: -0.1 })).toThrow(RangeError);
    expect(() => resolveFaultRates({ typo: Number.NaN })).toThrow(RangeError);
    expect(() => resolveFaultRates({ typos: 0.1 } as Partial<FaultRates>)).toThrow(TypeError);
    const people = makePeople(1, 1);
    expect(() => extract(people, "nowhere" as ExtractDatabase, { seed: 1 })).toThrow(TypeError);
    expect(() => extract(people, "tax", { seed: Number.NaN })).toThrow(TypeError);
    expect(() => extract(people, "tax", { seed: 1, asOf: "2026-02-30" })).toThrow(RangeError);
  });
});

describe("each fault does what it says", () => {
  const people = makePeople(4000, 31);

  /** Records of one fault at rate 1, each with the same record of a clean extract. */
  async function pairs(
    database: ExtractDatabase,
    fault: FaultName,
  ): Promise<{ clean: ExtractedRecord; faulty: ExtractedRecord }[]> {
    const clean = await collect(extract(people, database, { seed: 2, faults: NO_FAULTS }));
    const faulty = await collect(
      extract(people, database, { seed: 2, faults: { ...NO_FAULTS, [fault]: 1 } }),
    );
    const byId = new Map(clean.map((record) => [record.envelope.recordId, record]));
    const out = faulty
      .filter((record) => record.faults.includes(fault))
      .map((record) => {
        const match = byId.get(record.envelope.recordId);
        if (!match) throw new Error(`no clean record ${record.envelope.recordId}`);
        return { clean: match, faulty: record };
      });
    expect(out.length).toBeGreaterThan(50);
    // Rate 1: applied wherever applicable, and nothing else.
    for (const record of faulty) {
      expect(record.faults).toEqual(record.applicable.includes(fault) ? [fault] : []);
    }
    return out;
  }

  type Name = { fullName: string; familyName?: string; middleName?: string; givenName?: string };
  const birthName = (record: ExtractedRecord) => record.envelope.data.birthName as Name;
  const dateOfBirth = (record: ExtractedRecord) => record.envelope.data.dateOfBirth as string;

  test("dropped diacritics: the name folded, nothing else", async () => {
    for (const { clean, faulty } of await pairs("population", "droppedDiacritics")) {
      const name = birthName(faulty);
      expect(name.fullName).toBe(foldDiacritics(birthName(clean).fullName));
      expect(name.fullName).toMatch(/^[\x20-\x7e]+$/);
      expect({ ...faulty.envelope.data, birthName: undefined }).toEqual({
        ...clean.envelope.data,
        birthName: undefined,
      });
    }
  });

  test("tone placement: old style from new (and the reverse), the same after normalisation", async () => {
    expect(switchTonePlacement("Hoà")).toBe("Hòa");
    expect(switchTonePlacement("Hòa")).toBe("Hoà");
    expect(switchTonePlacement("Thuỷ")).toBe("Thủy");
    expect(switchTonePlacement("khoẻ")).toBe("khỏe");
    expect(switchTonePlacement("HOÀ")).toBe("HÒA");
    expect(switchTonePlacement("Thụy")).toBe("Thuỵ");
    for (const unchanged of ["Quý", "Hoàng", "Khoa", "Toàn", "Ngoài", "An", "Tuấn", "Huy"])
      expect(switchTonePlacement(unchanged)).toBe(unchanged);
    expect(switchTonePlacementInText("Nguyễn Thị Thuỷ")).toBe("Nguyễn Thị Thủy");
    let oldStyle = 0;
    for (const { clean, faulty } of await pairs("population", "tonePlacement")) {
      const before = birthName(clean).fullName;
      const after = birthName(faulty).fullName;
      expect(after).not.toBe(before);
      expect(normalizeVietnamese(after)).toBe(normalizeVietnamese(before));
      // A name in the new style (the normaliser's) comes out in the old style.
      if (normalizeVietnamese(before) === before) {
        expect(normalizeVietnamese(after)).not.toBe(after);
        oldStyle++;
      }
    }
    expect(oldStyle).toBeGreaterThan(20);
  });

  test("NFD text: every string of the record decomposed, the same text in NFC", async () => {
    for (const { clean, faulty } of await pairs("population", "nfdText")) {
      const data = faulty.envelope.data;
      expect(JSON.stringify(data)).not.toBe(JSON.stringify(clean.envelope.data));
      expect(toNfd(data)).toEqual(data);
      expect(JSON.parse(JSON.stringify(data).normalize("NFC"))).toEqual(clean.envelope.data);
      expect(birthName(faulty).fullName).toBe(birthName(clean).fullName.normalize("NFD"));
    }
  });

  test("typo: one edit in one name part", async () => {
    /** Optimal-string-alignment distance: substitutions, insertions, deletions, transpositions. */
    const distance = (a: string, b: string): number => {
      const x = [...a];
      const y = [...b];
      const d: number[][] = [];
      for (let i = 0; i <= x.length; i++) {
        const row: number[] = [];
        for (let j = 0; j <= y.length; j++) {
          if (i === 0 || j === 0) {
            row.push(i + j);
            continue;
          }
          const above = d[i - 1] as number[];
          let best = Math.min(
            (above[j] as number) + 1,
            (row[j - 1] as number) + 1,
            (above[j - 1] as number) + (x[i - 1] === y[j - 1] ? 0 : 1),
          );
          if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1])
            best = Math.min(best, ((d[i - 2] as number[])[j - 2] as number) + 1);
          row.push(best);
        }
        d.push(row);
      }
      return (d[x.length] as number[])[y.length] as number;
    };
    for (const { clean, faulty } of await pairs("population", "typo")) {
      const before = birthName(clean);
      const after = birthName(faulty);
      const changed = (["familyName", "middleName", "givenName"] as const).filter(
        (key) => before[key] !== after[key],
      );
      expect(changed.length).toBe(1);
      const key = changed[0] as "familyName";
      expect(distance(before[key] as string, after[key] as string)).toBe(1);
      expect((after[key] as string)[0]).toBe((before[key] as string)[0]);
    }
  });

  test("swapped name order and missing middle name", async () => {
    for (const { clean, faulty } of await pairs("population", "swappedNameOrder")) {
      const before = birthName(clean);
      const after = birthName(faulty);
      expect([after.familyName, after.middleName, after.givenName]).toEqual([
        before.givenName,
        before.middleName,
        before.familyName,
      ]);
    }
    for (const { clean, faulty } of await pairs("population", "missingMiddleName")) {
      const before = birthName(clean);
      const after = birthName(faulty);
      expect(before.middleName).toBeDefined();
      expect(after.middleName).toBeUndefined();
      expect(after.fullName).toBe(`${before.familyName} ${before.givenName}`);
    }
  });

  test("swapped day and month, year-only date", async () => {
    for (const { clean, faulty } of await pairs("population", "swappedDayMonth")) {
      const [year, month, day] = dateOfBirth(clean).split("-");
      expect(Number(day)).toBeLessThanOrEqual(12);
      expect(dateOfBirth(faulty)).toBe(`${year}-${day}-${month}`);
    }
    for (const { clean, faulty } of await pairs("tax", "yearOnlyDate")) {
      expect(dateOfBirth(faulty)).toBe(dateOfBirth(clean).slice(0, 4));
    }
  });

  test("old address: the three-level pre-2025 address in a record dated after the reorganisation", async () => {
    type Ref = { code: string; asOf: string };
    type Address = { form: string; commune: Ref; district?: Ref; province: Ref };
    for (const database of ["population", "tax"] as const) {
      for (const { clean, faulty } of await pairs(database, "oldAddress")) {
        const data = faulty.envelope.data;
        const address = (
          database === "population" ? data.permanentResidence : data.address
        ) as Address;
        const before = (
          database === "population"
            ? clean.envelope.data.permanentResidence
            : clean.envelope.data.address
        ) as Address;
        expect(before.form).toBe("two-level");
        expect(address.form).toBe("three-level");
        expect(address.district?.code).toMatch(/^[0-9]{3}$/);
        expect(address.commune.asOf < "2025-07-01").toBe(true);
        expect(faulty.envelope.updatedAt >= "2025-07-01").toBe(true);
        expect(address.commune.code).not.toBe(undefined);
      }
    }
  });

  test("old phone: the 11-digit number of before 2018, which maps to the current one", async () => {
    type Contact = { value: string };
    for (const { clean, faulty } of await pairs("population", "oldPhone")) {
      const before = (clean.envelope.data.contacts as Contact[])[0]?.value ?? "";
      const after = (faulty.envelope.data.contacts as Contact[])[0]?.value ?? "";
      expect(after).toMatch(/^\+841[0-9]{9}$/);
      const parsed = phoneNumber.parse(after);
      expect(parsed.ok && parsed.value).toBe(before);
    }
  });

  test("old ID card instead of the personal ID (death registrations)", async () => {
    for (const { clean, faulty } of await pairs("civil-status", "oldIdCard")) {
      const before = clean.envelope.data.deceased as Record<string, unknown>;
      const after = faulty.envelope.data.deceased as Record<string, unknown>;
      expect(before.personalId).toBeDefined();
      expect(after.personalId).toBeUndefined();
      expect(after.legacyIdCard).toMatch(/^[0-9]{9}$/);
      expect(after.legacyIdCard).toBe(before.legacyIdCard);
    }
  });

  test("missing identifier: one optional identifier left out", async () => {
    for (const database of ["insurance", "tax", "civil-status"] as const) {
      for (const { clean, faulty } of await pairs(database, "missingIdentifier")) {
        const keys = (value: unknown): string[] =>
          Object.entries(value as Record<string, unknown>).flatMap(([key, item]) =>
            typeof item === "object" && item !== null && !Array.isArray(item)
              ? keys(item).map((inner) => `${key}.${inner}`)
              : [key],
          );
        const before = keys(clean.envelope.data);
        const after = new Set(keys(faulty.envelope.data));
        const missing = before.filter((key) => !after.has(key));
        expect(missing.length).toBe(1);
        expect(missing[0]).toMatch(/personalId|cardCode|legacyTaxCode|legacyIdCard|learnerId/);
      }
    }
  });

  test("stale updatedAt: two to eight years older, never before the record's content", async () => {
    for (const { clean, faulty } of await pairs("insurance", "staleUpdatedAt")) {
      const days =
        (Date.parse(clean.envelope.updatedAt) - Date.parse(faulty.envelope.updatedAt)) / 86_400_000;
      expect(days).toBeGreaterThanOrEqual(731);
      expect(days).toBeLessThanOrEqual(2922);
      expect(faulty.envelope.data).toEqual(clean.envelope.data);
    }
  });

  test("duplicates: a second record of the same person under another id", async () => {
    const records = await collect(
      extract(people, "population", { seed: 2, faults: { ...NO_FAULTS, duplicate: 1 } }),
    );
    expect(records.length).toBe(2 * people.length);
    for (let i = 0; i < records.length; i += 2) {
      const [first, second] = [records[i], records[i + 1]] as [ExtractedRecord, ExtractedRecord];
      expect(second.personId).toBe(first.personId);
      expect(second.envelope.recordId).not.toBe(first.envelope.recordId);
      expect(first.faults).toEqual([]);
      expect(second.faults).toEqual(["duplicate"]);
      expect(second.applicable).not.toContain("duplicate");
      expect(second.envelope.data).toEqual(first.envelope.data);
    }
  });
});
