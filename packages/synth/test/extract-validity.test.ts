// Every record of a fault-free extract validates against its schema document (and its envelope
// against common/RecordEnvelope), over 10,000 people of generatePopulation per database; record ids
// are unique and the truth covers every record once. None of the faults breaks a schema: faulty
// records validate too.
import { createValidator, type PayloadValidator } from "@ndcvn/validators";
import { describe, expect, test } from "vitest";
import { EXTRACT_DATABASES, extractSchemas } from "../src/extract/databases.js";
import { extract } from "../src/extract/extract.js";
import type { ExtractedRecord } from "../src/extract/types.js";
import { NO_FAULTS } from "../src/faults/rates.js";
import { truthOf, writeTruth } from "../src/writers/truth.js";
import { makePeople, populationPeople } from "./extract-people.js";

const PEOPLE = await populationPeople(10_000, 11);
const envelopeValidator = createValidator("https://schemas.ndcvn.org/common/RecordEnvelope/1.0.0");
const validators = new Map<string, PayloadValidator<unknown>>();
const validatorOf = (schema: string): PayloadValidator<unknown> => {
  let validator = validators.get(schema);
  if (!validator) {
    validator = createValidator(schema) as PayloadValidator<unknown>;
    validators.set(schema, validator);
  }
  return validator;
};

async function collect(iterable: AsyncIterable<ExtractedRecord>): Promise<ExtractedRecord[]> {
  const out: ExtractedRecord[] = [];
  for await (const record of iterable) out.push(record);
  return out;
}

/** The invalid records (at most 3, with their issues) of an extract. */
function invalid(records: readonly ExtractedRecord[]): unknown[] {
  const found: unknown[] = [];
  for (const record of records) {
    const envelope = envelopeValidator.validate(record.envelope, { locale: "en" });
    const data = validatorOf(record.envelope.schema).validate(record.envelope.data, {
      locale: "en",
    });
    if ((!envelope.ok || !data.ok) && found.length < 3)
      found.push({ record, issues: [...envelope.issues, ...data.issues] });
  }
  return found;
}

describe.each(EXTRACT_DATABASES)("%s extract of 10,000 people", (database) => {
  test("every fault-free record validates against its schema document", async () => {
    const records = await collect(extract(PEOPLE, database, { seed: 5, faults: NO_FAULTS }));
    // A sanity floor: every database holds a good share of 10,000 people (civil status only the
    // births and deaths since 2016; tax only people with an income).
    const floor = { "civil-status": 500, tax: 2000 }[database as string] ?? 3000;
    expect(records.length).toBeGreaterThan(floor);
    expect(invalid(records)).toEqual([]);
    expect(records.every((record) => record.faults.length === 0)).toBe(true);
    // Each record type of the database is represented, and only those.
    expect(new Set(records.map((record) => record.envelope.schema))).toEqual(
      new Set(extractSchemas(database)),
    );
  });

  test("record ids are unique, and the truth covers every record exactly once", async () => {
    const records = await collect(
      extract(PEOPLE, database, { seed: 5, faults: { duplicate: 0.3 } }),
    );
    const ids = records.map((record) => record.envelope.recordId);
    expect(new Set(ids).size).toBe(ids.length);
    const truth = await truthOf(records);
    expect(truth.size).toBe(records.length);
    for (const record of records) expect(truth.get(record.envelope.recordId)).toBe(record.personId);
    const lines: string[] = [];
    for await (const line of writeTruth(records)) lines.push(line);
    expect(lines[0]).toBe("recordId,personId\r\n");
    expect(lines.length).toBe(records.length + 1);
    // Record ids say nothing of the person: no personal identifier or person id inside.
    for (const record of records.slice(0, 500)) {
      const id = record.envelope.recordId;
      expect(id).toMatch(/^[a-z]{3}-[0-9a-f]{10}$/);
      expect(id).not.toContain(record.personId.slice(1));
    }
  });

  test("records with faults validate too (no fault breaks a schema)", async () => {
    const all = Object.fromEntries(Object.keys(NO_FAULTS).map((name) => [name, 0.3]));
    // Both the generator's people and the test maker's (more old phones, CMNDs, deaths).
    const records = await collect(extract(PEOPLE, database, { seed: 6, faults: all }));
    records.push(
      ...(await collect(extract(makePeople(4000, 12), database, { seed: 6, faults: all }))),
    );
    expect(records.some((record) => record.faults.length > 0)).toBe(true);
    expect(invalid(records)).toEqual([]);
  });
});
