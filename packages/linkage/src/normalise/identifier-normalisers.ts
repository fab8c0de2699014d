// Identifier normalisers: each identifier in its canonical form as @ndcvn/validators parses it
// (separators and full-width digits removed, structure checked); an identifier that does not
// parse is missing, never compared as text.
import {
  legacyIdCard as legacyIdCardValidator,
  personalId as personalIdValidator,
  phoneNumber,
  socialInsuranceNumber as socialInsuranceNumberValidator,
} from "@ndcvn/validators";
import type { NormaliserDefinition } from "./normaliser.js";

type Parser = {
  parse(input: unknown): { ok: true; value: string } | { ok: false };
  isValid(input: unknown): boolean;
};

function isDigits(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

/**
 * The canonical form by the validator. `digitsOnly`: the validator accepts every string of exactly
 * that many ASCII digits as it is (no check digit, no structure), which answers the common case
 * without a parse; a differential test keeps this true.
 */
function canonical(
  validator: Parser,
  length: number,
  digitsOnly = false,
): (value: unknown) => string | undefined {
  return (value) => {
    if (typeof value !== "string") return undefined;
    // Already canonical and valid: the common case, answered without allocating.
    if (value.length === length && isDigits(value) && (digitsOnly || validator.isValid(value)))
      return value;
    const parsed = validator.parse(value);
    return parsed.ok ? parsed.value : undefined;
  };
}

export const personalId: NormaliserDefinition = {
  name: "personalId",
  summary: "The 12-digit personal identification number (Decree 137/2015/NĐ-CP art. 13).",
  accepts: "string",
  options: {},
  costly: false,
  create: () => canonical(personalIdValidator, 12),
};

export const legacyIdCard: NormaliserDefinition = {
  name: "legacyIdCard",
  summary: "The number of the people's identity card (CMND), 9 or 12 digits.",
  accepts: "string",
  options: {},
  costly: false,
  create: () => canonical(legacyIdCardValidator, 9, true),
};

export const socialInsuranceNumber: NormaliserDefinition = {
  name: "socialInsuranceNumber",
  summary:
    "The 10-digit social insurance number (also the number of a health-insurance card since 2021).",
  accepts: "string",
  options: {},
  costly: false,
  create: () => canonical(socialInsuranceNumberValidator, 10, true),
};

export const phone: NormaliserDefinition = {
  name: "phone",
  summary:
    "The telephone number in E.164 form; a pre-2018 11-digit mobile number becomes its current 10-digit number.",
  accepts: "string",
  options: {},
  costly: true,
  create: () => (value) => {
    if (typeof value !== "string") return undefined;
    const parsed = phoneNumber.parse(value);
    return parsed.ok ? parsed.value : undefined;
  },
};
