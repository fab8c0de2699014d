// The civil-status database (electronic civil-status register): a `civil-status/BirthRegistration`
// for each person born since 2016-01-01, when the Law on Civil Status 60/2014/QH13 came into force
// and births began to be registered electronically with a personal identification number, and a
// `civil-status/DeathRegistration` for each person who died since then. A birth is registered at the
// People's Committee of a commune of the birth-registration province within 60 days (art. 15), a
// death within 15 days (art. 33) at the commune of the last residence. Parents and declarants are
// not written: extracts are made one person at a time.
import type { AdministrativeUnitRef, BirthRegistration, DeathRegistration } from "@ndcvn/schemas";
import { addDays, minDate, REORGANISATION_DATE } from "./dates.js";
import { personName } from "./name.js";
import { isBornBy } from "./people.js";
import { registeringCommune, residenceAddress, unitRef } from "./places.js";
import type { Random } from "./prng.js";
import type { ExtractContext, RecordType } from "./types.js";

/** The Law on Civil Status 60/2014/QH13 came into force; the electronic register starts here. */
export const ELECTRONIC_REGISTER_FROM = "2016-01-01";

interface RegistrationFacts {
  readonly registrationDate: string;
  readonly registrationNumber: string;
  readonly registerBook: string;
  readonly unit: AdministrativeUnitRef;
}

function registration(
  context: ExtractContext,
  random: Random,
  registrationDate: string,
  unit: AdministrativeUnitRef | undefined,
  fallback: string,
): RegistrationFacts {
  const year = registrationDate.slice(0, 4);
  return {
    registrationDate,
    registrationNumber: `${random.between(1, 999)}/${year}`,
    registerBook: `01/${year}`,
    unit: unit ?? unitRef(context.places, fallback, "commune", registrationDate),
  };
}

function authority(facts: RegistrationFacts): BirthRegistration["registeringAuthority"] {
  return {
    name: `Ủy ban nhân dân ${facts.unit.name ?? "xã"}`,
    level: "commune",
    unit: facts.unit,
  };
}

export const birthRegistration: RecordType<RegistrationFacts> = {
  schema: "https://schemas.ndcvn.org/civil-status/BirthRegistration/1.0.0",
  holds: (person, context) =>
    person.dateOfBirth >= ELECTRONIC_REGISTER_FROM && isBornBy(person, context.asOf),
  prepare(person, context, random) {
    const date = minDate(addDays(person.dateOfBirth, random.between(1, 60)), context.asOf);
    const unit = registeringCommune(
      context.places,
      person,
      person.birthRegistrationProvince,
      date,
      (codes) => (codes.length === 0 ? undefined : random.pick(codes)),
    );
    const fallback =
      date < REORGANISATION_DATE
        ? person.residence.legacy.communeCode
        : person.residence.communeCode;
    return {
      facts: registration(context, random, date, unit, fallback),
      address: undefined,
      phone: false,
      identifiers: ["personalId"],
      earliestUpdate: date,
    };
  },
  render(draft, facts) {
    const { person } = draft;
    const data: BirthRegistration = {
      registrationNumber: facts.registrationNumber,
      registerBook: facts.registerBook,
      registrationDate: facts.registrationDate,
      registeringAuthority: authority(facts),
      registrationKind: "registration",
      foreignElement: false,
      child: {
        name: personName(draft.name, "parts"),
        sex: person.sex,
        dateOfBirth: draft.dateOfBirth,
        ethnicity: { system: person.ethnicity.system, code: person.ethnicity.code },
        nationality: ["VN"],
        ...(draft.identifiers.has("personalId") ? { personalId: person.personalId } : {}),
      },
    };
    return data;
  },
};

export const deathRegistration: RecordType<RegistrationFacts & { readonly dateOfDeath: string }> = {
  schema: "https://schemas.ndcvn.org/civil-status/DeathRegistration/1.0.0",
  holds: (person, context) =>
    person.dateOfDeath !== undefined &&
    person.dateOfDeath >= ELECTRONIC_REGISTER_FROM &&
    person.dateOfDeath <= context.asOf,
  prepare(person, context, random) {
    const dateOfDeath = person.dateOfDeath ?? context.asOf;
    const date = minDate(addDays(dateOfDeath, random.between(1, 15)), context.asOf);
    const before = date < REORGANISATION_DATE;
    const code = before ? person.residence.legacy.communeCode : person.residence.communeCode;
    const identifiers = ["personalId"];
    if (person.legacyIdCard) identifiers.push("legacyIdCard");
    return {
      facts: {
        ...registration(
          context,
          random,
          date,
          unitRef(context.places, code, "commune", date),
          code,
        ),
        dateOfDeath,
      },
      address: before ? "legacy" : "current",
      phone: false,
      identifiers,
      legacyIdKey: "legacyIdCard",
      earliestUpdate: date,
    };
  },
  render(draft, facts, context) {
    const { person } = draft;
    const data: DeathRegistration = {
      registrationNumber: facts.registrationNumber,
      registerBook: facts.registerBook,
      registrationDate: facts.registrationDate,
      registeringAuthority: authority(facts),
      registrationKind: "registration",
      deceased: {
        name: personName(draft.name, "parts"),
        sex: person.sex,
        dateOfBirth: draft.dateOfBirth,
        nationality: ["VN"],
        ...(draft.address !== undefined
          ? { residence: residenceAddress(context.places, person, draft.address) }
          : {}),
        ...(draft.identifiers.has("personalId") ? { personalId: person.personalId } : {}),
        ...(person.legacyIdCard && draft.identifiers.has("legacyIdCard")
          ? { legacyIdCard: person.legacyIdCard.number }
          : {}),
      },
      dateOfDeath: facts.dateOfDeath,
    };
    return data;
  },
};
