// The shape of one fault module: where it applies, and what it does to a record draft.
import type { RecordDraft } from "../extract/draft.js";
import type { Random } from "../extract/prng.js";
import type { FaultName } from "./rates.js";

/** A fault applied to the record draft, before the record is written. */
export interface DraftFault {
  readonly name: FaultName;
  /** Whether the fault can change this record. */
  applies(draft: RecordDraft): boolean;
  /** Change the draft; called only where `applies` is true. */
  apply(draft: RecordDraft, random: Random): void;
}
