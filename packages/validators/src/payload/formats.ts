// The formats of the data standard, as boolean checks: JSON Schema's own `date`, `date-time`,
// `email`, `uri`, and the standard's `partial-date` and identifier formats, bound to the identifier
// validators. The fast path and the zod schemas both use these, so they agree by construction.

import type { IdentifierValidator } from "../identifiers/define-identifier.js";
import { drivingLicence } from "../identifiers/driving-licence.js";
import { healthInsuranceCard } from "../identifiers/health-insurance-card.js";
import { legacyIdCard } from "../identifiers/legacy-id-card.js";
import { licensePlate } from "../identifiers/license-plate.js";
import { passportNumber } from "../identifiers/passport-number.js";
import { personalId } from "../identifiers/personal-id.js";
import { phoneNumber } from "../identifiers/phone-number.js";
import { socialInsuranceNumber } from "../identifiers/social-insurance-number.js";
import { taxCode } from "../identifiers/tax-code.js";

const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Whether year-month-day is a day of the Gregorian calendar. */
export function isCalendarDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  if (month === 2 && day === 29) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return day <= (DAYS[month - 1] as number);
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:[Zz]|[+-](\d{2}):(\d{2}))$/;
const EMAIL =
  /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;
const URI = /^[A-Za-z][A-Za-z0-9+.-]*:[^\s]*$/;

/** RFC 3339 full-date. */
export function isDate(value: string): boolean {
  const m = DATE.exec(value);
  return m !== null && isCalendarDay(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** `YYYY`, `YYYY-MM` or a real `YYYY-MM-DD` (the standard's `partial-date`). */
export function isPartialDate(value: string): boolean {
  const m = PARTIAL_DATE.exec(value);
  if (!m) return false;
  if (m[2] === undefined) return true;
  const month = Number(m[2]);
  if (m[3] === undefined) return month >= 1 && month <= 12;
  return isCalendarDay(Number(m[1]), month, Number(m[3]));
}

/** RFC 3339 date-time with a time-zone offset. */
export function isDateTime(value: string): boolean {
  const m = DATE_TIME.exec(value);
  if (!m || !isCalendarDay(Number(m[1]), Number(m[2]), Number(m[3]))) return false;
  const [hour, minute, second] = [Number(m[4]), Number(m[5]), Number(m[6])];
  if (hour > 23 || minute > 59 || second > 60) return false;
  return m[7] === undefined || (Number(m[7]) <= 23 && Number(m[8]) <= 59);
}

/** The identifier formats of the standard and the validators that implement them. */
export const IDENTIFIER_FORMATS: Readonly<Record<string, IdentifierValidator<unknown>>> = {
  "vn-personal-id": personalId as IdentifierValidator<unknown>,
  "vn-legacy-id-card": legacyIdCard as IdentifierValidator<unknown>,
  "vn-passport": passportNumber as IdentifierValidator<unknown>,
  "vn-tax-code": taxCode as IdentifierValidator<unknown>,
  "vn-social-insurance-number": socialInsuranceNumber as IdentifierValidator<unknown>,
  "vn-health-insurance-card": healthInsuranceCard as IdentifierValidator<unknown>,
  "vn-phone": phoneNumber as IdentifierValidator<unknown>,
  "vn-driving-licence": drivingLicence as IdentifierValidator<unknown>,
  "vn-license-plate": licensePlate as IdentifierValidator<unknown>,
};

/** Every format of the standard as a boolean check of a string. */
export const FORMAT_CHECKS: Readonly<Record<string, (value: string) => boolean>> = {
  date: isDate,
  "date-time": isDateTime,
  "partial-date": isPartialDate,
  email: (value) => value.length <= 254 && EMAIL.test(value),
  uri: (value) => URI.test(value),
  ...Object.fromEntries(
    Object.entries(IDENTIFIER_FORMATS).map(([name, validator]) => [
      name,
      (value: string) => validator.isValid(value),
    ]),
  ),
};
