// The education database: a `education/Learner` record for each living child aged 3 to 17 (the
// school sector's database holds every pupil from kindergarten to upper secondary, with a learner
// id), and a `education/Qualification` record of the highest qualification of each person whose
// highest completed level carries one (lower-secondary diploma and up), once it has been issued.
// Schools and institutions are named after the person's commune or province; the university names
// are a fixed list of real public universities, and the fields of study carry their training codes
// (Circular 09/2022/TT-BGDĐT) — illustrative choices, not drawn from data about anyone.
import type { Learner, Qualification } from "@ndcvn/schemas";
import type { SyntheticPerson } from "../person.js";
import { ageAt, REORGANISATION_DATE } from "./dates.js";
import { personName } from "./name.js";
import { isAliveAt, isBornBy } from "./people.js";
import { hash53 } from "./prng.js";
import type { RecordType } from "./types.js";

/** Learner ids were given to pupils in school from 2019: people born from 2001 have one. */
const LEARNER_ID_BORN_FROM = "2001-01-01";

/** The person's learner id: pre-2025 province code + 8 digits (assigned by the school database). */
export function learnerIdOf(person: SyntheticPerson): string | undefined {
  if (person.dateOfBirth < LEARNER_ID_BORN_FROM) return undefined;
  const number = hash53(`learner-id|${person.id}|${person.personalId}`) % 100_000_000;
  return `${person.residence.legacy.provinceCode}${String(number).padStart(8, "0")}`;
}

const SCHOOLS = [
  { from: 3, level: "kindergarten", code: "MN", name: "Trường Mầm non" },
  { from: 6, level: "primary", code: "TH", name: "Trường Tiểu học" },
  { from: 11, level: "lower-secondary", code: "THCS", name: "Trường Trung học cơ sở" },
  { from: 15, level: "upper-secondary", code: "THPT", name: "Trường Trung học phổ thông" },
] as const;

interface LearnerFacts {
  readonly learnerId: string;
  readonly level: string;
  readonly school: { readonly code: string; readonly name: string };
}

export const learner: RecordType<LearnerFacts> = {
  schema: "https://schemas.ndcvn.org/education/Learner/1.0.0",
  holds(person, context) {
    if (!isBornBy(person, context.asOf) || !isAliveAt(person, context.asOf)) return false;
    const age = ageAt(person.dateOfBirth, context.asOf);
    return age >= 3 && age <= 17 && learnerIdOf(person) !== undefined;
  },
  prepare(person, context, random) {
    const age = ageAt(person.dateOfBirth, context.asOf);
    const school = [...SCHOOLS].reverse().find((s) => age >= s.from) ?? SCHOOLS[0];
    const current = context.asOf >= REORGANISATION_DATE;
    const commune = context.places.unit(
      current ? person.residence.communeCode : person.residence.legacy.communeCode,
      context.asOf,
    );
    const province = current ? person.residence.provinceCode : person.residence.legacy.provinceCode;
    return {
      facts: {
        learnerId: learnerIdOf(person) ?? "",
        level: school.level,
        school: {
          code: `${province}-${school.code}-${random.digits(4)}`,
          name: `${school.name} ${commune?.name ?? "số 1"}`,
        },
      },
      address: undefined,
      phone: false,
      identifiers: ["personalId"],
      earliestUpdate: person.dateOfBirth,
    };
  },
  render(draft, facts) {
    const { person } = draft;
    const data: Learner = {
      learnerId: facts.learnerId,
      ...(draft.identifiers.has("personalId") ? { personalId: person.personalId } : {}),
      fullName: personName(draft.name, "parts"),
      dateOfBirth: draft.dateOfBirth,
      sex: person.sex,
      ethnicity: { system: person.ethnicity.system, code: person.ethnicity.code },
      currentSchool: { code: facts.school.code, name: facts.school.name },
      level: facts.level,
    };
    return data;
  },
};

/** The qualification of each highest level, and the usual age at graduation (from, span). */
const QUALIFICATIONS: Readonly<
  Record<string, { readonly type: string; readonly age: number; readonly span: number }>
> = {
  "lower-secondary": { type: "lower-secondary-diploma", age: 15, span: 0 },
  "upper-secondary": { type: "upper-secondary-diploma", age: 18, span: 0 },
  "vocational-elementary": { type: "elementary-certificate", age: 19, span: 3 },
  "vocational-intermediate": { type: "intermediate-diploma", age: 20, span: 3 },
  college: { type: "college-diploma", age: 21, span: 3 },
  university: { type: "bachelor", age: 22, span: 3 },
  master: { type: "master", age: 25, span: 8 },
  doctorate: { type: "doctorate", age: 30, span: 10 },
};

const UNIVERSITIES = [
  "Đại học Quốc gia Hà Nội",
  "Đại học Quốc gia Thành phố Hồ Chí Minh",
  "Đại học Bách khoa Hà Nội",
  "Trường Đại học Kinh tế Quốc dân",
  "Trường Đại học Sư phạm Hà Nội",
  "Đại học Huế",
  "Đại học Đà Nẵng",
  "Trường Đại học Cần Thơ",
  "Đại học Thái Nguyên",
  "Trường Đại học Vinh",
];

const FIELDS = [
  { code: "7340301", name: "Kế toán" },
  { code: "7480201", name: "Công nghệ thông tin" },
  { code: "7340101", name: "Quản trị kinh doanh" },
  { code: "7380101", name: "Luật" },
  { code: "7140209", name: "Sư phạm Toán học" },
  { code: "7720101", name: "Y khoa" },
  { code: "7580201", name: "Kỹ thuật xây dựng" },
  { code: "7620110", name: "Khoa học cây trồng" },
];

const CLASSIFICATIONS = ["excellent", "very-good", "good", "good", "average-good", "average-good"];

interface QualificationFacts {
  readonly type: string;
  readonly issuedOn: string;
  readonly institution: string;
  readonly serialNumber: string;
  readonly field: { readonly code: string; readonly name: string } | undefined;
  readonly classification: string | undefined;
}

function issueDate(person: SyntheticPerson): string | undefined {
  const qualification = QUALIFICATIONS[person.education];
  if (!qualification) return undefined;
  const h = hash53(`graduation|${person.id}|${person.personalId}`);
  const year =
    Number(person.dateOfBirth.slice(0, 4)) + qualification.age + (h % (qualification.span + 1));
  const secondary = qualification.type.endsWith("secondary-diploma");
  const month = secondary ? 7 : 6 + (Math.floor(h / 16) % 7);
  const day = 1 + (Math.floor(h / 256) % 28);
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

export const qualification: RecordType<QualificationFacts> = {
  schema: "https://schemas.ndcvn.org/education/Qualification/1.0.0",
  holds(person, context) {
    const issuedOn = issueDate(person);
    return issuedOn !== undefined && issuedOn <= context.asOf && isAliveAt(person, issuedOn);
  },
  prepare(person, context, random) {
    const kind = QUALIFICATIONS[person.education];
    const issuedOn = issueDate(person);
    if (!kind || !issuedOn) throw new Error("qualification: no qualification");
    const before = issuedOn < REORGANISATION_DATE;
    const { residence } = person;
    const province = context.places.unit(
      before ? residence.legacy.provinceCode : residence.provinceCode,
      issuedOn,
    );
    const provinceName = province?.name ?? "";
    let institution: string;
    switch (kind.type) {
      case "lower-secondary-diploma": {
        const district = before
          ? context.places.unit(residence.legacy.districtCode, issuedOn)
          : undefined;
        const commune = context.places.unit(residence.communeCode, issuedOn);
        institution = district
          ? `Phòng Giáo dục và Đào tạo ${district.fullName}`
          : `Trường Trung học cơ sở ${commune?.name ?? provinceName}`;
        break;
      }
      case "upper-secondary-diploma":
        institution = `Sở Giáo dục và Đào tạo ${provinceName}`;
        break;
      case "elementary-certificate":
        institution = `Trường Trung cấp nghề ${provinceName}`;
        break;
      case "intermediate-diploma":
        institution = `Trường Trung cấp ${provinceName}`;
        break;
      case "college-diploma":
        institution = `Trường Cao đẳng ${provinceName}`;
        break;
      default:
        institution = random.pick(UNIVERSITIES);
    }
    const higher = !kind.type.endsWith("secondary-diploma");
    const identifiers = ["personalId"];
    if (learnerIdOf(person) !== undefined) identifiers.push("learnerId");
    return {
      facts: {
        type: kind.type,
        issuedOn,
        institution: institution.trim(),
        serialNumber: `${random.pick(["A", "B", "C"])}${random.digits(7)}`,
        field: ["college-diploma", "bachelor", "master", "doctorate"].includes(kind.type)
          ? random.pick(FIELDS)
          : undefined,
        classification: higher ? random.pick(CLASSIFICATIONS) : undefined,
      },
      address: undefined,
      phone: false,
      identifiers,
      earliestUpdate: issuedOn,
    };
  },
  render(draft, facts) {
    const { person } = draft;
    const learnerId = learnerIdOf(person);
    const data: Qualification = {
      ...(draft.identifiers.has("personalId") ? { personalId: person.personalId } : {}),
      fullName: personName(draft.name, "parts"),
      dateOfBirth: draft.dateOfBirth,
      ...(learnerId !== undefined && draft.identifiers.has("learnerId") ? { learnerId } : {}),
      type: facts.type,
      ...(facts.field ? { field: { code: facts.field.code, name: facts.field.name } } : {}),
      issuingInstitution: { name: facts.institution },
      serialNumber: facts.serialNumber,
      issuedOn: facts.issuedOn,
      graduationYear: Number(facts.issuedOn.slice(0, 4)),
      ...(facts.classification !== undefined ? { classification: facts.classification } : {}),
    };
    return data;
  },
};
