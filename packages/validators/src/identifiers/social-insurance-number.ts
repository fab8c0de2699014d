// Social insurance number (mã số bảo hiểm xã hội): 10 digits issued by Vietnam Social Security,
// also the number printed on health-insurance cards since 2021-04-01 (Decision 1666/QĐ-BHXH).
// No check digit is published (FACTS §4, M), and it is not the personal identification number.
import type { ParseOptions } from "../issue.js";
import { defineIdentifier } from "./define-identifier.js";
import { compactDigits, isDigits } from "./digits.js";

/**
 * The 10-digit social insurance number.
 *
 * @example
 * ```ts
 * import { socialInsuranceNumber } from "@ndcvn/validators";
 * socialInsuranceNumber.isValid("0123456789"); // true
 * ```
 */
export const socialInsuranceNumber = defineIdentifier<Record<string, never>, ParseOptions>({
  name: "socialInsuranceNumber",
  messages: {},
  parse(input, issues) {
    const value = compactDigits(input);
    if (!isDigits(value)) {
      issues.error("invalid_characters", { allowed: "chữ số", allowedEn: "digits" });
      return undefined;
    }
    if (value.length !== 10) {
      issues.error("invalid_length", { expected: 10, actual: value.length });
      return undefined;
    }
    return { value, details: {} };
  },
});
