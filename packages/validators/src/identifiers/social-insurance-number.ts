// Social insurance number (mã số bảo hiểm xã hội): 10 digits issued by Vietnam Social Security,
// also the number printed on health-insurance cards since 2021-04-01 (Decision 1666/QĐ-BHXH).
// No check digit is published (FACTS §4, M), and it is not the personal identification number.
import type { ParseOptions } from "../issue.js";
import { defineIdentifier } from "./define-identifier.js";
import { fixedLengthDigits } from "./digits.js";

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
    const value = fixedLengthDigits(input, 10, issues);
    return value === undefined ? undefined : { value, details: {} };
  },
});
