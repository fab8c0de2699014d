// Health-insurance card code (mã thẻ BHYT), Decision 1351/QĐ-BHXH (2015): 15 characters = 2-letter
// beneficiary group + benefit level 1–5 + 2-digit pre-2025 province code + 10-digit social insurance
// number (FACTS §4, M). Since 2021-04-01 (Decision 1666/QĐ-BHXH) cards show only the 10-digit
// number, but the 15-character code survives in data exchange (health-facility field MA_THE_BHYT).
import { HEALTH_INSURANCE_GROUPS } from "../generated/health-insurance-groups.js";
import { LEGACY_PROVINCES } from "../generated/legacy-provinces.js";
import type { ParseOptions } from "../issue.js";
import { defineIdentifier } from "./define-identifier.js";

/** Benefit level → share of costs covered (FACTS §4, M); level 5 also covers care out of scope. */
const COVERAGE_PERCENT: Readonly<Record<string, number>> = {
  "1": 100,
  "2": 100,
  "3": 95,
  "4": 80,
  "5": 100,
};

export type HealthInsuranceCardDetails =
  | {
      readonly kind: "full-code";
      readonly beneficiaryGroup: { readonly code: string; readonly name: string };
      readonly benefitLevel: number;
      readonly coveragePercent: number;
      readonly province: { readonly code: string; readonly name: string };
      readonly socialInsuranceNumber: string;
    }
  | { readonly kind: "card-number"; readonly socialInsuranceNumber: string };

const groups: ReadonlyMap<string, string> = new Map(Object.entries(HEALTH_INSURANCE_GROUPS));
const provinces: ReadonlyMap<string, string> = new Map(Object.entries(LEGACY_PROVINCES));

/**
 * A health-insurance card: the 15-character code of data exchange, or the 10-digit number printed on
 * cards since 2021-04-01.
 *
 * @example
 * ```ts
 * import { healthInsuranceCard } from "@ndcvn/validators";
 * healthInsuranceCard.parse("DN4010123456789");
 * // details: { kind: "full-code", beneficiaryGroup: { code: "DN", … }, benefitLevel: 4, coveragePercent: 80,
 * //   province: { code: "01", name: "Hà Nội" }, socialInsuranceNumber: "0123456789" }
 * ```
 */
export const healthInsuranceCard = defineIdentifier<HealthInsuranceCardDetails, ParseOptions>({
  name: "healthInsuranceCard",
  messages: {
    invalid_health_insurance_card: {
      vi: "Mã thẻ bảo hiểm y tế phải gồm 15 ký tự (2 chữ cái, 1 chữ số mức hưởng, 2 chữ số mã tỉnh, 10 chữ số) hoặc 10 chữ số.",
      en: "A health-insurance card code has 15 characters (2 letters, a benefit-level digit, a 2-digit province code, 10 digits) or 10 digits.",
    },
    invalid_beneficiary_group: {
      vi: "Mã đối tượng tham gia {group} không có trong danh mục.",
      en: "Beneficiary group {group} is not in the code list.",
    },
    invalid_benefit_level: {
      vi: "Mức hưởng phải từ 1 đến 5.",
      en: "The benefit level must be from 1 to 5.",
    },
    invalid_province_code: {
      vi: "Mã tỉnh {province} không có trong danh mục trước năm 2025.",
      en: "Province code {province} is not in the pre-2025 code table.",
    },
  },
  parse(input, issues) {
    const value = input.replace(/[\s.-]/g, "").toUpperCase();
    if (/^[0-9]{10}$/.test(value))
      return { value, details: { kind: "card-number", socialInsuranceNumber: value } };
    const match = /^([A-Z]{2})([0-9])([0-9]{2})([0-9]{10})$/.exec(value);
    if (!match) {
      issues.error("invalid_health_insurance_card");
      return undefined;
    }
    const [, group = "", level = "", province = "", number = ""] = match;
    const groupName = groups.get(group);
    const provinceName = provinces.get(province);
    const coveragePercent = COVERAGE_PERCENT[level];
    if (groupName === undefined) issues.error("invalid_beneficiary_group", { group });
    if (coveragePercent === undefined) issues.error("invalid_benefit_level");
    if (provinceName === undefined) issues.error("invalid_province_code", { province });
    if (groupName === undefined || coveragePercent === undefined || provinceName === undefined)
      return undefined;
    return {
      value,
      details: {
        kind: "full-code",
        beneficiaryGroup: { code: group, name: groupName },
        benefitLevel: Number(level),
        coveragePercent,
        province: { code: province, name: provinceName },
        socialInsuranceNumber: number,
      },
    };
  },
});
