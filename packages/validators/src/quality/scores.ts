// The score formulas. Every score is 0–100 with one decimal, `null` when there is no record.
//
//   correct    = 100 × valid records / records
//   sufficient = 100 × mean completeness of the required and recommended fields (each field
//                counts once; all fields when the schema and options name none)
//   clean      = 100 × mean of three shares: records that repeat no other (1 − duplicates / records,
//                duplicates = the largest count of the exact and key checks), records whose text is
//                canonical, records whose administrative codes are all in force
//   live       = 100 × records updated within `freshnessDays` of `now` / records (a record without
//                an update time, or updated after `now`, is not fresh)
//   overall    = mean of the four scores
import type { FieldCompleteness } from "./types.js";

/** Round a 0–1 ratio to a 0–100 score with one decimal. */
export function toScore(ratio: number | null): number | null {
  if (ratio === null || !Number.isFinite(ratio)) return null;
  return Math.round(Math.min(1, Math.max(0, ratio)) * 1000) / 10;
}

/** count / total, or `null` for an empty total. */
export function ratio(count: number, total: number): number | null {
  return total > 0 ? count / total : null;
}

export function correctRatio(valid: number, total: number): number | null {
  return ratio(valid, total);
}

export function sufficientRatio(fields: readonly FieldCompleteness[]): number | null {
  const expected = fields.filter((field) => field.required || field.recommended);
  const measured = (expected.length > 0 ? expected : fields)
    .map((field) => field.share)
    .filter((share) => share !== null);
  if (measured.length === 0) return null;
  return measured.reduce((sum, share) => sum + share, 0) / measured.length;
}

export function cleanRatio(
  total: number,
  duplicates: number,
  textRecords: number,
  codeRecords: number,
): number | null {
  if (total === 0) return null;
  return (3 - duplicates / total - textRecords / total - codeRecords / total) / 3;
}

export function liveRatio(fresh: number, total: number): number | null {
  return ratio(fresh, total);
}

/** The overall ratio: the mean of the dimensions' ratios that are not `null`. */
export function overallRatio(ratios: readonly (number | null)[]): number | null {
  const present = ratios.filter((value) => value !== null);
  if (present.length === 0) return null;
  return present.reduce((sum, value) => sum + value, 0) / present.length;
}
