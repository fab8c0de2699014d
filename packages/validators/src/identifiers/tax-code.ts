// Tax code (mã số thuế). 10 digits N1…N10 with check digit N10 for an organisation, household
// business or individual (Circular 105/2020/TT-BTC art. 5, replaced by Circular 86/2024/TT-BTC and
// Circular 90/2026/TT-BTC); a dependent unit adds `-` and 3 digits 001–999. From 2025-07-01 an
// individual's, dependant's or household business's tax code is their 12-digit personal
// identification number (Circular 86/2024/TT-BTC).
import type { ParseOptions } from "../issue.js";
import { defineIdentifier } from "./define-identifier.js";
import { compactDigits, isDigits } from "./digits.js";
import { type PersonalIdDetails, personalId, quickCheckPersonalId } from "./personal-id.js";

/** What a tax code tells. */
export type TaxCodeDetails =
  /** A 10-digit tax code: an organisation, or a household business or individual registered before 2025-07-01. */
  | { readonly kind: "main" }
  /** A dependent unit (branch, representative office, business location) of `parent`. */
  | { readonly kind: "branch"; readonly parent: string; readonly branch: string }
  /** An individual's personal identification number used as tax code (from 2025-07-01). */
  | { readonly kind: "personal-id"; readonly personalId: PersonalIdDetails };

// The check-digit rule is not in a legal text but is the one every implementation uses (FACTS §3, M).
const WEIGHTS = [31, 29, 23, 19, 17, 13, 7, 5, 3] as const;

/** The check digit of the first nine digits, or undefined when S mod 11 = 0 (such a number is never issued). */
export function taxCodeCheckDigit(firstNine: string): number | undefined {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += (firstNine.charCodeAt(i) - 48) * (WEIGHTS[i] as number);
  const remainder = sum % 11;
  if (remainder === 0) return undefined;
  return (10 - remainder) % 10;
}

/** Whether a canonical tax code is valid, without allocating; undefined if not canonical. */
function quickCheckTaxCode(input: string): boolean | undefined {
  const length = input.length;
  if (length === 12) return quickCheckPersonalId(input);
  if (length !== 10 && !(length === 14 && input.charCodeAt(10) === 45)) return undefined;
  let sum = 0;
  let serial = 0;
  for (let i = 0; i < 10; i++) {
    const digit = input.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return undefined;
    if (i < 9) sum += digit * (WEIGHTS[i] as number);
    if (i >= 2 && i < 9) serial += digit;
  }
  const remainder = sum % 11;
  const valid =
    serial !== 0 && remainder !== 0 && (10 - remainder) % 10 === input.charCodeAt(9) - 48;
  if (length === 10) return valid;
  let branch = 0;
  for (let i = 11; i < 14; i++) {
    const digit = input.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return undefined;
    branch = branch * 10 + digit;
  }
  return valid && branch !== 0;
}

/**
 * A tax code: 10 digits with check digit, a branch (`0314409058-002`), or a personal
 * identification number used as an individual's tax code. `details.kind` says which.
 *
 * @example
 * ```ts
 * import { taxCode } from "@ndcvn/validators";
 * taxCode.parse("0314409058-002"); // { ok: true, value: "0314409058-002", details: { kind: "branch", parent: "0314409058", branch: "002" }, issues: [] }
 * taxCode.isValid("0100233480"); // false: check digit
 * ```
 */
export const taxCode = defineIdentifier<TaxCodeDetails, ParseOptions>({
  name: "taxCode",
  messages: {
    invalid_check_digit: {
      vi: "Chữ số kiểm tra của mã số thuế không đúng.",
      en: "The check digit of the tax code is wrong.",
    },
    invalid_serial: {
      vi: "Các chữ số thứ 3 đến thứ 9 của mã số thuế không được đều bằng 0.",
      en: "Digits 3 to 9 of a tax code cannot all be zero.",
    },
    invalid_branch: {
      vi: "Số thứ tự đơn vị phụ thuộc phải từ 001 đến 999.",
      en: "The dependent-unit number must be from 001 to 999.",
    },
    invalid_tax_code_length: {
      vi: "Mã số thuế phải có 10 chữ số, 10 chữ số kèm 3 chữ số đơn vị phụ thuộc, hoặc là số định danh cá nhân 12 chữ số; nhận được {actual} chữ số.",
      en: "A tax code has 10 digits, 10 digits plus a 3-digit dependent-unit number, or is a 12-digit personal identification number; found {actual} digits.",
    },
    invalid_personal_id: {
      vi: "Mã số thuế 12 chữ số phải là một số định danh cá nhân hợp lệ.",
      en: "A 12-digit tax code must be a valid personal identification number.",
    },
  },
  quickCheck: quickCheckTaxCode,
  parse(input, issues, options) {
    const trimmed = input.trim();
    // The hyphen is significant for a branch; other separators are not.
    const hyphenAt = trimmed.lastIndexOf("-");
    const digits = compactDigits(trimmed);
    if (!isDigits(digits)) {
      issues.error("invalid_characters", {
        allowed: "chữ số và dấu gạch ngang",
        allowedEn: "digits and a hyphen",
      });
      return undefined;
    }
    if (digits.length === 12 && hyphenAt === -1) {
      const id = personalId.parse(digits, options);
      if (!id.ok) {
        issues.error("invalid_personal_id");
        return undefined;
      }
      return { value: id.value, details: { kind: "personal-id", personalId: id.details } };
    }
    if (digits.length !== 10 && digits.length !== 13) {
      issues.error("invalid_tax_code_length", { actual: digits.length });
      return undefined;
    }
    const main = digits.slice(0, 10);
    if (/^0{7}$/.test(main.slice(2, 9))) issues.error("invalid_serial");
    const check = taxCodeCheckDigit(main);
    if (check === undefined || check !== main.charCodeAt(9) - 48)
      issues.error("invalid_check_digit");
    if (digits.length === 10) return { value: main, details: { kind: "main" } };
    const branch = digits.slice(10);
    if (branch === "000") issues.error("invalid_branch");
    return { value: `${main}-${branch}`, details: { kind: "branch", parent: main, branch } };
  },
});
