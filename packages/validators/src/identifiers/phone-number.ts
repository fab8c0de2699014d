// Telephone numbers, validated with libphonenumber-js and its full ("max") metadata, which follows
// the national numbering plan (2017 landline area codes 02x, 10-digit mobile numbers).
import { parsePhoneNumberFromString } from "libphonenumber-js/max";
import type { ParseOptions } from "../issue.js";
import { defineIdentifier } from "./define-identifier.js";
import { renumberMobile2018 } from "./phone-renumbering-2018.js";

export interface PhoneNumberDetails {
  /** ISO 3166-1 alpha-2 country of the number, when known. */
  readonly country?: string;
  /** `mobile`, `fixed-line`, `toll-free`, … as the numbering plan says; `unknown` when it does not say. */
  readonly type: string;
  /** The number in national form, e.g. `0912 345 678`. */
  readonly national: string;
  /** For a pre-2018 11-digit mobile number: the old number in E.164 form. */
  readonly renumberedFrom?: string;
}

const TYPES: Readonly<Record<string, string>> = {
  MOBILE: "mobile",
  FIXED_LINE: "fixed-line",
  FIXED_LINE_OR_MOBILE: "fixed-line-or-mobile",
  TOLL_FREE: "toll-free",
  PREMIUM_RATE: "premium-rate",
  SHARED_COST: "shared-cost",
  VOIP: "voip",
  PERSONAL_NUMBER: "personal-number",
  PAGER: "pager",
  UAN: "uan",
  VOICEMAIL: "voicemail",
};

/** The national significant number with a leading 0, for Vietnamese input in any form. */
function vietnameseNational(text: string): string | undefined {
  const digits = text.replace(/[\s().-]/g, "");
  if (/^\+84[0-9]+$/.test(digits)) return `0${digits.slice(3)}`;
  if (/^0084[0-9]+$/.test(digits)) return `0${digits.slice(4)}`;
  if (/^84[0-9]{9,10}$/.test(digits)) return `0${digits.slice(2)}`;
  if (/^0[0-9]+$/.test(digits)) return digits;
  return undefined;
}

/**
 * A telephone number. Vietnamese numbers may be written nationally (`0912 345 678`) or
 * internationally; other countries' numbers need their `+` prefix. The canonical value is E.164
 * (`+84912345678`). A pre-2018 11-digit mobile number (`0166 234 5678`) is mapped to its current
 * number and reported with the warning `renumbered_2018`.
 *
 * @example
 * ```ts
 * import { phoneNumber } from "@ndcvn/validators";
 * phoneNumber.parse("01662345678"); // { ok: true, value: "+84362345678", details: { type: "mobile", renumberedFrom: "+841662345678", … }, issues: [warning] }
 * ```
 */
export const phoneNumber = defineIdentifier<PhoneNumberDetails, ParseOptions>({
  name: "phoneNumber",
  messages: {
    invalid_phone_number: {
      vi: "Số điện thoại không hợp lệ theo quy hoạch kho số.",
      en: "The telephone number is not valid in the numbering plan.",
    },
    renumbered_2018: {
      vi: "Số thuê bao di động 11 số đã được chuyển sang 10 số từ năm 2018; đã dùng số mới.",
      en: "This 11-digit mobile number was converted to 10 digits in 2018; the new number is used.",
    },
  },
  parse(input, issues) {
    const text = input.trim();
    let national = vietnameseNational(text);
    let renumberedFrom: string | undefined;
    if (national !== undefined) {
      const renumbered = renumberMobile2018(national);
      if (renumbered !== undefined) {
        renumberedFrom = `+84${national.slice(1)}`;
        national = renumbered;
      }
    }
    const parsed =
      national !== undefined
        ? parsePhoneNumberFromString(national, "VN")
        : parsePhoneNumberFromString(text);
    if (!parsed?.isValid()) {
      issues.error("invalid_phone_number");
      return undefined;
    }
    if (renumberedFrom !== undefined) issues.warn("renumbered_2018");
    const type = parsed.getType();
    return {
      value: parsed.number,
      details: {
        ...(parsed.country ? { country: parsed.country } : {}),
        type: (type && TYPES[type]) ?? "unknown",
        national: parsed.formatNational(),
        ...(renumberedFrom !== undefined ? { renumberedFrom } : {}),
      },
    };
  },
  format(value, details) {
    return details.country === "VN" ? details.national : value;
  },
});
