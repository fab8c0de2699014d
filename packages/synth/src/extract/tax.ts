// The tax database: a `tax/Taxpayer` record for each person with income — a job (the employer
// registers employees for personal income tax) or a tax code of their own from before 2025. Since
// 2025-07-01 an individual's tax code is the personal identification number (Circular
// 86/2024/TT-BTC); the 10-digit code registered before stays as `legacyTaxCode`. The dead are
// closed taxpayers.
import type { Taxpayer } from "@ndcvn/schemas";
import { addDays, minDate, REORGANISATION_DATE } from "./dates.js";
import { personName } from "./name.js";
import { firstEmployment, isAliveAt, isBornBy } from "./people.js";
import { residenceAddress, unitNameInText } from "./places.js";
import type { RecordType } from "./types.js";

/** Individuals use the personal ID as tax code from this date (Circular 86/2024/TT-BTC). */
const PERSONAL_ID_TAX_CODE_FROM = "2025-07-01";

interface TaxpayerFacts {
  readonly registeredOn: string;
  readonly closedOn: string | undefined;
  readonly office: string | undefined;
}

export const taxpayer: RecordType<TaxpayerFacts> = {
  schema: "https://schemas.ndcvn.org/tax/Taxpayer/1.0.0",
  holds: (person, context) =>
    isBornBy(person, context.asOf) &&
    (person.legacyTaxCode !== undefined || firstEmployment(person, context.asOf) !== undefined),
  prepare(person, context, random) {
    const job = firstEmployment(person, context.asOf);
    const registeredOn = minDate(
      job?.start ?? addDays(person.dateOfBirth, 18 * 365 + random.int(3650)),
      context.asOf,
    );
    const closedOn =
      !isAliveAt(person, context.asOf) && person.dateOfDeath !== undefined
        ? person.dateOfDeath
        : undefined;
    // The tax office of the residence's province: "Thuế <province>" since the 2025 reorganisation
    // of the tax administration, "Cục Thuế <province>" before.
    const current = context.asOf >= REORGANISATION_DATE;
    const province = current
      ? context.places.unit(person.residence.provinceCode, context.asOf)
      : context.places.unit(person.residence.legacy.provinceCode, context.asOf);
    const identifiers = ["personalId"];
    if (person.legacyTaxCode !== undefined) identifiers.push("legacyTaxCode");
    return {
      facts: {
        registeredOn,
        closedOn,
        office: province && `${current ? "Thuế" : "Cục Thuế"} ${unitNameInText(province.fullName)}`,
      },
      address: "current",
      phone: false,
      identifiers,
      earliestUpdate: registeredOn,
    };
  },
  render(draft, facts, context) {
    const { person } = draft;
    const taxCode =
      draft.recordDate >= PERSONAL_ID_TAX_CODE_FROM
        ? person.personalId
        : (person.legacyTaxCode ?? person.personalId);
    const data: Taxpayer = {
      taxCode,
      ...(person.legacyTaxCode !== undefined && draft.identifiers.has("legacyTaxCode")
        ? { legacyTaxCode: person.legacyTaxCode }
        : {}),
      ...(draft.identifiers.has("personalId") ? { personalId: person.personalId } : {}),
      fullName: personName(draft.name, "full"),
      dateOfBirth: draft.dateOfBirth,
      ...(draft.address !== undefined
        ? { address: residenceAddress(context.places, person, draft.address) }
        : {}),
      registeredOn: facts.registeredOn,
      ...(facts.office !== undefined ? { taxOffice: { name: facts.office } } : {}),
      status: facts.closedOn === undefined ? "active" : "closed",
      ...(facts.closedOn !== undefined ? { closedOn: facts.closedOn } : {}),
    };
    return data;
  },
};
