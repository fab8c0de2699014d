// What every stage of `ndc demo` works with: the run's streams and language, its output folder,
// progress bars, and the pulled records grouped by database and record type.
import type { RecordEnvelope } from "@ndcvn/client";
import type { CliIo } from "../../framework/cli-io.js";
import type { Locale } from "../../framework/locale.js";
import type { ProgressBar } from "../../framework/progress-bar.js";

/** The run a stage belongs to. */
export interface StageContext {
  readonly io: CliIo;
  readonly locale: Locale;
  /** The output folder, as the user named it. */
  readonly outName: string;
  /** A progress bar for a step of the stage (drawn only on a terminal). */
  progress(label: string, total?: number): ProgressBar;
}

/** The current records of each database, by schema `$id` (sorted), in feed order. */
export type RecordGroups = ReadonlyMap<string, ReadonlyMap<string, readonly RecordEnvelope[]>>;

/** The records of each schema, schemas sorted by `$id`, records in the order given. */
export function bySchema(
  records: Iterable<RecordEnvelope>,
): ReadonlyMap<string, readonly RecordEnvelope[]> {
  const groups = new Map<string, RecordEnvelope[]>();
  for (const record of records) {
    let group = groups.get(record.schema);
    if (!group) {
      group = [];
      groups.set(record.schema, group);
    }
    group.push(record);
  }
  return new Map([...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** The records, telling `onRecord` how many were taken so far (for a progress bar). */
export function* counted<T>(
  records: readonly T[],
  onRecord: (count: number) => void,
): Generator<T> {
  let count = 0;
  for (const record of records) {
    yield record;
    onRecord(++count);
  }
}
