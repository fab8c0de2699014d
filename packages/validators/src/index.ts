export * from "./generated/zod/index.js";
export type { IdentifierValidator } from "./identifiers/define-identifier.js";
export { drivingLicence } from "./identifiers/driving-licence.js";
export {
  type HealthInsuranceCardDetails,
  healthInsuranceCard,
} from "./identifiers/health-insurance-card.js";
export { type LegacyIdCardDetails, legacyIdCard } from "./identifiers/legacy-id-card.js";
export { type LicensePlateDetails, licensePlate } from "./identifiers/license-plate.js";
export { type PassportNumberDetails, passportNumber } from "./identifiers/passport-number.js";
export {
  type PersonalIdDetails,
  type PersonalIdOptions,
  personalId,
  type Sex,
} from "./identifiers/personal-id.js";
export {
  checkPersonalIdConsistency,
  type PersonalIdFacts,
} from "./identifiers/personal-id-consistency.js";
export { type PhoneNumberDetails, phoneNumber } from "./identifiers/phone-number.js";
export { socialInsuranceNumber } from "./identifiers/social-insurance-number.js";
export { type TaxCodeDetails, taxCode } from "./identifiers/tax-code.js";
export type {
  Issue,
  Locale,
  MessageTable,
  MessageTemplates,
  ParseOptions,
  ParseResult,
} from "./issue.js";
export type { ConsistencyRule } from "./payload/consistency.js";
export {
  createValidator,
  type PayloadOf,
  resolveSchemaId,
  type SchemaId,
  UnknownSchemaError,
  validate,
} from "./payload/create-validator.js";
export { FORMAT_CHECKS } from "./payload/formats.js";
export type {
  PayloadIssue,
  PayloadOptions,
  PayloadResult,
  PayloadValidator,
} from "./payload/payload-issue.js";
export { allPayloadMessages } from "./payload/payload-issues.js";
export * from "./quality/index.js";
export type { StandardSchemaV1 } from "./standard-schema.js";
export * from "./stream/index.js";
export { foldDiacritics } from "./text/fold-diacritics.js";
export {
  convertLegacyEncoding,
  type DetectedEncoding,
  detectLegacyEncoding,
  type EncodingDetection,
  type LegacyEncoding,
  type RepairOptions,
  type RepairResult,
  repairVietnameseText,
} from "./text/legacy-encoding.js";
export { type NameKeyOptions, nameKey } from "./text/name-key.js";
export { type NormalizeOptions, normalizeVietnamese } from "./text/normalize-vietnamese.js";
export { NORMALIZER_VERSION } from "./text/normalizer-version.js";
export { type PersonNameParts, parsePersonName } from "./text/person-name.js";
