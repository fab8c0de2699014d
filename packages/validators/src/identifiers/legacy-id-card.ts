// People's identity card (chứng minh nhân dân, CMND): 9 digits (Decree 05/1999/NĐ-CP), or 12 digits
// for cards issued 2012–2016 with the structure of the personal identification number. The prefix
// table of 9-digit numbers was never reliably published (FACTS §1, L), so only length and digits
// are checked for them.
import type { ParseOptions } from "../issue.js";
import { defineIdentifier } from "./define-identifier.js";
import { compactDigits, isDigits } from "./digits.js";
import { type PersonalIdDetails, personalId } from "./personal-id.js";

export type LegacyIdCardDetails =
  | { readonly kind: "nine-digit" }
  | { readonly kind: "twelve-digit"; readonly personalId: PersonalIdDetails };

/**
 * The number of a people's identity card (CMND), 9 or 12 digits.
 *
 * @example
 * ```ts
 * import { legacyIdCard } from "@ndcvn/validators";
 * legacyIdCard.parse("012 345 678"); // { ok: true, value: "012345678", details: { kind: "nine-digit" }, issues: [] }
 * ```
 */
export const legacyIdCard = defineIdentifier<LegacyIdCardDetails, ParseOptions>({
  name: "legacyIdCard",
  messages: {
    invalid_legacy_id_length: {
      vi: "Số chứng minh nhân dân phải có 9 hoặc 12 chữ số, nhận được {actual}.",
      en: "A people's ID card number has 9 or 12 digits, found {actual}.",
    },
    invalid_personal_id: {
      vi: "Số chứng minh nhân dân 12 chữ số phải theo cấu trúc số định danh cá nhân.",
      en: "A 12-digit people's ID card number must have the structure of a personal identification number.",
    },
  },
  parse(input, issues, options) {
    const value = compactDigits(input);
    if (!isDigits(value)) {
      issues.error("invalid_characters", { allowed: "chữ số", allowedEn: "digits" });
      return undefined;
    }
    if (value.length === 9) return { value, details: { kind: "nine-digit" } };
    if (value.length === 12) {
      const id = personalId.parse(value, options);
      if (!id.ok) {
        issues.error("invalid_personal_id");
        return undefined;
      }
      return { value, details: { kind: "twelve-digit", personalId: id.details } };
    }
    issues.error("invalid_legacy_id_length", { actual: value.length });
    return undefined;
  },
});
