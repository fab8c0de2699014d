// Driving licence number: 12 digits (FACTS §9, M/L). The internal structure is not verified in a
// legal text, so only length and digits are checked. Law on Road Traffic Order and Safety
// 36/2024/QH15 governs licences from 2025-01-01.
import type { ParseOptions } from "../issue.js";
import { defineIdentifier } from "./define-identifier.js";
import { fixedLengthDigits } from "./digits.js";

/**
 * The 12-digit number of a Vietnamese driving licence.
 *
 * @example
 * ```ts
 * import { drivingLicence } from "@ndcvn/validators";
 * drivingLicence.isValid("790123456789"); // true
 * ```
 */
export const drivingLicence = defineIdentifier<Record<string, never>, ParseOptions>({
  name: "drivingLicence",
  messages: {},
  parse(input, issues) {
    const value = fixedLengthDigits(input, 12, issues);
    return value === undefined ? undefined : { value, details: {} };
  },
});
