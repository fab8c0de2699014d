// Times as the contract writes them: RFC 3339 in Vietnam's time (UTC+7, no daylight saving), the
// offset the examples of the contract and the records of @ndcvn/synth use.

const OFFSET_MS = 7 * 3600 * 1000;

/** `2025-09-14T08:30:00+07:00` for an instant (whole seconds). */
export function vietnamTime(epochMs: number): string {
  return `${new Date(Math.floor(epochMs / 1000) * 1000 + OFFSET_MS).toISOString().slice(0, 19)}+07:00`;
}

/** The instant of an RFC 3339 date-time with an offset, or NaN. */
export function instantOf(dateTime: string): number {
  return Date.parse(dateTime);
}
