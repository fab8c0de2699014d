// The insurance database (Vietnam Social Security): a `insurance/SocialInsuranceParticipation`
// record of the latest employment of each person with a social insurance number and a job
// (compulsory participation through the employer), and a `insurance/HealthInsuranceCard` record for
// each person with a health-insurance card. The dead keep their records (the participation ended).
import type { HealthInsuranceCard, SocialInsuranceParticipation } from "@ndcvn/schemas";
import { maxDate, minDate } from "./dates.js";
import { personName } from "./name.js";
import { isAliveAt, isBornBy, lastEmployment } from "./people.js";
import { unitNameInText } from "./places.js";
import type { RecordType } from "./types.js";

interface ParticipationFacts {
  readonly start: string;
  readonly end: string | undefined;
  readonly employer: { readonly taxCode: string; readonly name: string };
  readonly salary: number;
}

export const socialInsuranceParticipation: RecordType<ParticipationFacts> = {
  schema: "https://schemas.ndcvn.org/insurance/SocialInsuranceParticipation/1.0.0",
  holds: (person, context) =>
    isBornBy(person, context.asOf) &&
    person.socialInsuranceNumber !== undefined &&
    lastEmployment(person, context.asOf) !== undefined,
  prepare(person, context) {
    const job = lastEmployment(person, context.asOf);
    if (!job) throw new Error("socialInsuranceParticipation: no employment");
    let end = job.end !== undefined && job.end <= context.asOf ? job.end : undefined;
    if (end === undefined && !isAliveAt(person, context.asOf) && person.dateOfDeath !== undefined)
      end = maxDate(person.dateOfDeath, job.start);
    return {
      facts: {
        start: job.start,
        end,
        employer: { taxCode: job.employerTaxCode, name: job.employerName },
        salary: Math.round(job.monthlySalary),
      },
      address: undefined,
      phone: false,
      identifiers: ["personalId"],
      earliestUpdate: job.start,
    };
  },
  render(draft, facts) {
    const { person } = draft;
    const data: SocialInsuranceParticipation = {
      socialInsuranceNumber: person.socialInsuranceNumber ?? "",
      ...(draft.identifiers.has("personalId") ? { personalId: person.personalId } : {}),
      fullName: personName(draft.name, "parts"),
      dateOfBirth: draft.dateOfBirth,
      participationType: "compulsory",
      employer: { ...facts.employer },
      period:
        facts.end === undefined ? { start: facts.start } : { start: facts.start, end: facts.end },
      salaryBase: { amount: facts.salary, currency: "VND" },
      // Law on Social Insurance 41/2024/QH15: employee 8 % (retirement and survivorship); employer
      // 14 % + 3 % (sickness, maternity) + 0.5 % (occupational accidents) = 17.5 %.
      contributionRates: { employeePercent: 8, employerPercent: 17.5 },
      status: facts.end === undefined ? "active" : "ended",
    };
    return data;
  },
};

interface CardFacts {
  readonly facilityCode: string;
  readonly facilityName: string | undefined;
}

export const healthInsuranceCard: RecordType<CardFacts> = {
  schema: "https://schemas.ndcvn.org/insurance/HealthInsuranceCard/1.0.0",
  holds: (person, context) =>
    isBornBy(person, context.asOf) &&
    person.healthInsurance !== undefined &&
    person.healthInsurance.validFrom <= context.asOf,
  prepare(person, context, random) {
    const card = person.healthInsurance;
    if (!card) throw new Error("healthInsuranceCard: no card");
    // The initial-care facility: a 5-digit code (card province + 3 digits), named after the
    // commune health station of the person's residence.
    const commune = context.places.unit(person.residence.communeCode, context.asOf);
    return {
      facts: {
        facilityCode: `${card.provinceCode}${random.digits(3)}`,
        facilityName: commune ? `Trạm Y tế ${unitNameInText(commune.fullName)}` : undefined,
      },
      address: undefined,
      phone: false,
      identifiers: ["cardCode", "personalId"],
      earliestUpdate: minDate(card.validFrom, context.asOf),
    };
  },
  render(draft, facts) {
    const { person } = draft;
    const card = person.healthInsurance;
    if (!card) throw new Error("healthInsuranceCard: no card");
    const data: HealthInsuranceCard = {
      cardNumber: card.cardCode.slice(5),
      ...(draft.identifiers.has("cardCode") ? { cardCode: card.cardCode } : {}),
      ...(draft.identifiers.has("personalId") ? { personalId: person.personalId } : {}),
      fullName: personName(draft.name, "full"),
      dateOfBirth: draft.dateOfBirth,
      sex: person.sex,
      beneficiaryGroup: card.group,
      benefitLevel: String(card.level),
      initialFacility:
        facts.facilityName === undefined
          ? { code: facts.facilityCode }
          : { code: facts.facilityCode, name: facts.facilityName },
      validity: { start: card.validFrom, end: card.validTo },
    };
    return data;
  },
};
