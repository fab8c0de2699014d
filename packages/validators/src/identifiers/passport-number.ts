// Passport numbers. Vietnamese passports: one uppercase series letter and 7 digits in practice
// (series B, C, N, P seen; FACTS §1, L). Foreign passports: up to 9 letters and digits (ICAO Doc 9303
// part 4, document number field).
import type { ParseOptions } from "../issue.js";
import { defineIdentifier } from "./define-identifier.js";

export interface PassportNumberDetails {
  /** `vietnamese` when the number has the Vietnamese form (letter + 7 digits), else `other`. */
  readonly form: "vietnamese" | "other";
}

const VIETNAMESE = /^[A-Z][0-9]{7}$/;
const ICAO = /^[A-Z0-9]{5,9}$/;

/**
 * A passport number: 5 to 9 letters and digits (ICAO 9303), upper-cased; `details.form` says
 * whether it has the Vietnamese form.
 *
 * @example
 * ```ts
 * import { passportNumber } from "@ndcvn/validators";
 * passportNumber.parse("c1234567"); // { ok: true, value: "C1234567", details: { form: "vietnamese" }, issues: [] }
 * ```
 */
export const passportNumber = defineIdentifier<PassportNumberDetails, ParseOptions>({
  name: "passportNumber",
  messages: {
    invalid_passport: {
      vi: "Số hộ chiếu phải gồm 5 đến 9 chữ cái in hoa và chữ số.",
      en: "A passport number has 5 to 9 capital letters and digits.",
    },
  },
  parse(input, issues) {
    const value = input.replace(/[\s-]/g, "").toUpperCase();
    if (!ICAO.test(value)) {
      issues.error("invalid_passport");
      return undefined;
    }
    return { value, details: { form: VIETNAMESE.test(value) ? "vietnamese" : "other" } };
  },
});
