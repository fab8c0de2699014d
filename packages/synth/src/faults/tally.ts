// Realised fault rates of an extract: for each fault, the records where it was applicable and those
// where it was applied.
import type { ExtractedRecord } from "../extract/types.js";
import { FAULT_NAMES, type FaultName } from "./rates.js";

/** How often one fault was applied. */
export interface FaultCount {
  /** Records where the fault was applicable. */
  readonly applicable: number;
  /** Records that carry the fault. */
  readonly applied: number;
  /** `applied / applicable` (0 when nothing was applicable). */
  readonly rate: number;
}

/** Counts faults record by record; `report()` gives the realised rates so far. */
export class FaultTally {
  readonly #applicable = new Map<FaultName, number>();
  readonly #applied = new Map<FaultName, number>();
  /** Records counted. */
  records = 0;

  add(record: Pick<ExtractedRecord, "faults" | "applicable">): void {
    this.records++;
    for (const name of record.applicable)
      this.#applicable.set(name, (this.#applicable.get(name) ?? 0) + 1);
    for (const name of record.faults) this.#applied.set(name, (this.#applied.get(name) ?? 0) + 1);
  }

  report(): Record<FaultName, FaultCount> {
    const out = {} as Record<FaultName, FaultCount>;
    for (const name of FAULT_NAMES) {
      const applicable = this.#applicable.get(name) ?? 0;
      const applied = this.#applied.get(name) ?? 0;
      out[name] = { applicable, applied, rate: applicable === 0 ? 0 : applied / applicable };
    }
    return out;
  }
}

/** The realised rate of every fault over a set of records. */
export async function tallyFaults(
  records: Iterable<ExtractedRecord> | AsyncIterable<ExtractedRecord>,
): Promise<Record<FaultName, FaultCount>> {
  const tally = new FaultTally();
  for await (const record of records) tally.add(record);
  return tally.report();
}
