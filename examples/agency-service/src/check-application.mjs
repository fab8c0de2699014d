// The checks an agency makes on an application before it calls the NDC: the applicant's personal ID
// is well formed and agrees with the date of birth and sex given, the phone number is a Vietnamese
// number. Every issue keeps the validators' stable code and message; none repeats a value.
import { checkPersonalIdConsistency, personalId, phoneNumber } from "@ndcvn/validators";

/**
 * @typedef {{ path: string, code: string, message: string }} ApplicationIssue
 * @typedef {{ personalId: string, fullName: string, dateOfBirth: string, sex: string, phone?: string }} Applicant
 */

const MESSAGES = {
  not_an_object: {
    vi: "Hồ sơ phải là một đối tượng JSON.",
    en: "The application must be a JSON object.",
  },
  required: { vi: "Thiếu trường bắt buộc.", en: "A required field is missing." },
};

/**
 * Check the applicant of an application.
 * @param {unknown} body the parsed JSON body
 * @param {"vi" | "en"} locale
 * @returns {{ ok: true, applicant: Applicant } | { ok: false, issues: ApplicationIssue[] }}
 */
export function checkApplication(body, locale) {
  const applicant = typeof body === "object" && body !== null ? body.applicant : undefined;
  if (typeof applicant !== "object" || applicant === null) {
    return {
      ok: false,
      issues: [
        { path: "/applicant", code: "not_an_object", message: MESSAGES.not_an_object[locale] },
      ],
    };
  }
  /** @type {ApplicationIssue[]} */
  const issues = [];
  for (const field of ["personalId", "fullName", "dateOfBirth", "sex"]) {
    if (typeof applicant[field] !== "string" || applicant[field].trim() === "") {
      issues.push({
        path: `/applicant/${field}`,
        code: "required",
        message: MESSAGES.required[locale],
      });
    }
  }
  const id = personalId.parse(applicant.personalId ?? "", { locale });
  if (applicant.personalId !== undefined) {
    for (const issue of id.issues.filter((found) => found.severity === "error")) {
      issues.push({ path: "/applicant/personalId", code: issue.code, message: issue.message });
    }
  }
  if (id.ok) {
    const consistency = checkPersonalIdConsistency(
      id.value,
      {
        dateOfBirth: applicant.dateOfBirth,
        sex: applicant.sex,
      },
      { locale },
    );
    for (const issue of consistency.issues) {
      issues.push({ path: "/applicant/personalId", code: issue.code, message: issue.message });
    }
  }
  if (applicant.phone !== undefined) {
    const phone = phoneNumber.parse(applicant.phone, { locale });
    for (const issue of phone.issues.filter((found) => found.severity === "error")) {
      issues.push({ path: "/applicant/phone", code: issue.code, message: issue.message });
    }
  }
  if (issues.length > 0 || !id.ok) return { ok: false, issues };
  return { ok: true, applicant: { ...applicant, personalId: id.value } };
}
