// The truth of an extract: which person each record is about.
import type { ExtractedRecord } from "../extract/types.js";
import { csvLine } from "./csv.js";

/** Options of `writeTruth`. */
export interface TruthOptions {
  /** Add a `faults` column: the record's faults, separated by `|`. @default false */
  readonly faults?: boolean;
}

/** The truth as CSV lines: a header, then `recordId,personId` (and the faults) for each record. */
export async function* writeTruth(
  records: Iterable<ExtractedRecord> | AsyncIterable<ExtractedRecord>,
  options: TruthOptions = {},
): AsyncIterable<string> {
  yield csvLine(options.faults ? ["recordId", "personId", "faults"] : ["recordId", "personId"]);
  for await (const record of records) {
    const row = [record.envelope.recordId, record.personId];
    if (options.faults) row.push(record.faults.join("|"));
    yield csvLine(row);
  }
}

/** The truth as a map from record id to person id. */
export async function truthOf(
  records: Iterable<ExtractedRecord> | AsyncIterable<ExtractedRecord>,
): Promise<Map<string, string>> {
  const truth = new Map<string, string>();
  for await (const record of records) truth.set(record.envelope.recordId, record.personId);
  return truth;
}
