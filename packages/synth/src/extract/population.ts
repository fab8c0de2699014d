// The population database (Cơ sở dữ liệu quốc gia về dân cư): one `population/Citizen` record for
// every person of the population, living or dead (the dead with `deathStatus`), as the database
// keeps citizens for life. The residence is both the permanent and the current residence; the
// mobile number is a contact; the old 9-digit ID card is `legacyIdCardNumber`.
import type { Citizen } from "@ndcvn/schemas";
import { LAST_THREE_LEVEL_DAY, minDate, REORGANISATION_DATE } from "./dates.js";
import { personName } from "./name.js";
import { residenceAddress, unitRef } from "./places.js";
import type { RecordType } from "./types.js";

/** The pre-2025 province of birth registration, or the one it went into for later births. */
function birthRegistrationPlace(
  places: Parameters<typeof unitRef>[0],
  code: string,
  dateOfBirth: string,
  successor: string | undefined,
): NonNullable<Citizen["birthRegistrationPlace"]> {
  if (dateOfBirth >= REORGANISATION_DATE && successor !== undefined) {
    return {
      form: "two-level",
      province: unitRef(places, successor, "province", dateOfBirth),
      country: "VN",
    };
  }
  return {
    form: "three-level",
    province: unitRef(places, code, "province", minDate(dateOfBirth, LAST_THREE_LEVEL_DAY)),
    country: "VN",
  };
}

export const citizen: RecordType<{ readonly provinceSuccessor: string | undefined }> = {
  schema: "https://schemas.ndcvn.org/population/Citizen/1.0.0",
  holds: () => true,
  prepare(person, context) {
    const identifiers: string[] = [];
    if (person.legacyIdCard) identifiers.push("legacyIdCardNumber");
    return {
      facts: { provinceSuccessor: context.places.successor(person.birthRegistrationProvince) },
      address: "current",
      phone: person.phone !== undefined,
      identifiers,
      earliestUpdate: person.dateOfBirth,
    };
  },
  render(draft, facts, context) {
    const { person } = draft;
    const address =
      draft.address === undefined
        ? undefined
        : residenceAddress(context.places, person, draft.address);
    const phone =
      draft.phone === "before2018"
        ? person.phone?.before2018
        : draft.phone === "current"
          ? person.phone?.current
          : undefined;
    const data: Citizen = {
      birthName: personName(draft.name, "parts"),
      personalId: person.personalId,
      dateOfBirth: draft.dateOfBirth,
      sex: person.sex,
      birthRegistrationPlace: birthRegistrationPlace(
        context.places,
        person.birthRegistrationProvince,
        person.dateOfBirth,
        facts.provinceSuccessor,
      ),
      ethnicity: { system: person.ethnicity.system, code: person.ethnicity.code },
      religion: person.religion,
      nationality: ["VN"],
      ...(person.legacyIdCard && draft.identifiers.has("legacyIdCardNumber")
        ? { legacyIdCardNumber: person.legacyIdCard.number }
        : {}),
      ...(address ? { permanentResidence: address, currentResidence: address } : {}),
      maritalStatus: person.maritalStatus,
      relationshipToHead: person.relationshipToHead,
      household: { householdId: person.householdId },
      ...(person.dateOfDeath !== undefined && person.dateOfDeath <= context.asOf
        ? { deathStatus: "dead" as const, deathStatusDate: person.dateOfDeath }
        : {}),
      ...(phone !== undefined
        ? { contacts: [{ system: "phone" as const, value: e164(phone), use: "mobile" as const }] }
        : {}),
    };
    return data;
  },
};

/** A Vietnamese number in E.164 form (`0…` national numbers get `+84`). */
export function e164(phone: string): string {
  const compact = phone.replace(/[\s.-]/g, "");
  if (compact.startsWith("+")) return compact;
  if (compact.startsWith("84")) return `+${compact}`;
  return `+84${compact.replace(/^0/, "")}`;
}
