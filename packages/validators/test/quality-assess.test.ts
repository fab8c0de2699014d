// assessQuality on a crafted dataset of synthetic citizens whose answer is known, validated by ajv (an
// independent JSON Schema 2020-12 implementation loaded with every document of @ndcvn/schemas).
// Every person here is invented; personal IDs agree with their sex and birth year.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Ajv2020, type ErrorObject } from "ajv/dist/2020.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { PayloadIssue, PayloadValidator } from "../src/payload/payload-issue.js";
import {
  assessQuality,
  type JsonSchemaObject,
  type QualityOptions,
  type QualityReport,
  renderQualityReport,
} from "../src/quality/index.js";
import { NORMALIZER_VERSION } from "../src/text/normalizer-version.js";

// ---------------------------------------------------------------------------------------------
// A real validator for the tests: ajv with all documents, formats accepted, x-ndc-* declared.

type TestValidator = Pick<PayloadValidator, "validate" | "schemaId">;

const schemasDir = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../../schemas/schemas",
);

function readDocuments(dir: string): JsonSchemaObject[] {
  const out: JsonSchemaObject[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...readDocuments(full));
    else if (entry.name.endsWith(".schema.json")) {
      out.push(JSON.parse(readFileSync(full, "utf8")) as JsonSchemaObject);
    }
  }
  return out;
}

const allDocuments = readDocuments(schemasDir);
const byId = new Map(allDocuments.map((document) => [String(document.$id), document]));
const documents = (id: string) => byId.get(id);

function collect(value: unknown, found: { keywords: Set<string>; formats: Set<string> }): void {
  if (Array.isArray(value)) {
    for (const item of value) collect(item, found);
  } else if (typeof value === "object" && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      if (key.startsWith("x-ndc-")) found.keywords.add(key);
      if (key === "format" && typeof child === "string") found.formats.add(child);
      collect(child, found);
    }
  }
}

const found = { keywords: new Set<string>(), formats: new Set<string>() };
collect(allDocuments, found);
const ajv = new Ajv2020({ strict: true, strictRequired: false, allErrors: true });
ajv.addVocabulary([...found.keywords].sort());
for (const format of found.formats) ajv.addFormat(format, true);
for (const document of allDocuments) ajv.addSchema(document);

function toIssue(error: ErrorObject): PayloadIssue {
  const missing =
    error.keyword === "required" && typeof error.params.missingProperty === "string"
      ? `/${error.params.missingProperty.replace(/~/g, "~0").replace(/\//g, "~1")}`
      : "";
  return {
    path: error.instancePath + missing,
    code: error.keyword,
    message: error.message ?? error.keyword,
    severity: "error",
  };
}

function ajvValidator(id: string): TestValidator {
  const check = ajv.getSchema(id);
  if (!check) throw new Error(`no schema ${id}`);
  return {
    schemaId: id,
    validate(value: unknown) {
      const ok = check(value) === true;
      return ok
        ? { ok: true, value, issues: [] }
        : { ok: false, issues: (check.errors ?? []).map(toIssue) };
    },
  };
}

function documentOf(id: string): JsonSchemaObject {
  const document = byId.get(id);
  if (!document) throw new Error(`no document ${id}`);
  return document;
}

// ---------------------------------------------------------------------------------------------
// The crafted dataset: 10 citizens in RecordEnvelopes, assessed on 2026-06-01 (Vietnam time).

const CITIZEN = "https://schemas.ndcvn.org/population/Citizen/1.0.0";
const NOW = "2026-06-01T00:00:00+07:00";

interface Person {
  name: string;
  id: string;
  dob: string;
  sex?: string;
  updated: string;
  extra?: Record<string, unknown>;
}

const province = (code: string, asOf: string) => ({ code, level: "province", asOf });

// Ages on 2026-06-01: 7, 2, 1, 61, 151, 273, 335 (fresh) and 868, 1096, 1977 days (stale).
const PEOPLE: Person[] = [
  {
    name: "Nguyễn Văn An",
    id: "001099012345",
    dob: "1999-03-14",
    sex: "male",
    updated: "2026-05-25",
    extra: {
      permanentResidence: {
        form: "two-level",
        commune: { code: "00008", level: "commune", asOf: "2025-08-01" },
        province: province("01", "2025-08-01"),
        country: "VN",
      },
    },
  },
  // R2 and its exact copy R3 (another envelope, same data).
  {
    name: "Trần Thị Bích Ngọc",
    id: "001190004567",
    dob: "1990-11-02",
    sex: "female",
    updated: "2026-05-30",
  },
  {
    name: "Trần Thị Bích Ngọc",
    id: "001190004567",
    dob: "1990-11-02",
    sex: "female",
    updated: "2026-05-31",
  },
  // R4: the name in NFD, as some legacy systems send it.
  {
    name: "Phạm Thị Lan".normalize("NFD"),
    id: "079185001234",
    dob: "1985-07-20",
    sex: "female",
    updated: "2026-04-01",
  },
  // R5: the pre-2025 province code of Hà Nam, dated after the reorganisation.
  {
    name: "Hoàng Văn Minh",
    id: "035088003456",
    dob: "1988-02-10",
    sex: "male",
    updated: "2026-01-01",
    extra: {
      permanentResidence: {
        form: "two-level",
        province: province("35", "2025-08-01"),
        country: "VN",
      },
    },
  },
  // R6: invalid, sex missing.
  { name: "Đỗ Văn Hùng", id: "001095006789", dob: "1995-05-05", updated: "2025-09-01" },
  // R7: invalid, a male personal ID (4th digit 0) for a woman.
  {
    name: "Vũ Thị Mai",
    id: "001092007890",
    dob: "1992-09-09",
    sex: "female",
    updated: "2025-07-01",
  },
  // R8–R10: stale.
  {
    name: "Bùi Văn Nam",
    id: "031080001111",
    dob: "1980-01-01",
    sex: "male",
    updated: "2024-01-15",
  },
  {
    name: "Đặng Thị Thu",
    id: "036194002222",
    dob: "1994-04-04",
    sex: "female",
    updated: "2023-06-01",
  },
  {
    name: "Ngô Văn Bình",
    id: "040201003333",
    dob: "2001-12-12",
    sex: "male",
    updated: "2021-01-01",
  },
];

function citizen(person: Person): Record<string, unknown> {
  return {
    birthName: { fullName: person.name },
    personalId: person.id,
    dateOfBirth: person.dob,
    ...(person.sex ? { sex: person.sex } : {}),
    nationality: ["VN"],
    ...person.extra,
  };
}

function envelope(person: Person, i: number): Record<string, unknown> {
  return {
    schema: CITIZEN,
    database: "population",
    recordId: `R${i + 1}`,
    version: 1,
    event: "NEW",
    updatedAt: `${person.updated}T00:00:00+07:00`,
    data: citizen(person),
  };
}

const dataset = () => PEOPLE.map(envelope);

const options = (extra: Partial<QualityOptions> = {}): QualityOptions => ({
  validator: ajvValidator(CITIZEN),
  document: documentOf(CITIZEN),
  documents,
  now: NOW,
  recommendedFields: ["/permanentResidence/province/code"],
  ...extra,
});

async function* stream<T>(items: readonly T[]): AsyncGenerator<T> {
  for (const item of items) {
    await Promise.resolve();
    yield item;
  }
}

describe("the test validator", () => {
  it("accepts the documents' own examples and rejects the crafted invalid records", () => {
    const validator = ajvValidator(CITIZEN);
    const examples = documentOf(CITIZEN).examples as unknown[];
    for (const example of examples) expect(validator.validate(example).ok).toBe(true);
    const results = PEOPLE.map((person) => validator.validate(citizen(person)).ok);
    expect(results).toEqual([true, true, true, true, true, false, false, true, true, true]);
  });
});

const report = await assessQuality(dataset(), options());

describe("assessQuality on the crafted dataset", () => {
  it("identifies the run", () => {
    expect(report.schemaId).toBe(CITIZEN);
    expect(report.now).toBe("2026-05-31T17:00:00.000Z");
    expect(report.today).toBe("2026-06-01");
    expect(report.normalizerVersion).toBe(NORMALIZER_VERSION);
    expect(report.records).toEqual({ total: 10, envelopes: 10, otherSchema: 0, notObjects: 0 });
    expect(report.settings.freshnessDays).toBe(365);
    expect(report.settings.duplicateKeys).toEqual([
      {
        name: "name+dateOfBirth+personalId",
        fields: ["/birthName/fullName", "/dateOfBirth", "/personalId"],
      },
    ]);
  });

  it("đúng: 8 of 10 valid, issues by code with their paths", () => {
    expect(report.correct.valid).toEqual({ count: 8, share: 0.8 });
    expect(report.correct.invalid).toBe(2);
    expect(report.scores.correct).toBe(80);
    const issues = Object.fromEntries(report.correct.topIssues.map((i) => [i.code, i]));
    expect(issues.required).toMatchObject({ count: 1, records: 1, errors: 1, warnings: 0 });
    expect(issues.required?.paths).toEqual([{ path: "/sex", count: 1 }]);
    expect(issues.pattern?.paths).toEqual([{ path: "/personalId", count: 1 }]);
    expect(report.correct.topIssues.map((i) => i.code)).toEqual(["if", "pattern", "required"]);
  });

  it("đủ: completeness of required and recommended fields", () => {
    const fields = Object.fromEntries(report.sufficient.fields.map((f) => [f.pointer, f]));
    const required = report.sufficient.fields.filter((f) => f.required).map((f) => f.pointer);
    expect(required).toEqual([
      "/birthName/fullName",
      "/personalId",
      "/dateOfBirth",
      "/sex",
      "/nationality",
    ]);
    expect(fields["/sex"]).toMatchObject({ present: 9, share: 0.9, required: true });
    expect(fields["/birthName/fullName"]?.label).toEqual({
      vi: "Họ, chữ đệm và tên khai sinh › Họ, chữ đệm và tên",
      en: "Birth name › Full name",
    });
    expect(fields["/permanentResidence/province/code"]).toMatchObject({
      present: 2,
      share: 0.2,
      recommended: true,
      required: false,
    });
    // Leaves of the common types are listed: the walk followed the $refs.
    expect(fields["/placeOfOrigin/commune/asOf"]).toMatchObject({ present: 0, share: 0 });
    expect(fields["/otherNames"]).toBeDefined();
    expect(report.sufficient.required.meanShare).toBeCloseTo(0.98, 10);
    // (1 + 1 + 1 + 0.9 + 1 + 0.2) / 6
    expect(report.scores.sufficient).toBe(85);
  });

  it("sạch: one exact duplicate, one NFD name, one retired province code", () => {
    const clean = report.clean;
    expect(clean.exactDuplicates).toEqual({ duplicates: 1, groups: 1 });
    expect(clean.keyDuplicates[0]).toMatchObject({ keyed: 10, duplicates: 1, groups: 1 });
    expect(clean.duplicateRecords).toEqual({ count: 1, share: 0.1 });
    expect(clean.nonCanonicalText.records).toEqual({ count: 1, share: 0.1 });
    expect(clean.nonCanonicalText.values).toBe(1);
    expect(clean.nonCanonicalText.reasons).toEqual({ nfd: 1, whitespace: 0, toneMarks: 0 });
    expect(clean.nonCanonicalText.fields).toEqual([{ path: "/birthName/fullName", count: 1 }]);
    const codes = clean.administrativeCodes;
    expect(codes).toMatchObject({ checked: 3, retired: 1, unknown: 0 });
    expect(codes.records).toEqual({ count: 1, share: 0.1 });
    expect(codes.codes).toEqual([
      {
        code: "35",
        level: "province",
        status: "retired",
        name: "Tỉnh Hà Nam",
        validTo: "2025-06-30",
        count: 1,
        usedAfterEnd: 1,
        successors: [{ code: "37", kind: "whole", name: "Tỉnh Ninh Bình" }],
      },
    ]);
    expect(report.scores.clean).toBe(90);
  });

  it("sống: 7 fresh, 3 stale, median and histogram", () => {
    const live = report.live;
    expect(live).toMatchObject({ dated: 10, undated: 0, future: 0, freshnessDays: 365 });
    expect(live.fresh).toEqual({ count: 7, share: 0.7 });
    expect(live.medianAgeDays).toBe(212); // (151 + 273) / 2
    expect(live.oldestAgeDays).toBe(1977);
    expect(live.histogram.map((bucket) => bucket.count)).toEqual([2, 1, 1, 1, 2, 0, 2, 1]);
    expect(live.histogram[0]).toEqual({ fromDays: 0, toDays: 7, count: 2 });
    expect(live.histogram.at(-1)).toEqual({ fromDays: 1825, toDays: null, count: 1 });
    expect(report.scores.live).toBe(70);
  });

  it("overall is the mean of the four", () => {
    // (80 + 85 + 90 + 70) / 4 = 81.25, rounded to one decimal
    expect([81.2, 81.3]).toContain(report.scores.overall);
  });

  it("is plain JSON and carries no value of any record", () => {
    const json = JSON.stringify(report);
    expect(JSON.parse(json)).toEqual(report);
    for (const person of PEOPLE) {
      expect(json).not.toContain(person.id);
      expect(json).not.toContain(person.dob);
      expect(json).not.toContain(person.name);
      expect(json).not.toContain(person.name.normalize("NFC"));
    }
  });

  it("is deterministic: same input and now, identical JSON — from an array or a stream", async () => {
    const again = await assessQuality(dataset(), options());
    expect(JSON.stringify(again)).toBe(JSON.stringify(report));
    const streamed = await assessQuality(stream(dataset()), options());
    expect(JSON.stringify(streamed)).toBe(JSON.stringify(report));
    const iterated = await assessQuality(new Set(dataset()), options());
    expect(JSON.stringify(iterated)).toBe(JSON.stringify(report));
  });

  it("renders", () => {
    expect(renderQualityReport(report)).toContain("<!doctype html>");
  });
});

describe("assessQuality details", () => {
  const base = PEOPLE[0] as Person;

  it("finds exact duplicates whatever the key order", async () => {
    const a = citizen(base);
    const b = Object.fromEntries(Object.entries(a).reverse());
    const report = await assessQuality([a, b], options({ updatedAtPath: "/none" }));
    expect(report.clean.exactDuplicates).toEqual({ duplicates: 1, groups: 1 });
  });

  it("finds near duplicates by the normalised name key", async () => {
    const records = [
      citizen(base),
      citizen({ ...base, name: "nguyen  van AN" }), // no diacritics, case, spacing
      citizen({ ...base, name: "Nguyễn Văn Ân" }), // another name: folded, the same key
      citizen({ ...base, id: "001099054321" }), // another person
    ];
    const report = await assessQuality(records, options());
    expect(report.clean.exactDuplicates.duplicates).toBe(0);
    expect(report.clean.keyDuplicates[0]).toMatchObject({ keyed: 4, duplicates: 2, groups: 1 });
    expect(report.clean.duplicateRecords.count).toBe(2);
  });

  it("uses the configured duplicate keys", async () => {
    const records = [citizen(base), citizen({ ...base, dob: "1999-03-15" })];
    const report = await assessQuality(
      records,
      options({ duplicateKeys: [{ name: "personalId", fields: ["/personalId"] }] }),
    );
    expect(report.clean.keyDuplicates).toEqual([
      { name: "personalId", fields: ["/personalId"], keyed: 2, duplicates: 1, groups: 1 },
    ]);
  });

  it("counts non-canonical text by reason", async () => {
    const record = {
      ...citizen({ ...base, name: "Nguyễn  Văn Hòa" }),
      otherNames: [{ fullName: " Lê Thuỷ" }, { fullName: "Trần Khoẻ".normalize("NFD") }],
    };
    const report = await assessQuality([record], options());
    const text = report.clean.nonCanonicalText;
    expect(text.values).toBe(3);
    expect(text.reasons).toEqual({ nfd: 1, whitespace: 2, toneMarks: 1 });
    expect(text.fields).toEqual([
      { path: "/otherNames/*/fullName", count: 2 },
      { path: "/birthName/fullName", count: 1 },
    ]);
  });

  it("reads codes at their own date: reused codes, legacy communes, districts, unknown codes", async () => {
    const address = (parts: Record<string, unknown>) => ({
      form: "three-level",
      country: "VN",
      ...parts,
    });
    const record = {
      ...citizen(base),
      // Bắc Giang (24) in 2020 went wholly into Bắc Ninh, which has code 24: current.
      placeOfBirth: address({ province: province("24", "2020-01-01") }),
      // Phường Phúc Xá (00001) and Quận Ba Đình (001), 2019: retired.
      birthRegistrationPlace: address({
        commune: { code: "00001", level: "commune", asOf: "2019-05-20" },
        district: { code: "001", level: "district", asOf: "2019-05-20" },
        province: province("01", "2019-05-20"),
      }),
      // 99999 is no commune: unknown.
      placeOfOrigin: address({
        commune: { code: "99999", level: "commune", asOf: "2019-05-20" },
        province: province("01", "2019-05-20"),
      }),
    };
    const report = await assessQuality([record], options());
    const codes = report.clean.administrativeCodes;
    // 6 references here and 2 current ones in the base record's permanent residence.
    expect(codes).toMatchObject({ checked: 8, retired: 2, unknown: 1 });
    expect(codes.records.count).toBe(1);
    const byCode = Object.fromEntries(codes.codes.map((c) => [c.code, c]));
    expect(byCode["00001"]).toMatchObject({
      status: "retired",
      level: "commune",
      usedAfterEnd: 0,
      successors: [{ code: "00097", kind: "whole", name: "Phường Hồng Hà" }],
    });
    expect(byCode["001"]).toMatchObject({ status: "retired", level: "district", successors: [] });
    expect(byCode["99999"]).toMatchObject({ status: "unknown", level: "commune", successors: [] });
    expect(byCode["24"]).toBeUndefined();
  });

  it("counts records without update time, with a bad one, or from the future apart", async () => {
    const records = [
      { ...citizen(base), updatedAt: "2026-05-01T00:00:00Z" },
      { ...citizen(base), updatedAt: "2026-05-01T00:00:00" }, // no offset: not a date-time
      { ...citizen(base), updatedAt: "2026-02-30" }, // no such day
      citizen(base),
      { ...citizen(base), updatedAt: "2027-01-01" },
    ];
    const report = await assessQuality(records, options());
    expect(report.live).toMatchObject({ dated: 2, undated: 3, future: 1 });
    expect(report.live.fresh.count).toBe(1);
    expect(report.live.medianAgeDays).toBe(30);
    expect(report.scores.live).toBe(20);
  });

  it("reads the update time at updatedAtPath", async () => {
    const records = [{ record: citizen(base), meta: { changed: "2026-05-31" } }];
    const report = await assessQuality(records, options({ updatedAtPath: "/meta/changed" }));
    expect(report.live.fresh.count).toBe(1);
    expect(report.records.envelopes).toBe(0);
  });

  it("counts envelopes of another schema and payloads that are not objects", async () => {
    const records = [
      { ...envelope(base, 0), schema: "https://schemas.ndcvn.org/population/Household/1.0.0" },
      { schema: CITIZEN, updatedAt: "2026-05-01", data: "text" },
      42,
      null,
    ];
    const report = await assessQuality(records, options());
    expect(report.records).toEqual({ total: 4, envelopes: 2, otherSchema: 1, notObjects: 3 });
    expect(report.correct.valid.count).toBe(1);
    expect(report.correct.topIssues.find((i) => i.code === "type")?.paths).toEqual([
      { path: "", count: 3 },
    ]);
  });

  it("reduces issue paths to the schema's own: indexes become *, unknown keys …", async () => {
    const record = {
      ...citizen(base),
      otherNames: [{ fullName: "A" }, { fullName: 7 }, { fullName: 8 }],
      "001099012345": "a key that is a personal ID",
    };
    const report = await assessQuality([record], options());
    const paths = report.correct.topIssues.flatMap((i) => i.paths.map((p) => p.path));
    expect(paths).toContain("/otherNames/*/fullName");
    expect(JSON.stringify(report)).not.toContain("001099012345");
  });

  it("survives a validator that throws or answers nonsense", async () => {
    const throwing: TestValidator = {
      schemaId: CITIZEN,
      validate() {
        throw new Error("boom");
      },
    };
    const report = await assessQuality([citizen(base)], options({ validator: throwing }));
    expect(report.correct.valid.count).toBe(0);
    expect(report.correct.topIssues[0]?.code).toBe("validator_error");
  });

  it("gives null scores for no records", async () => {
    const report = await assessQuality([], options());
    expect(report.scores).toEqual({
      overall: null,
      correct: null,
      sufficient: null,
      clean: null,
      live: null,
    });
    expect(report.live.medianAgeDays).toBeNull();
    expect(renderQualityReport(report)).toContain("Không có bản ghi nào.");
  });

  it("lists fields without `documents`: a $ref'd property is one field", async () => {
    const { documents: _unused, ...rest } = options();
    const report = await assessQuality([citizen(base)], rest);
    const pointers = report.sufficient.fields.map((f) => f.pointer);
    expect(pointers).toContain("/birthName");
    expect(pointers).not.toContain("/birthName/fullName");
    expect(report.settings.duplicateKeys[0]?.fields).toEqual(["/dateOfBirth", "/personalId"]);
  });

  it("finds the default key of another record type", async () => {
    const card = "https://schemas.ndcvn.org/insurance/HealthInsuranceCard/1.0.0";
    const report = await assessQuality([], {
      validator: ajvValidator(card),
      document: documentOf(card),
      documents,
      now: NOW,
    });
    expect(report.settings.duplicateKeys).toEqual([
      {
        name: "name+dateOfBirth+personalId",
        fields: ["/fullName/fullName", "/dateOfBirth", "/personalId"],
      },
    ]);
    expect(report.sufficient.fields.filter((f) => f.required).map((f) => f.pointer)).toEqual([
      "/cardNumber",
      "/fullName/fullName",
      "/beneficiaryGroup",
      "/benefitLevel",
      "/initialFacility/code",
      "/validity/start",
    ]);
  });

  it("rejects bad options with a bilingual TypeError", async () => {
    const bad: Partial<QualityOptions>[] = [
      { now: "yesterday" },
      { now: "2026-06-01T00:00:00" },
      { freshnessDays: -1 },
      { updatedAtPath: "updatedAt" },
      { recommendedFields: ["sex"] },
      { duplicateKeys: [{ name: "x", fields: [] }] },
      { top: 1.5 },
    ];
    for (const extra of bad) {
      await expect(assessQuality([], options(extra))).rejects.toThrow(TypeError);
    }
    await expect(assessQuality([], options({ now: "x" }))).rejects.toThrow(/ \/ /);
    // @ts-expect-error: records must be iterable
    await expect(assessQuality(42, options())).rejects.toThrow(TypeError);
    // A string is iterable, but not a list of records.
    await expect(assessQuality("records", options())).rejects.toThrow(TypeError);
  });

  it("honours top", async () => {
    const report = await assessQuality(dataset(), options({ top: 1 }));
    expect(report.correct.topIssues).toHaveLength(1);
    expect(report.correct.issueCodes).toBe(3);
  });
});

// ---------------------------------------------------------------------------------------------
// Properties: arbitrary records never make assessQuality throw, and the report stays plain JSON.

const citizenLike = fc.record(
  {
    birthName: fc.record(
      { fullName: fc.oneof(fc.string(), fc.constantFrom(...PEOPLE.map((p) => p.name))) },
      { requiredKeys: [] },
    ),
    personalId: fc.oneof(fc.stringMatching(/^[0-9]{12}$/), fc.string()),
    dateOfBirth: fc.oneof(fc.constantFrom("1999-03-14", "1958", "2001-02"), fc.string()),
    sex: fc.constantFrom("male", "female", "other", "x"),
    nationality: fc.array(fc.constantFrom("VN", "FR", ""), { maxLength: 3 }),
    permanentResidence: fc.record({
      form: fc.constantFrom("two-level", "three-level"),
      province: fc.record({
        code: fc.oneof(fc.constantFrom("01", "35", "24", "001", "00001"), fc.string()),
        level: fc.constantFrom("province", "district", "commune", "x"),
        asOf: fc.oneof(fc.constantFrom("2019-01-01", "2025-08-01"), fc.string(), fc.integer()),
      }),
      country: fc.constant("VN"),
    }),
    updatedAt: fc.oneof(
      fc
        .date({ noInvalidDate: false })
        .map((d) => (Number.isNaN(d.getTime()) ? "bad" : d.toISOString())),
      fc.string(),
    ),
  },
  { requiredKeys: [] },
);

const anyRecord = fc.oneof(
  citizenLike,
  fc.anything(),
  fc.jsonValue(),
  citizenLike.map((data) => ({ schema: CITIZEN, updatedAt: data.updatedAt, data })),
);

function checkReport(report: QualityReport): void {
  expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  for (const score of Object.values(report.scores)) {
    if (score !== null) {
      expect(score).toBeGreaterThanOrEqual(0);
      expect(score).toBeLessThanOrEqual(100);
    }
  }
}

describe("assessQuality properties", () => {
  it("never throws on arbitrary records, and the report is JSON with scores in 0–100", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(anyRecord, { maxLength: 12 }), async (records) => {
        const report = await assessQuality(records, options());
        expect(report.records.total).toBe(records.length);
        checkReport(report);
        expect(typeof renderQualityReport(report, { locale: "en" })).toBe("string");
      }),
      { numRuns: 300 },
    );
  });

  it("never throws whatever the validator answers", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.anything(), { maxLength: 5 }),
        fc.anything(),
        async (records, answer) => {
          const validator: TestValidator = {
            schemaId: CITIZEN,
            validate: () => answer as ReturnType<TestValidator["validate"]>,
          };
          checkReport(await assessQuality(records, options({ validator })));
        },
      ),
      { numRuns: 200 },
    );
  });

  it("gives the same report for the same records and now", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(anyRecord, { maxLength: 8 }), async (records) => {
        const a = await assessQuality(records, options());
        const b = await assessQuality(stream(records), options());
        expect(JSON.stringify(b)).toBe(JSON.stringify(a));
      }),
      { numRuns: 100 },
    );
  });
});
