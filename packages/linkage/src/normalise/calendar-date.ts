// Reading dates as records write them: ISO (`1990-05-12`, `1990/05/12`, `19900512`, an ISO date-time
// taken at its written date), Vietnamese day-first (`12/05/1990`, `12-5-1990`, `12.05.1990`) or
// month-first where a source says so, and partial dates (`1990`, `1990-05`, `05/1990`).

/** A date as far as it is known: the year, and the month and day when known. */
export interface DateParts {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
}

/** Which of two leading numbers is the day in `a/b/yyyy`: day first (Vietnam) or month first. */
export type DayMonthOrder = "dmy" | "mdy";

const ISO = /^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?(?:[T ][0-9:.+\-Z]*)?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const YEAR_LAST = /^(\d{1,2})[-/.](\d{1,2})(?:[-/.](\d{4}))?$/;
const MONTH_YEAR = /^(\d{1,2})[-/.](\d{4})$/;

/** Days in a month of the proleptic Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function checked(year: number, month?: number, day?: number): DateParts | undefined {
  if (!(year >= 1 && year <= 9999)) return undefined;
  if (month === undefined) return { year };
  if (!(month >= 1 && month <= 12)) return undefined;
  if (day === undefined) return { year, month };
  if (!(day >= 1 && day <= daysInMonth(year, month))) return undefined;
  return { year, month, day };
}

const digit = (text: string, at: number) => text.charCodeAt(at) - 48;
const isDigitAt = (text: string, at: number) => {
  const code = text.charCodeAt(at);
  return code >= 48 && code <= 57;
};

const ISO_DIGITS = [0, 1, 2, 3, 5, 6, 8, 9];

/** Whether a string is already a valid `YYYY-MM-DD` date (then it is its own normal form). */
export function isIsoDay(text: string): boolean {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return false;
  for (let k = 0; k < ISO_DIGITS.length; k++)
    if (!isDigitAt(text, ISO_DIGITS[k] as number)) return false;
  const year = digit(text, 0) * 1000 + digit(text, 1) * 100 + digit(text, 2) * 10 + digit(text, 3);
  const month = digit(text, 5) * 10 + digit(text, 6);
  const day = digit(text, 8) * 10 + digit(text, 9);
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** `YYYY-MM-DD` read without a regular expression (the form of nearly every record), or undefined. */
function isoDay(text: string): DateParts | undefined {
  if (!isIsoDay(text)) return undefined;
  const year = digit(text, 0) * 1000 + digit(text, 1) * 100 + digit(text, 2) * 10 + digit(text, 3);
  return {
    year,
    month: digit(text, 5) * 10 + digit(text, 6),
    day: digit(text, 8) * 10 + digit(text, 9),
  };
}

/** The parts of a written date, or `undefined` when it is not a real (partial) date. */
export function parseDate(
  value: string | number | object,
  order: DayMonthOrder = "dmy",
): DateParts | undefined {
  let text: string;
  if (typeof value === "number") {
    if (!Number.isInteger(value) || value < 0) return undefined;
    text = String(value);
  } else if (typeof value === "string") {
    const day = isoDay(value);
    if (day !== undefined) return day;
    text = value.trim();
  } else {
    return undefined;
  }
  let match = COMPACT.exec(text);
  if (match) return checked(Number(match[1]), Number(match[2]), Number(match[3]));
  match = ISO.exec(text);
  if (match) {
    return checked(
      Number(match[1]),
      match[2] === undefined ? undefined : Number(match[2]),
      match[3] === undefined ? undefined : Number(match[3]),
    );
  }
  match = YEAR_LAST.exec(text);
  if (match && match[3] !== undefined) {
    const first = Number(match[1]);
    const second = Number(match[2]);
    return order === "dmy"
      ? checked(Number(match[3]), second, first)
      : checked(Number(match[3]), first, second);
  }
  match = MONTH_YEAR.exec(text);
  if (match) return checked(Number(match[2]), Number(match[1]));
  return undefined;
}

const pad = (n: number, width: number) => String(n).padStart(width, "0");

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as far as the date is known. */
export function formatDate(parts: DateParts): string {
  let out = pad(parts.year, 4);
  if (parts.month !== undefined) out += `-${pad(parts.month, 2)}`;
  if (parts.day !== undefined) out += `-${pad(parts.day, 2)}`;
  return out;
}
