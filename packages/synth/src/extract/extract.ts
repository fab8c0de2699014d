// extract(): the records one national database would hold for a synthetic population, with faults
// and the truth of who each record is about.
import type { RecordEnvelope } from "@ndcvn/schemas";
import { DRAFT_FAULTS } from "../faults/draft-faults.js";
import { duplicate as duplicateFault } from "../faults/duplicate.js";
import { hasComposedText, toNfd } from "../faults/nfd-text.js";
import { type FaultName, type FaultRates, resolveFaultRates } from "../faults/rates.js";
import type { SyntheticPerson } from "../person.js";
import { DATABASE_RECORDS } from "./databases.js";
import { dateOfDay, dayNumber, isCalendarDate, REORGANISATION_DATE, timestamp } from "./dates.js";
import type { RecordDraft } from "./draft.js";
import { draftNameOf } from "./name.js";
import { loadPlaces } from "./places.js";
import { randomFor, uniform } from "./prng.js";
import { recordIdMaker } from "./record-id.js";
import type {
  ExtractContext,
  ExtractDatabase,
  ExtractedRecord,
  ExtractOptions,
  RecordBase,
  RecordType,
} from "./types.js";

/** The default date of extracts, the same as the population's. */
export const DEFAULT_AS_OF = "2026-01-01";
/** Records were last updated within this many days before the extract's date. */
const UPDATE_WINDOW_DAYS = 180;

/**
 * The records one national database would hold for these people, in the shape of its schema
 * documents, with faults applied at the configured rates. Each record carries its record id (in
 * the envelope) and the id of the person it is about (the truth). Which people a database holds:
 *
 * - `population`: everyone (`population/Citizen`, the dead with their death status);
 * - `insurance`: people with a social insurance number and a job (`SocialInsuranceParticipation`
 *   of the latest job), and people with a health-insurance card (`HealthInsuranceCard`);
 * - `tax`: people with a job or an own tax code (`tax/Taxpayer`);
 * - `education`: living children aged 3–17 (`Learner`), holders of a qualification
 *   (`Qualification` of the highest one);
 * - `health`: living people with a health-insurance card (`HealthRecordSummary`);
 * - `civil-status`: births since 2016-01-01 (`BirthRegistration`), deaths since then
 *   (`DeathRegistration`).
 *
 * Same people, database and options give the same records byte for byte, in any process; every
 * random choice is drawn from a hash of (seed, database, record id, what is chosen), so a record
 * does not depend on the others. With `faults: NO_FAULTS` every record validates against its
 * schema document.
 *
 * @example
 * ```ts
 * import { extract, NO_FAULTS, toNdjson } from "@ndcvn/synth";
 * for await (const line of toNdjson(extract(people, "tax", { seed: 1, faults: NO_FAULTS })))
 *   process.stdout.write(line);
 * ```
 */
export function extract(
  people: Iterable<SyntheticPerson> | AsyncIterable<SyntheticPerson>,
  database: ExtractDatabase,
  options: ExtractOptions,
): AsyncIterable<ExtractedRecord> {
  const records = DATABASE_RECORDS[database];
  if (!Object.hasOwn(DATABASE_RECORDS, database) || !records)
    throw new TypeError(`Unknown database: ${String(database)}`);
  const seed = options?.seed;
  if (typeof seed !== "number" || !Number.isFinite(seed))
    throw new TypeError("extract: options.seed must be a finite number");
  const asOf = options.asOf ?? DEFAULT_AS_OF;
  if (!isCalendarDate(asOf)) throw new RangeError(`extract: asOf must be YYYY-MM-DD, got ${asOf}`);
  const rates = resolveFaultRates(options.faults);
  const makeId = recordIdMaker(seed, database, records.prefix);
  return {
    async *[Symbol.asyncIterator]() {
      const context: ExtractContext = { seed, database, asOf, places: await loadPlaces() };
      for await (const person of people) {
        for (let slot = 0; slot < records.types.length; slot++) {
          const type = records.types[slot] as RecordType<unknown>;
          if (!type.holds(person, context)) continue;
          const base = type.prepare(
            person,
            context,
            randomFor(`${database}|${type.schema}|${person.id}|${person.personalId}`),
          );
          const first = makeRecord(
            type,
            base,
            person,
            makeId(person.id, slot, 0),
            0,
            context,
            rates,
          );
          yield first.record;
          if (first.duplicate) {
            yield makeRecord(type, base, person, makeId(person.id, slot, 1), 1, context, rates)
              .record;
          }
        }
      }
    },
  };
}

function decides(key: string, fault: FaultName, rates: FaultRates): boolean {
  const rate = rates[fault];
  return rate > 0 && uniform(`${key}|${fault}`) < rate;
}

function makeRecord(
  type: RecordType<unknown>,
  base: RecordBase<unknown>,
  person: SyntheticPerson,
  recordId: string,
  copy: 0 | 1,
  context: ExtractContext,
  rates: FaultRates,
): { record: ExtractedRecord; duplicate: boolean } {
  const key = `${context.seed}|${context.database}|${recordId}`;
  const random = randomFor(`${key}|record`);

  // The real last update: within the window before the extract's date, not before the content.
  const asOfDay = dayNumber(context.asOf);
  const earliest = dayNumber(base.earliestUpdate);
  const low = Math.max(earliest, asOfDay - UPDATE_WINDOW_DAYS);
  const high = asOfDay - 1;
  const day = low <= high ? low + random.int(high - low + 1) : Math.min(earliest, asOfDay);
  const second = random.between(7 * 3600, 21 * 3600);
  const version = random.between(1, 5);
  const recordDate = dateOfDay(day);

  const draft: RecordDraft = {
    person,
    name: draftNameOf(person.name),
    dateOfBirth: person.dateOfBirth,
    address:
      base.address === "current" && recordDate < REORGANISATION_DATE ? "legacy" : base.address,
    phone: base.phone && person.phone !== undefined ? "current" : undefined,
    identifiers: new Set(base.identifiers),
    legacyIdKey: base.legacyIdKey,
    recordDate,
    updatedAt: timestamp(day, second),
    earliestUpdate: base.earliestUpdate,
  };

  const faults: FaultName[] = [];
  const applicable: FaultName[] = [];
  for (const fault of DRAFT_FAULTS) {
    if (!fault.applies(draft)) continue;
    applicable.push(fault.name);
    if (decides(key, fault.name, rates)) {
      fault.apply(draft, randomFor(`${key}|${fault.name}|apply`));
      faults.push(fault.name);
    }
  }
  let data = type.render(draft, base.facts, context);
  if (hasComposedText(data)) {
    applicable.push("nfdText");
    if (decides(key, "nfdText", rates)) {
      data = toNfd(data);
      faults.push("nfdText");
    }
  }
  let duplicate = false;
  if (copy === 0) {
    applicable.push(duplicateFault.name);
    duplicate = decides(key, duplicateFault.name, rates);
  } else {
    faults.push(duplicateFault.name);
  }

  const envelope: RecordEnvelope = {
    schema: type.schema,
    database: context.database,
    recordId,
    version,
    event: version === 1 ? "NEW" : "UPDATE",
    updatedAt: draft.updatedAt,
    data: data as RecordEnvelope["data"],
  };
  return { record: { envelope, personId: person.id, faults, applicable }, duplicate };
}
