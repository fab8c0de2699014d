// Personal identification number (số định danh cá nhân), 12 digits `PPP G YY RRRRRR`.
// Structure: Decree 137/2015/NĐ-CP art. 13, kept by Law on Identification 26/2023/QH15 art. 12 and
// Decree 70/2024/NĐ-CP. Province codes: Circular 07/2016/TT-BCA appendix 1, replaced by Circular
// 59/2021/TT-BCA — the statistics office's pre-2025 province code with a leading 0; numbers are for
// life, so the 63 pre-2025 codes stay valid after the 2025 mergers. There is no check digit.
import { LEGACY_PROVINCES } from "../generated/legacy-provinces.js";
import type { ParseOptions } from "../issue.js";
import { defineIdentifier } from "./define-identifier.js";
import { fixedLengthDigits } from "./digits.js";

export type Sex = "male" | "female";

/** What a personal identification number tells. */
export interface PersonalIdDetails {
  /** Where the birth was registered (pre-2025 province; `name` absent for a code not in the table). */
  readonly birthRegistrationProvince: { readonly code: string; readonly name?: string };
  readonly sex: Sex;
  /** Full year of birth, from the century digit and the two year digits. */
  readonly birthYear: number;
  /** First year of the century the sex/century digit encodes (1900, 2000, … 2300). */
  readonly century: number;
}

export interface PersonalIdOptions extends ParseOptions {
  /** The date against which a birth year in the future is reported. @default now */
  readonly at?: Date;
}

// `PPP` is the 2-digit pre-2025 province code with a leading 0.
const provinceNames: ReadonlyMap<string, string> = new Map(
  Object.entries(LEGACY_PROVINCES).map(([code, name]) => [`0${code}`, name]),
);

// For the quick check: 1 for a known province, 2 for an unassigned domestic code (000–099).
const PROVINCE_KIND = new Uint8Array(1000);
for (let code = 0; code < 100; code++) PROVINCE_KIND[code] = 2;
for (const code of provinceNames.keys()) PROVINCE_KIND[Number(code)] = 1;

/** Whether a canonical 12-digit number is valid, without allocating; undefined if not canonical. */
export function quickCheckPersonalId(input: string): boolean | undefined {
  if (input.length !== 12) return undefined;
  let province = 0;
  for (let i = 0; i < 12; i++) {
    const digit = input.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return undefined;
    if (i < 3) province = province * 10 + digit;
  }
  return PROVINCE_KIND[province] !== 2;
}

/** Decree 137/2015/NĐ-CP art. 13(2): century and sex digit. 0/1: 1900s male/female, 2/3: 2000s, … 8/9: 2300s. */
export function centuryAndSex(digit: number): { century: number; sex: Sex } {
  return { century: 1900 + Math.floor(digit / 2) * 100, sex: digit % 2 === 0 ? "male" : "female" };
}

/**
 * The 12-digit personal identification number on the chip identity card.
 *
 * Province codes 000–099 that are not among the 63 pre-2025 provinces are errors
 * (`invalid_province_code`). Other codes may be births registered abroad, whose country-code table
 * was not published: they are accepted with the warning `unknown_province_code`. A birth year after
 * today is accepted with the warning `birth_year_in_future`.
 *
 * @example
 * ```ts
 * import { personalId } from "@ndcvn/validators";
 * personalId.parse(" 001 099 012345 ");
 * // { ok: true, value: "001099012345", details: { birthRegistrationProvince: { code: "001", name: "Hà Nội" },
 * //   sex: "male", birthYear: 1999, century: 1900 }, issues: [] }
 * personalId.isValid("001099012345"); // true
 * ```
 */
export const personalId = defineIdentifier<PersonalIdDetails, PersonalIdOptions>({
  name: "personalId",
  messages: {
    invalid_province_code: {
      vi: "Mã tỉnh nơi đăng ký khai sinh {province} không có trong danh mục.",
      en: "The birth-registration province code {province} is not in the code table.",
    },
    unknown_province_code: {
      vi: "Mã {province} không phải mã tỉnh trong nước; có thể là mã nơi đăng ký khai sinh ở nước ngoài, chưa kiểm tra được.",
      en: "Code {province} is not a Vietnamese province; it may be a birth registered abroad, which cannot be checked.",
    },
    birth_year_in_future: {
      vi: "Năm sinh {year} suy ra từ số định danh ở sau thời điểm hiện tại.",
      en: "The birth year {year} encoded in the number is in the future.",
    },
  },
  quickCheck: quickCheckPersonalId,
  parse(input, issues, options) {
    const value = fixedLengthDigits(input, 12, issues);
    if (value === undefined) return undefined;
    const province = value.slice(0, 3);
    const name = provinceNames.get(province);
    if (name === undefined) {
      if (Number(province) <= 99) issues.error("invalid_province_code", { province });
      else issues.warn("unknown_province_code", { province });
    }
    const { century, sex } = centuryAndSex(value.charCodeAt(3) - 48);
    const birthYear = century + Number(value.slice(4, 6));
    const now =
      options.at instanceof Date && !Number.isNaN(options.at.getTime()) ? options.at : new Date();
    if (birthYear > now.getUTCFullYear()) issues.warn("birth_year_in_future", { year: birthYear });
    return {
      value,
      details: {
        birthRegistrationProvince:
          name === undefined ? { code: province } : { code: province, name },
        sex,
        birthYear,
        century,
      },
    };
  },
});
