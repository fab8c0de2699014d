// The health database: a `health/HealthRecordSummary` (the electronic health book) for each living
// person with a health-insurance card, managed by the health station of the residence's commune.
// The personal ID is the required key of these records, so it is never missing (the card number
// is the optional identifier).
import type { HealthRecordSummary } from "@ndcvn/schemas";
import { addDays, dayNumber, maxDate, REORGANISATION_DATE } from "./dates.js";
import { personName } from "./name.js";
import { isAliveAt, isBornBy } from "./people.js";
import { unitNameInText } from "./places.js";
import type { RecordType } from "./types.js";

interface SummaryFacts {
  readonly facility: { readonly code: string; readonly name: string };
  readonly lastEncounterDate: string;
}

export const healthRecordSummary: RecordType<SummaryFacts> = {
  schema: "https://schemas.ndcvn.org/health/HealthRecordSummary/1.0.0",
  holds: (person, context) =>
    isBornBy(person, context.asOf) &&
    isAliveAt(person, context.asOf) &&
    person.healthInsurance !== undefined,
  prepare(person, context, random) {
    const current = context.asOf >= REORGANISATION_DATE;
    const commune = context.places.unit(
      current ? person.residence.communeCode : person.residence.legacy.communeCode,
      context.asOf,
    );
    const province = person.healthInsurance?.provinceCode ?? person.residence.legacy.provinceCode;
    // The last visit: up to six years before the extract (many people rarely see a doctor).
    const span = Math.max(
      0,
      Math.min(6 * 365, dayNumber(context.asOf) - dayNumber(person.dateOfBirth)),
    );
    const lastEncounterDate = maxDate(
      addDays(context.asOf, -random.int(span + 1)),
      person.dateOfBirth,
    );
    return {
      facts: {
        facility: {
          code: `${province}${random.digits(3)}`,
          name: `Trạm Y tế ${commune ? unitNameInText(commune.fullName) : "xã"}`,
        },
        lastEncounterDate,
      },
      address: undefined,
      phone: false,
      identifiers: ["healthInsuranceNumber"],
      earliestUpdate: lastEncounterDate,
    };
  },
  render(draft, facts) {
    const { person } = draft;
    const number = person.healthInsurance?.cardCode.slice(5);
    const data: HealthRecordSummary = {
      personalId: person.personalId,
      fullName: personName(draft.name, "full"),
      dateOfBirth: draft.dateOfBirth,
      sex: person.sex,
      ...(number !== undefined && draft.identifiers.has("healthInsuranceNumber")
        ? { healthInsuranceNumber: number }
        : {}),
      lastEncounterDate: facts.lastEncounterDate,
      managingFacility: { code: facts.facility.code, name: facts.facility.name },
    };
    return data;
  },
};
