// A person's profile in the human data warehouse, compiled from a synthetic person: each attribute
// with the national database it comes from, when that database last changed it and whether it was
// verified — the provenance the warehouse must show for data compiled from many sources.
import type { PersonProfile } from "@ndcvn/client";
import type { Address, AdministrativeUnitRef } from "@ndcvn/schemas";
import { lookupAdministrativeUnit, REORGANISATION_DATE } from "@ndcvn/schemas/admin-units";
import type { SyntheticPerson } from "@ndcvn/synth";
import { randomFor } from "../support/random.js";
import { instantOf, vietnamTime } from "../support/time.js";

/** Individuals use the personal ID as tax code from this date (Circular 86/2024/TT-BTC). */
const PERSONAL_ID_TAX_CODE_FROM = "2025-07-01";
/** The last day of the three-level administration. */
const LAST_THREE_LEVEL_DAY = "2025-06-30";

function unitRef(
  code: string,
  level: AdministrativeUnitRef["level"],
  asOf: string,
): AdministrativeUnitRef {
  const unit = lookupAdministrativeUnit(code, { at: asOf });
  return unit && unit.level === level
    ? { code, level, asOf, name: unit.fullName }
    : { code, level, asOf };
}

/** The person's residence in the current two-level form (Resolution 202/2025/QH15). */
export function currentAddress(person: SyntheticPerson): Address {
  const { residence } = person;
  // Codes of the two-level list are read no earlier than the day it came into force.
  const asOf = [residence.since, REORGANISATION_DATE].sort()[1] as string;
  return {
    form: "two-level",
    line: residence.line,
    commune: unitRef(residence.communeCode, "commune", asOf),
    province: unitRef(residence.provinceCode, "province", asOf),
    country: "VN",
  };
}

/** The same place in the pre-2025 three-level form. */
export function legacyAddress(person: SyntheticPerson): Address {
  const { residence } = person;
  const asOf = residence.since < REORGANISATION_DATE ? residence.since : LAST_THREE_LEVEL_DAY;
  return {
    form: "three-level",
    line: residence.line,
    commune: unitRef(residence.legacy.communeCode, "commune", asOf),
    district: unitRef(residence.legacy.districtCode, "district", asOf),
    province: unitRef(residence.legacy.provinceCode, "province", asOf),
    country: "VN",
  };
}

/** Whether the person is a taxpayer: employed, or registered for a tax code of their own. */
export function isTaxpayer(person: SyntheticPerson): boolean {
  return person.legacyTaxCode !== undefined || person.employment.length > 0;
}

/** The person's tax code as the tax database holds it on a date. */
export function taxCodeOf(person: SyntheticPerson, asOf: string): string | undefined {
  if (!isTaxpayer(person)) return undefined;
  return asOf >= PERSONAL_ID_TAX_CODE_FROM
    ? person.personalId
    : (person.legacyTaxCode ?? person.personalId);
}

/** Whether the person had died by the date. */
export function isDeadAt(person: SyntheticPerson, asOf: string): boolean {
  return person.dateOfDeath !== undefined && person.dateOfDeath <= asOf;
}

/**
 * The profile of a person, every attribute the warehouse holds, as of a date. Update times are
 * drawn per person and source database (seeded), within the half year before `asOf`.
 */
export function buildProfile(person: SyntheticPerson, asOf: string, seed: number): PersonProfile {
  const end = instantOf(`${asOf}T00:00:00+07:00`);
  const updatedAt = (source: string): string => {
    const random = randomFor(`${seed}|profile|${person.id}|${source}`);
    return vietnamTime(end - random.between(3600, 180 * 86400) * 1000);
  };
  const from = (source: string, assurance: "verified" | "declared" = "verified") => ({
    source,
    updatedAt: updatedAt(source),
    assurance,
  });
  const { name } = person;
  const job = person.employment.findLast((period) => period.end === undefined || period.end > asOf);
  const taxCode = taxCodeOf(person, asOf);
  const address = currentAddress(person);
  const dead = isDeadAt(person, asOf);
  return {
    personalId: person.personalId,
    name: {
      value: {
        fullName: name.fullName,
        familyName: name.familyName,
        ...(name.middleName !== undefined ? { middleName: name.middleName } : {}),
        givenName: name.givenName,
      },
      ...from("population"),
    },
    dateOfBirth: { value: person.dateOfBirth, ...from("population") },
    sex: { value: person.sex, ...from("population") },
    ethnicity: {
      value: { system: person.ethnicity.system, code: person.ethnicity.code },
      ...from("population"),
    },
    nationality: { value: "VN", ...from("population") },
    permanentResidence: { value: address, ...from("residence") },
    currentResidence: { value: address, ...from("residence") },
    ...(person.phone
      ? { phoneNumbers: [{ value: person.phone.current, ...from("population", "declared") }] }
      : {}),
    ...(person.legacyIdCard
      ? { legacyIdCard: { value: person.legacyIdCard.number, ...from("identification") } }
      : {}),
    ...(person.socialInsuranceNumber
      ? { socialInsuranceNumber: { value: person.socialInsuranceNumber, ...from("insurance") } }
      : {}),
    ...(person.healthInsurance
      ? { healthInsuranceCard: { value: person.healthInsurance.cardCode, ...from("insurance") } }
      : {}),
    ...(taxCode !== undefined ? { taxCode: { value: taxCode, ...from("tax") } } : {}),
    educationLevel: { value: person.education, ...from("education", "declared") },
    ...(job
      ? {
          occupation: {
            value: { employerName: job.employerName, employerTaxCode: job.employerTaxCode },
            ...from("employment"),
          },
        }
      : {}),
    maritalStatus: { value: person.maritalStatus, ...from("civil-status") },
    deathStatus: {
      value:
        dead && person.dateOfDeath !== undefined
          ? { status: "deceased", date: person.dateOfDeath }
          : { status: "living" },
      ...from("civil-status"),
    },
  };
}
