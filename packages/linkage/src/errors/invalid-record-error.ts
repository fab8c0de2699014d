// Thrown for a record that cannot take part at all: not an object, or without a usable id. (A field
// of the wrong type is not an error: the field is missing for that record, and counted.)
import { LinkageError } from "./linkage-error.js";

/** Why a record is unusable. */
export type InvalidRecordReason = "not_object" | "missing_id" | "invalid_id";

const REASONS: Readonly<Record<InvalidRecordReason, { vi: string; en: string }>> = {
  not_object: { vi: "không phải một đối tượng", en: "is not an object" },
  missing_id: { vi: "không có mã bản ghi", en: "has no record id" },
  invalid_id: {
    vi: "có mã bản ghi không phải chuỗi khác rỗng hoặc số nguyên (hoặc chứa ký tự U+0000)",
    en: "has a record id that is not a non-empty string or an integer (or contains U+0000)",
  },
};

/** A record at `position` (0-based) of `source` is not an object or has no usable id. */
export class InvalidRecordError extends LinkageError {
  override readonly name = "InvalidRecordError";
  readonly source: string;
  readonly position: number;
  readonly reason: InvalidRecordReason;

  constructor(source: string, position: number, reason: InvalidRecordReason) {
    const text = REASONS[reason];
    super(reason, {
      vi: `Nguồn ${source}: bản ghi ở vị trí ${position} ${text.vi}.`,
      en: `Source ${source}: the record at position ${position} ${text.en}.`,
    });
    this.source = source;
    this.position = position;
    this.reason = reason;
  }
}
