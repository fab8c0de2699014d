// Thrown when two records of one source have the same id: the result could not say which is which.
import { LinkageError } from "./linkage-error.js";

/**
 * Two records of one source share an id. `positions` are the 0-based positions of the first two in
 * the input; the id itself is in `recordId` and not in the message (it may be personal data).
 */
export class DuplicateRecordIdError extends LinkageError {
  override readonly name = "DuplicateRecordIdError";
  readonly source: string;
  readonly recordId: string;
  readonly positions: readonly [number, number];

  constructor(source: string, recordId: string, positions: readonly [number, number]) {
    super("duplicate_record_id", {
      vi: `Nguồn ${source}: bản ghi ở vị trí ${positions[0]} và ${positions[1]} có cùng mã bản ghi; mỗi mã chỉ được xuất hiện một lần.`,
      en: `Source ${source}: the records at positions ${positions[0]} and ${positions[1]} have the same record id; each id may appear once.`,
    });
    this.source = source;
    this.recordId = recordId;
    this.positions = positions;
  }
}
