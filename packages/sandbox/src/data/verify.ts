// Verification of claims against the warehouse, by the contract's comparison rules: names after
// Vietnamese normalisation (NFC, spacing, letter case, one tone-mark placement; diacritics count),
// partial dates at the precision of the claim, addresses by administrative-unit codes in the
// claim's form (the pre-2025 three-level codes of the same place) and the normalised street line,
// identifiers in canonical form. No data goes back: only match, mismatch or unavailable.
import type { VerificationOutcome, VerifyClaims } from "@ndcvn/client";
import type { Address, PersonName } from "@ndcvn/schemas";
import type { SyntheticPerson } from "@ndcvn/synth";
import { normalizeVietnamese } from "@ndcvn/validators";
import { isTaxpayer, taxCodeOf } from "./profile.js";

/** The 2008 code of each 1979 ethnic-group code that has one (`equivalent2008`). */
export type EthnicCrosswalk = ReadonlyMap<string, string>;

const outcome = (same: boolean): VerificationOutcome => (same ? "match" : "mismatch");

function sameText(a: string, b: string): boolean {
  return normalizeVietnamese(a, { case: "lower" }) === normalizeVietnamese(b, { case: "lower" });
}

function verifyName(claim: PersonName, person: SyntheticPerson): VerificationOutcome {
  const name = person.name;
  if (!sameText(claim.fullName, name.fullName)) return "mismatch";
  const parts = [
    [claim.familyName, name.familyName],
    [claim.middleName, name.middleName],
    [claim.givenName, name.givenName],
  ] as const;
  for (const [claimed, held] of parts) {
    if (claimed === undefined) continue;
    if (held === undefined || !sameText(claimed, held)) return "mismatch";
  }
  return "match";
}

function verifyDate(claim: string, held: string | undefined): VerificationOutcome {
  if (held === undefined || held.length < claim.length) return "unavailable";
  return outcome(held.slice(0, claim.length) === claim);
}

function verifyAddress(claim: Address, person: SyntheticPerson): VerificationOutcome {
  if (claim.country !== "VN") return "mismatch";
  const { residence } = person;
  const held =
    claim.form === "three-level"
      ? {
          province: residence.legacy.provinceCode,
          district: residence.legacy.districtCode,
          commune: residence.legacy.communeCode,
        }
      : { province: residence.provinceCode, district: undefined, commune: residence.communeCode };
  if (claim.province && claim.province.code !== held.province) return "mismatch";
  if (claim.district && claim.district.code !== held.district) return "mismatch";
  if (claim.commune && claim.commune.code !== held.commune) return "mismatch";
  if (claim.line !== undefined && !sameText(claim.line, residence.line)) return "mismatch";
  return "match";
}

function verifyIdentifier(claim: string, held: string | undefined): VerificationOutcome {
  if (held === undefined) return "unavailable";
  return outcome(claim.toUpperCase() === held.toUpperCase());
}

/**
 * The outcome of each claim about a person, as of a date: one entry per claimed field, in the
 * order of the claims.
 */
export function verifyClaims(
  claims: VerifyClaims,
  person: SyntheticPerson,
  asOf: string,
  ethnicCrosswalk: EthnicCrosswalk,
): Record<string, VerificationOutcome> {
  const results: Record<string, VerificationOutcome> = {};
  for (const field of Object.keys(claims) as (keyof VerifyClaims)[]) {
    switch (field) {
      case "name":
        if (claims.name) results.name = verifyName(claims.name, person);
        break;
      case "dateOfBirth":
        if (claims.dateOfBirth)
          results.dateOfBirth = verifyDate(claims.dateOfBirth, person.dateOfBirth);
        break;
      case "sex":
        results.sex = outcome(claims.sex === person.sex);
        break;
      case "ethnicity": {
        const claim = claims.ethnicity;
        if (!claim) break;
        const code =
          claim.system === person.ethnicity.system ? claim.code : ethnicCrosswalk.get(claim.code);
        results.ethnicity =
          code === undefined ? "unavailable" : outcome(code === person.ethnicity.code);
        break;
      }
      case "nationality":
        results.nationality = outcome(claims.nationality === "VN");
        break;
      case "permanentResidence":
      case "currentResidence": {
        const claim = claims[field];
        if (claim) results[field] = verifyAddress(claim, person);
        break;
      }
      case "legacyIdCard":
        if (claims.legacyIdCard)
          results.legacyIdCard = verifyIdentifier(claims.legacyIdCard, person.legacyIdCard?.number);
        break;
      case "socialInsuranceNumber":
        if (claims.socialInsuranceNumber)
          results.socialInsuranceNumber = verifyIdentifier(
            claims.socialInsuranceNumber,
            person.socialInsuranceNumber,
          );
        break;
      case "healthInsuranceCard":
        if (claims.healthInsuranceCard)
          results.healthInsuranceCard = verifyIdentifier(
            claims.healthInsuranceCard,
            person.healthInsurance?.cardCode,
          );
        break;
      case "taxCode": {
        const claim = claims.taxCode;
        if (!claim) break;
        // The 10-digit code registered before 2025-07-01 still names the same taxpayer.
        results.taxCode = !isTaxpayer(person)
          ? "unavailable"
          : outcome(claim === taxCodeOf(person, asOf) || claim === person.legacyTaxCode);
        break;
      }
    }
  }
  return results;
}
