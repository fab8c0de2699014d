// Calendar dates (`YYYY-MM-DD`) as day numbers, and the record timestamps of extracts, written in
// Vietnam's time zone (UTC+07:00, no daylight saving).

/** The first day of the two-level administration (Resolution 202/2025/QH15). */
export const REORGANISATION_DATE = "2025-07-01";
/** The last day of the three-level administration. */
export const LAST_THREE_LEVEL_DAY = "2025-06-30";

const DAY_MS = 86_400_000;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of a `YYYY-MM-DD` date; NaN if it is not one. */
export function dayNumber(date: string): number {
  const m = DATE.exec(date);
  if (!m) return Number.NaN;
  const time = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return time / DAY_MS;
}

/** The `YYYY-MM-DD` date of a day number. */
export function dateOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The date `days` days after `date` (before, if negative). */
export function addDays(date: string, days: number): string {
  return dateOfDay(dayNumber(date) + days);
}

/** Whether the text is a real calendar date `YYYY-MM-DD`. */
export function isCalendarDate(date: string): boolean {
  const day = dayNumber(date);
  return Number.isFinite(day) && dateOfDay(day) === date;
}

/** Full years from `birth` to `at`. */
export function ageAt(birth: string, at: string): number {
  const years = Number(at.slice(0, 4)) - Number(birth.slice(0, 4));
  return at.slice(5) < birth.slice(5) ? years - 1 : years;
}

/** The earlier of two dates. */
export function minDate(a: string, b: string): string {
  return a < b ? a : b;
}

/** The later of two dates. */
export function maxDate(a: string, b: string): string {
  return a > b ? a : b;
}

/** An RFC 3339 timestamp in UTC+07:00 of a day number and a second of that day. */
export function timestamp(day: number, second: number): string {
  const iso = new Date(day * DAY_MS + second * 1000).toISOString();
  return `${iso.slice(0, 19)}+07:00`;
}

/** The day number and second of day of a timestamp made by `timestamp`. */
export function parseTimestamp(value: string): { day: number; second: number } {
  const day = dayNumber(value.slice(0, 10));
  const second =
    Number(value.slice(11, 13)) * 3600 +
    Number(value.slice(14, 16)) * 60 +
    Number(value.slice(17, 19));
  return { day, second };
}
