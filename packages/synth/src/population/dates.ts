// Calendar arithmetic on day numbers (days since 1970-01-01, proleptic Gregorian), without Date
// objects: H. Hinnant's civil-from-days algorithms. Date strings are cached per day.

/** Days since 1970-01-01 of a civil date. */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Reused output of civilFromDays: [year, month, day]. */
export const civil = new Int32Array(3);

/** Fill `civil` with the year, month and day of a day number. */
export function civilFromDays(days: number): Int32Array {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  civil[0] = yoe + era * 400 + (month <= 2 ? 1 : 0);
  civil[1] = month;
  civil[2] = day;
  return civil;
}

// Lookup tables for the days 1880-01-01 … 2149-12-31: year, month and day of each day number.
const TABLE_FROM = daysFromCivil(1880, 1, 1);
const TABLE_TO = daysFromCivil(2150, 1, 1);
const TABLE_YEAR = new Int16Array(TABLE_TO - TABLE_FROM);
const TABLE_MONTH = new Uint8Array(TABLE_TO - TABLE_FROM);
const TABLE_DAY = new Uint8Array(TABLE_TO - TABLE_FROM);
/** Day number of the first day of each month from January 1880, index (year − 1880)·12 + month − 1. */
const MONTH_START = new Int32Array((2150 - 1880) * 12 + 1);
for (let year = 1880, index = 0; year < 2150; year++) {
  for (let month = 1; month <= 12; month++, index++)
    MONTH_START[index] = daysFromCivil(year, month, 1);
}
MONTH_START[MONTH_START.length - 1] = TABLE_TO;
for (let m = 0; m < MONTH_START.length - 1; m++) {
  const from = (MONTH_START[m] as number) - TABLE_FROM;
  const to = (MONTH_START[m + 1] as number) - TABLE_FROM;
  for (let d = from; d < to; d++) {
    TABLE_YEAR[d] = 1880 + Math.floor(m / 12);
    TABLE_MONTH[d] = (m % 12) + 1;
    TABLE_DAY[d] = d - from + 1;
  }
}

/** The year of a day number. */
export function yearOf(days: number): number {
  const index = days - TABLE_FROM;
  if (index >= 0 && index < TABLE_YEAR.length) return TABLE_YEAR[index] as number;
  return civilFromDays(days)[0] as number;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

function daysInMonth(year: number, month: number): number {
  if (month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) return 29;
  return MONTH_DAYS[month - 1] as number;
}

/** The day `months` calendar months after `days` (the day of month clamped to the month's length). */
export function addMonths(days: number, months: number): number {
  const index = days - TABLE_FROM;
  if (index >= 0 && index < TABLE_YEAR.length) {
    const target =
      ((TABLE_YEAR[index] as number) - 1880) * 12 + (TABLE_MONTH[index] as number) - 1 + months;
    if (target >= 0 && target < MONTH_START.length - 1) {
      const start = MONTH_START[target] as number;
      const length = (MONTH_START[target + 1] as number) - start;
      const day = TABLE_DAY[index] as number;
      return start + Math.min(day, length) - 1;
    }
  }
  const c = civilFromDays(days);
  const total = (c[0] as number) * 12 + (c[1] as number) - 1 + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12 + 1;
  const day = Math.min(c[2] as number, daysInMonth(year, month));
  return daysFromCivil(year, month, day);
}

/** The first day of the month of a day number. */
export function firstOfMonth(days: number): number {
  const index = days - TABLE_FROM;
  if (index >= 0 && index < TABLE_YEAR.length) return days - (TABLE_DAY[index] as number) + 1;
  const c = civilFromDays(days);
  return daysFromCivil(c[0] as number, c[1] as number, 1);
}

/** The day `years` calendar years after `days` (29 February → 28 February when needed). */
export function addYears(days: number, years: number): number {
  return addMonths(days, years * 12);
}

/** Completed years between a birth day and a later day. */
export function ageAt(birth: number, on: number): number {
  const b = civilFromDays(birth);
  const by = b[0] as number;
  const bmd = (b[1] as number) * 100 + (b[2] as number);
  const o = civilFromDays(on);
  const age = (o[0] as number) - by;
  return (o[1] as number) * 100 + (o[2] as number) < bmd ? age - 1 : age;
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

function formatDay(days: number): string {
  const c = civilFromDays(days);
  return `${c[0]}-${pad2(c[1] as number)}-${pad2(c[2] as number)}`;
}

const CACHE_FROM = daysFromCivil(1880, 1, 1);
const CACHE_TO = daysFromCivil(2150, 1, 1);
const cache: (string | undefined)[] = [];

/** `YYYY-MM-DD` of a day number (cached between 1880 and 2150). */
export function dateString(days: number): string {
  if (days < CACHE_FROM || days >= CACHE_TO) return formatDay(days);
  const index = days - CACHE_FROM;
  let text = cache[index];
  if (text === undefined) {
    text = formatDay(days);
    cache[index] = text;
  }
  return text;
}

/** The day number of a `YYYY-MM-DD` string, or undefined when it is not a real date. */
export function parseDate(text: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return daysFromCivil(year, month, day);
}
