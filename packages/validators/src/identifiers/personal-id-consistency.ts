// Cross-checks between a personal identification number and the record it sits in. The number has
// no check digit, so these are the checks that catch a wrong number (Decree 137/2015/NĐ-CP art. 13:
// the fourth digit encodes sex and century, the fifth and sixth the year of birth, the first three
// the province where the birth was registered).
import type { Issue, Locale, MessageTable } from "../issue.js";
import { renderMessage } from "../issue.js";
import { personalId } from "./personal-id.js";

export interface PersonalIdFacts {
  /** Date of birth: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  readonly dateOfBirth?: string;
  /** `male` or `female` (other codes are not checked). */
  readonly sex?: string;
  /** Pre-2025 2-digit code of the province where the birth was registered. */
  readonly birthRegistrationProvince?: string;
}

/** Issue codes of the consistency checks, with their messages. */
export const consistencyMessages = {
  personal_id_birth_year_mismatch: {
    vi: "Năm sinh trong số định danh cá nhân ({encoded}) khác năm sinh đã khai ({declared}).",
    en: "The birth year in the personal identification number ({encoded}) differs from the declared one ({declared}).",
  },
  personal_id_sex_mismatch: {
    vi: "Giới tính trong số định danh cá nhân khác giới tính đã khai.",
    en: "The sex encoded in the personal identification number differs from the declared sex.",
  },
  personal_id_province_mismatch: {
    vi: "Mã tỉnh trong số định danh cá nhân ({encoded}) khác nơi đăng ký khai sinh ({declared}).",
    en: "The province in the personal identification number ({encoded}) differs from the birth-registration province ({declared}).",
  },
} as const satisfies MessageTable;

type ConsistencyCode = keyof typeof consistencyMessages;

/**
 * Check a personal identification number against the date of birth, sex and birth-registration
 * province of the same record. Facts that are absent, or a number that does not parse, are not
 * checked (the number's own validity is `personalId`'s job). Never throws.
 *
 * @example
 * ```ts
 * import { checkPersonalIdConsistency } from "@ndcvn/validators";
 * checkPersonalIdConsistency("001099012345", { dateOfBirth: "1999-03-14", sex: "female" });
 * // { ok: false, issues: [{ code: "personal_id_sex_mismatch", … }] }
 * ```
 */
export function checkPersonalIdConsistency(
  id: unknown,
  facts: PersonalIdFacts,
  options: { readonly locale?: Locale } = {},
): { readonly ok: boolean; readonly issues: readonly Issue[] } {
  const locale: Locale = options?.locale === "en" ? "en" : "vi";
  const issues: Issue[] = [];
  const report = (code: ConsistencyCode, params?: Record<string, string | number>) =>
    issues.push({
      code,
      message: renderMessage(consistencyMessages[code], locale, params),
      path: [],
      severity: "error",
      ...(params ? { params } : {}),
    });
  const parsed = personalId.parse(id);
  if (!parsed.ok || typeof facts !== "object" || facts === null) return { ok: true, issues };
  const { dateOfBirth, sex, birthRegistrationProvince } = facts;
  if (typeof dateOfBirth === "string" && /^\d{4}/.test(dateOfBirth)) {
    const declared = Number(dateOfBirth.slice(0, 4));
    if (declared !== parsed.details.birthYear)
      report("personal_id_birth_year_mismatch", { encoded: parsed.details.birthYear, declared });
  }
  if ((sex === "male" || sex === "female") && sex !== parsed.details.sex)
    report("personal_id_sex_mismatch");
  if (typeof birthRegistrationProvince === "string" && /^\d{2}$/.test(birthRegistrationProvince)) {
    const encoded = parsed.details.birthRegistrationProvince.code;
    if (encoded !== `0${birthRegistrationProvince}`)
      report("personal_id_province_mismatch", { encoded, declared: birthRegistrationProvince });
  }
  return { ok: issues.length === 0, issues };
}
