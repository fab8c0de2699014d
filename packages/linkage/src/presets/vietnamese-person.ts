// presets.vietnamesePerson: a tuned default spec for linking Vietnamese person records. Strongest
// evidence first (identifiers), then full names with the date of birth and one more fact, then the
// faults of real records one at a time (middle name left out, family name written last, day and
// month swapped, year-only births). Every pass keeps the whole key unique on both sides, and the
// vetoes stop any pass from joining records with different personal IDs, social insurance numbers,
// sexes or birth years.
import type { FieldSpec, LinkageSpec, PassSpec, RecordPath } from "../spec/spec.js";

// Fields are read from plain records (`{ id, personalId, fullName, … }`), from RecordEnvelopes of
// the Sharing API (`{ recordId, data: { … } }`) and from synth's extracted records
// (`{ envelope: { recordId, data } }`), in that order.
const ROOTS = ["", "data.", "envelope.data."];

function under(...paths: RecordPath[]): RecordPath[] {
  return ROOTS.flatMap((root) => paths.map((path) => root + path));
}

// Person-name paths of the schema documents: Citizen.birthName, the fullName of most records (a
// PersonName object or, in plain records, a string), and the child or the deceased of civil-status
// registrations.
const NAME = under(
  "birthName.fullName",
  "fullName.fullName",
  "fullName",
  "name.fullName",
  "child.name.fullName",
  "deceased.name.fullName",
);
const BIRTH = under("dateOfBirth", "child.dateOfBirth", "deceased.dateOfBirth");

const fields: Record<string, FieldSpec> = {
  personalId: {
    from: under("personalId", "child.personalId", "deceased.personalId"),
    normalise: ["personalId"],
    description: "Personal identification number (12 digits).",
  },
  legacyIdCard: {
    from: under("legacyIdCardNumber", "legacyIdCard", "deceased.legacyIdCard"),
    normalise: ["legacyIdCard"],
    description: "Old people's identity card (CMND), 9 or 12 digits.",
  },
  socialInsuranceNumber: {
    // The number of a health-insurance card is the social insurance number since 2021-04-01
    // (Decision 1666/QĐ-BHXH); health records carry it as healthInsuranceNumber.
    from: under("socialInsuranceNumber", "cardNumber", "healthInsuranceNumber"),
    normalise: ["socialInsuranceNumber"],
    description: "Social insurance number (10 digits), also the number of a health-insurance card.",
  },
  name: {
    from: NAME,
    normalise: ["nameKey"],
    description: "Full name, diacritics folded, lower case.",
  },
  nameWithoutMiddle: {
    from: NAME,
    normalise: [{ name: "nameKey", dropMiddleName: true }],
    description: "Family and given name only.",
  },
  nameWords: {
    from: NAME,
    normalise: ["nameWords"],
    description: "The words of the full name in sorted order (family name written last).",
  },
  dateOfBirth: {
    from: BIRTH,
    normalise: ["date"],
    description: "Full date of birth; missing when only the year or month is known.",
  },
  dateOfBirthEitherOrder: {
    from: BIRTH,
    normalise: ["unorderedDayMonth"],
    description: "Date of birth with day and month in either order.",
  },
  birthYear: {
    from: BIRTH,
    normalise: ["year"],
    description: "Year of birth, from a full or year-only date.",
  },
  sex: {
    from: under("sex", "child.sex", "deceased.sex"),
    normalise: ["sex"],
  },
  birthProvince: {
    from: under("birthRegistrationPlace.province", "child.birthPlace.province"),
    normalise: [{ name: "adminUnit", level: "province" }],
    description: "Province of birth registration, migrated to the provinces since 2025-07-01.",
  },
  currentCommune: {
    from: under(
      "currentResidence.commune",
      "address.commune",
      "residence.commune",
      "deceased.residence.commune",
      "permanentResidence.commune",
    ),
    normalise: [{ name: "adminUnit", level: "commune" }],
    description: "Commune of current residence, migrated to the communes since 2025-07-01.",
  },
};

const passes: PassSpec[] = [
  { name: "personalId", key: ["personalId"], description: "The personal ID alone." },
  {
    name: "legacyIdCardBirthDate",
    key: ["legacyIdCard", "dateOfBirth"],
    description: "The old ID card number and the date of birth (CMND numbers were reissued).",
  },
  {
    name: "socialInsuranceBirthDate",
    key: ["socialInsuranceNumber", "dateOfBirth"],
    description: "The social insurance number and the date of birth.",
  },
  {
    name: "nameBirthDateSexBirthProvince",
    key: ["name", "dateOfBirth", "sex", "birthProvince"],
  },
  { name: "nameBirthDateCommune", key: ["name", "dateOfBirth", "currentCommune"] },
  // One field dropped at a time, for records without sex, birth province or address.
  { name: "nameBirthDateSex", key: ["name", "dateOfBirth", "sex"] },
  { name: "nameBirthDate", key: ["name", "dateOfBirth"] },
  // Identifiers with the name, for dates of birth written wrongly.
  { name: "legacyIdCardName", key: ["legacyIdCard", "name"] },
  { name: "socialInsuranceName", key: ["socialInsuranceNumber", "name"] },
  // The middle name left out on one side.
  {
    name: "nameWithoutMiddleBirthDateSex",
    key: ["nameWithoutMiddle", "dateOfBirth", "sex"],
    description: "Family and given name, date of birth and sex: a middle name left out.",
  },
  { name: "nameWithoutMiddleBirthDate", key: ["nameWithoutMiddle", "dateOfBirth"] },
  // The family name written last.
  { name: "nameWordsBirthDateSex", key: ["nameWords", "dateOfBirth", "sex"] },
  { name: "nameWordsBirthDate", key: ["nameWords", "dateOfBirth"] },
  // Day and month swapped.
  {
    name: "nameSwappedDayMonthSex",
    key: ["name", "dateOfBirthEitherOrder", "sex"],
    description: "Day and month of birth read in the other order.",
  },
  { name: "nameSwappedDayMonth", key: ["name", "dateOfBirthEitherOrder"] },
  // Year-only births: the year is weak, so more fields must agree, and two full dates must not
  // differ (veto birthDateDiffers).
  {
    name: "nameBirthYearSexBirthProvince",
    key: ["name", "birthYear", "sex", "birthProvince"],
    description: "Year of birth only: with sex and birth province.",
  },
  { name: "nameBirthYearSexCommune", key: ["name", "birthYear", "sex", "currentCommune"] },
  { name: "nameBirthYearSex", key: ["name", "birthYear", "sex"] },
];

const YEAR_ONLY_PASSES = passes
  .filter((pass) => pass.key.includes("birthYear"))
  .map((pass) => pass.name);

/** The default spec for Vietnamese person records; see the package README for each pass. */
export const vietnamesePerson: LinkageSpec = {
  specVersion: 1,
  description:
    "Vietnamese person records: identifiers first, then full names with the date of birth and one more fact, then the faults of real records one at a time.",
  recordId: ["id", "recordId", "envelope.recordId"],
  fields,
  passes,
  vetoes: [
    { name: "personalIdDiffers", field: "personalId", rule: "differ" },
    { name: "socialInsuranceNumberDiffers", field: "socialInsuranceNumber", rule: "differ" },
    { name: "sexDiffers", field: "sex", rule: "differ" },
    { name: "birthYearDiffers", field: "birthYear", rule: "differ" },
    {
      name: "birthDateDiffers",
      field: "dateOfBirth",
      rule: "differ",
      passes: YEAR_ONLY_PASSES,
      description:
        "The year-only passes link a record with a year-only birth, not two full dates that differ.",
    },
  ],
  maxKeyFrequency: 20,
};
