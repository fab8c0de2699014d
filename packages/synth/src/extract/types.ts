// The public types of extracts, and the interface each record type implements.
import type { RecordEnvelope } from "@ndcvn/schemas";
import type { FaultName, FaultRates } from "../faults/rates.js";
import type { SyntheticPerson } from "../person.js";
import type { RecordDraft } from "./draft.js";
import type { Places } from "./places.js";
import type { Random } from "./prng.js";

/** The national databases `extract` can make records of. */
export type ExtractDatabase =
  | "population"
  | "insurance"
  | "tax"
  | "education"
  | "health"
  | "civil-status";

/** Options of `extract`. */
export interface ExtractOptions {
  /** Seed of the extract: record ids, timestamps and faults. Same people and seed, same bytes. */
  readonly seed: number;
  /**
   * Fault rates; those not given take their `DEFAULT_FAULTS` value. Pass `NO_FAULTS` for a clean
   * extract, `{ ...NO_FAULTS, typo: 0.1 }` for typos only.
   */
  readonly faults?: Partial<FaultRates>;
  /** The date the extract is taken (`YYYY-MM-DD`); should be the population's. @default "2026-01-01" */
  readonly asOf?: string;
}

/** One record of an extract, with the truth about it. */
export interface ExtractedRecord {
  /** The record as the database would send it (`common/RecordEnvelope`). */
  readonly envelope: RecordEnvelope;
  /** The truth: the synthetic person the record is about. */
  readonly personId: string;
  /** The faults this record carries, in `FAULT_NAMES` order. */
  readonly faults: readonly FaultName[];
  /** The faults that were applicable to this record (where its rate was drawn), in `FAULT_NAMES` order. */
  readonly applicable: readonly FaultName[];
}

/** What a record type needs to make its records. */
export interface ExtractContext {
  readonly seed: number;
  readonly database: ExtractDatabase;
  /** The extract's date. */
  readonly asOf: string;
  readonly places: Places;
}

/** The base of one record: what a record type's `prepare` gives before faults are applied. */
export interface RecordBase<Facts> {
  /** Facts of the person's record that are not in the draft (dates, codes, names of offices…). */
  readonly facts: Facts;
  /** Whether (and how) the record writes the residence. */
  readonly address: "current" | "legacy" | undefined;
  /** Whether the record holds the person's mobile number. */
  readonly phone: boolean;
  /** The optional identifiers this record carries for this person. */
  readonly identifiers: readonly string[];
  /** The property of the old ID card, if the record can hold it instead of the personal ID. */
  readonly legacyIdKey?: string;
  /** The record's content date: its timestamp cannot be earlier. */
  readonly earliestUpdate: string;
}

/** One record type of a database: who has a record, and how it is written. */
export interface RecordType<Facts> {
  /** The schema document's `$id`. */
  readonly schema: string;
  /** Whether the database holds a record of this type for the person (read at `context.asOf`). */
  holds(person: SyntheticPerson, context: ExtractContext): boolean;
  /** The record's facts, drawn from `random` (seeded by the person, so a duplicate has the same). */
  prepare(person: SyntheticPerson, context: ExtractContext, random: Random): RecordBase<Facts>;
  /** The record's `data`, in the shape of the schema document. */
  render(draft: RecordDraft, facts: Facts, context: ExtractContext): object;
}
