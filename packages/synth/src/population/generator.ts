// Builds the persons of a block from its assembled households. Every household draws from a
// generator seeded by (seed, index of its head); every person from one seeded by (seed, person
// index): the output does not depend on how the population is chunked or streamed.
import type { SyntheticEmployment, SyntheticHousehold, SyntheticPerson } from "../person.js";
import {
  cumulativeIndex,
  digits,
  hash2,
  hash3,
  permuteWith,
  Random,
  ROUNDS,
  roundKeys,
} from "../random/index.js";
import {
  HAMLET_NAMES,
  HIGHLAND_VILLAGES,
  MOUNTAIN_VILLAGES,
  STREETS,
} from "../tables/addresses.js";
import {
  ATTAINMENT_BY_DECADE,
  ATTAINMENT_LEVELS,
  ATTAINMENT_SKEW,
  type AttainmentLevel,
  COMPLETION_AGE,
  EARLY_CHILDHOOD,
  WORK_START_AGE,
} from "../tables/education.js";
import {
  FIRST_RECORDED_JOB,
  GAP_MONTHS,
  INDEFINITE_CONTRACT_SHARE,
  LAST_JOB_ENDED_SHARE,
  MAX_JOBS,
  MEDIAN_SALARY_2026,
  MIN_WAGE_SHARE,
  NEXT_JOB_PROBABILITY,
  NOMINAL_WAGE_GROWTH,
  PENSION_MIN_YEARS,
  PUBLIC_SECTOR_SHARE,
  retirementAgeMonths,
  SALARY_BY_LEVEL,
  SEASONAL_CONTRACT_END,
  SEASONAL_CONTRACT_SHARE,
  WAGE_EMPLOYMENT_BY_LEVEL,
  WAGE_EMPLOYMENT_FACTORS,
} from "../tables/employment.js";
import { KINH } from "../tables/ethnicity.js";
import {
  BENEFIT_LEVEL,
  CHILD_CARD_MONTHS,
  GD_SHARE,
  MINORITY_DT_SHARE,
  PUPIL_INSURED_SHARE,
  SOCIAL_PENSION_AGE,
  SOCIAL_PENSION_SHARE,
  VETERAN_SHARE,
} from "../tables/health-insurance.js";
import { DEATH_WINDOW_YEARS, DECEASED_SHARE } from "../tables/households.js";
import {
  LAST_BIRTH_YEAR_WITH_OLD_NUMBER,
  MOBILE_PREFIX_GROUPS,
  NEW_IN_CONVERTED_RANGE,
  PHONE_OWNERSHIP,
} from "../tables/phone.js";
import { PROVINCES } from "../tables/provinces.js";
import { RURAL_COMMUNE, TOWNSHIP, WARD } from "./admin.js";
import {
  ABSENT_FATHER_NAME,
  BLOCK_SIZE,
  Block,
  CHILD,
  HEAD,
  OWN_NAME,
  SENIOR_ABSENT_FATHER_NAME,
} from "./block.js";
import {
  type Context,
  ethnicOrigins,
  isRemoteMinority,
  type ProvinceInfo,
  religionTable,
  type SyntheticEmployer,
  taxCheckDigit,
} from "./context.js";
import {
  addMonths,
  addYears,
  ageAt,
  civilFromDays,
  dateString,
  daysFromCivil,
  yearOf,
} from "./dates.js";
import { familyName, personalNames } from "./naming.js";

/** Persons of one birth province, sex/century digit and birth year that one block may hold (see BLOCK_SIZE). */
const IDS_PER_BLOCK_CELL = 20;

const ROLE_CODES: readonly string[] = Array.from({ length: 100 }, (_, i) => digits(i, 2));
const MARITAL_CODES = ["never-married", "married", "divorced", "widowed"] as const;
const TWO_32 = 4294967296;

const DAY_2016 = daysFromCivil(2016, 1, 1);
const DAY_2015_END = daysFromCivil(2015, 12, 31);
const DAY_1990 = daysFromCivil(1990, 1, 1);
const DAY_SEASONAL_END = daysFromCivil(
  Number(SEASONAL_CONTRACT_END.slice(0, 4)),
  Number(SEASONAL_CONTRACT_END.slice(5, 7)),
  Number(SEASONAL_CONTRACT_END.slice(8, 10)),
);
const DAY_FIRST_JOB = daysFromCivil(
  Number(FIRST_RECORDED_JOB.slice(0, 4)),
  Number(FIRST_RECORDED_JOB.slice(5, 7)),
  Number(FIRST_RECORDED_JOB.slice(8, 10)),
);

// Salary medians by year, 1990 … 2100.
const SALARY_BASE = Float64Array.from(
  { length: 111 },
  (_, i) => MEDIAN_SALARY_2026 * (1 + NOMINAL_WAGE_GROWTH) ** (1990 + i - 2026),
);

const LEVEL_INDEX: Readonly<Record<AttainmentLevel, number>> = Object.fromEntries(
  ATTAINMENT_LEVELS.map((level, i) => [level, i]),
) as Record<AttainmentLevel, number>;
const ATTAINMENT_CUMULATIVE = ATTAINMENT_BY_DECADE.map((row) => {
  const total = row.reduce((a, b) => a + b, 0);
  let running = 0;
  const out = new Float64Array(row.length);
  row.forEach((p, i) => {
    running += p;
    out[i] = running / total;
  });
  out[row.length - 1] = 1;
  return out;
});
/** The highest level completed by this age (index in ATTAINMENT_LEVELS). */
const CAP_BY_AGE = Int8Array.from({ length: 130 }, (_, age) => {
  let cap = 0;
  ATTAINMENT_LEVELS.forEach((level, i) => {
    if (COMPLETION_AGE[level] <= age) cap = i;
  });
  return cap;
});
const DECEASED_BY_AGE = Float64Array.from(
  { length: 130 },
  (_, age) => (DECEASED_SHARE.find(([upTo]) => age <= upTo) ?? [0, 0])[1],
);
const PHONE_BY_AGE = Float64Array.from(
  { length: 130 },
  (_, age) => (PHONE_OWNERSHIP.find(([upTo]) => age < upTo) ?? [0, 0])[1],
);

const ETHNICITY_OBJECTS = new Map<string, SyntheticPerson["ethnicity"]>();
function ethnicityObject(code: string): SyntheticPerson["ethnicity"] {
  let value = ETHNICITY_OBJECTS.get(code);
  if (!value) {
    value = Object.freeze({ system: "ethnic-groups-2008", code });
    ETHNICITY_OBJECTS.set(code, value);
  }
  return value;
}

/** Household-level facts shared by the members. */
interface HouseholdFacts {
  province: number;
  commune: number;
  kind: number;
  legacy: SyntheticPerson["residence"]["legacy"];
  communeCode: string;
  provinceCode: string;
  line: string;
  ethnic: string;
  religion: string;
  southern: boolean;
  migrant: boolean;
  origin: number;
  since: number;
  poor: boolean;
  remoteMinority: boolean;
  absentFather: string;
  seniorAbsentFather: string;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** A household with its members (head first). */
export interface HouseholdWithMembers {
  readonly household: SyntheticHousehold;
  readonly members: readonly SyntheticPerson[];
}

export class PopulationGenerator {
  private readonly block = new Block();
  private readonly hrng = new Random();
  private readonly rng = new Random();
  private readonly cells = new Uint8Array(PROVINCES.length * 400);
  private readonly touched: number[] = [];
  private readonly familyOf: string[] = new Array(BLOCK_SIZE).fill("");
  private readonly birthProvinceOf = new Int16Array(BLOCK_SIZE);
  private readonly givenUsed: string[] = [];
  private readonly nameOut = { middle: "", given: "" };
  private readonly keys: {
    personalId: number;
    cmnd: Uint32Array;
    sin: Uint32Array;
    tax: Uint32Array;
    phone: Uint32Array;
    family: number;
  };
  /** Round keys of the personal-ID serial permutation, per (province, sex/century, year) cell, computed on first use. */
  private readonly cellKeys = new Uint32Array(PROVINCES.length * 400 * ROUNDS);
  private readonly cellKeyReady = new Uint8Array(PROVINCES.length * 400);
  private readonly facts: HouseholdFacts = {
    province: 0,
    commune: 0,
    kind: 0,
    legacy: { communeCode: "", districtCode: "", provinceCode: "" },
    communeCode: "",
    provinceCode: "",
    line: "",
    ethnic: KINH,
    religion: "none",
    southern: false,
    migrant: false,
    origin: 0,
    since: 0,
    poor: false,
    remoteMinority: false,
    absentFather: "",
    seniorAbsentFather: "",
  };

  constructor(private readonly context: Context) {
    const { seed0, seed1 } = context;
    this.keys = {
      personalId: hash3(seed0, seed1, 0x50494431),
      cmnd: roundKeys(hash3(seed0, seed1, 0x434d4e44)),
      sin: roundKeys(hash3(seed0, seed1, 0x42485848)),
      tax: roundKeys(hash3(seed0, seed1, 0x4d535431)),
      phone: roundKeys(hash3(seed0, seed1, 0x50484f4e)),
      family: hash3(seed0, seed1, 0x46414d31),
    };
  }

  /** The households of block `index` (BLOCK_SIZE persons, fewer in the last block), in order, built one at a time. */
  *households(index: number): IterableIterator<HouseholdWithMembers> {
    const { size } = this.context.options;
    const first = index * BLOCK_SIZE;
    const n = Math.min(BLOCK_SIZE, size - first);
    if (n <= 0) return;
    const block = this.block;
    block.assemble(this.context, index, n);
    for (const cell of this.touched) this.cells[cell] = 0;
    this.touched.length = 0;
    for (let h = 0; h < block.households; h++) {
      const from = block.start[h] as number;
      const to = block.start[h + 1] as number;
      const headIndex = first + from;
      const householdId = `H${digits(headIndex, 9)}`;
      this.householdFacts(h, headIndex);
      // Family names first: some members carry another member's.
      for (let k = from; k < to; k++) {
        const i = block.order[k] as number;
        if (block.famSource[i] === OWN_NAME) this.familyOf[i] = this.ownFamilyName(first + k);
      }
      for (let k = from; k < to; k++) {
        const i = block.order[k] as number;
        let source = block.famSource[i] as number;
        let origin = i;
        for (let depth = 0; source >= 0 && depth < 4; depth++) {
          origin = source;
          source = block.famSource[source] as number;
        }
        if (source === ABSENT_FATHER_NAME) this.familyOf[i] = this.facts.absentFather;
        else if (source === SENIOR_ABSENT_FATHER_NAME)
          this.familyOf[i] = this.facts.seniorAbsentFather;
        else this.familyOf[i] = this.familyOf[origin] as string;
      }
      this.birthProvinces(h, from, to);
      this.givenUsed.length = 0;
      const members: SyntheticPerson[] = [];
      const memberIds: string[] = [];
      for (let k = from; k < to; k++) {
        const person = this.person(index, first + k, block.order[k] as number, householdId);
        members.push(person);
        memberIds.push(person.id);
      }
      yield { household: { id: householdId, headId: memberIds[0] as string, memberIds }, members };
    }
  }

  private ownFamilyName(personIndex: number): string {
    const context = this.context;
    const profile = context.profileOf.get(this.facts.ethnic) ?? "kinh";
    const u = hash2(this.keys.family, personIndex) / TWO_32;
    const southern =
      (hash2(this.keys.family ^ 0x5a5a5a5a, personIndex) & 0xffff) / 65536 < 0.1
        ? !this.facts.southern
        : this.facts.southern;
    return familyName(context.names.family[profile], u, southern);
  }

  private householdFacts(h: number, headIndex: number): void {
    const context = this.context;
    const block = this.block;
    const rng = this.hrng.reset(context.seed0, context.seed1, 0x48484c44, headIndex);
    const f = this.facts;
    const province = cumulativeIndex(context.residence, rng.next());
    const info = context.provinces[province] as ProvinceInfo;
    const communes = context.admin.provinces[province];
    if (!communes) throw new Error(`No communes for province ${info.code}`);
    const commune = cumulativeIndex(communes.cumulative, rng.next());
    const successors = communes.successors[commune] as readonly string[];
    const current =
      successors.length === 1
        ? (successors[0] as string)
        : (successors[rng.int(successors.length)] as string);
    f.province = province;
    f.commune = commune;
    f.kind = communes.kinds[commune] as number;
    f.legacy = {
      communeCode: communes.codes[commune] as string,
      districtCode: communes.districts[commune] as string,
      provinceCode: info.code,
    };
    f.communeCode = current;
    f.provinceCode = context.admin.currentProvince.get(current) ?? info.code;
    const ethnic = context.ethnic[province] as {
      codes: readonly string[];
      cumulative: Float64Array;
    };
    const e = cumulativeIndex(ethnic.cumulative, rng.next());
    f.ethnic = ethnic.codes[e] as string;
    const religions = religionTable(context, province, e);
    f.religion = religions.values[cumulativeIndex(religions.cumulative, rng.next())] as string;
    f.southern = rng.next() < info.southernNames;
    f.remoteMinority = isRemoteMinority(context, province, f.ethnic);
    // Migration: Kinh and Hoa by the province's in-migrant share; minorities are natives where
    // they form a community, mostly migrants where they are a small presence.
    let migrantShare = info.migrantShare;
    if (f.ethnic !== KINH && f.ethnic !== "06") {
      const share =
        e > 0 ? (ethnic.cumulative[e] as number) - (ethnic.cumulative[e - 1] as number) : 0;
      migrantShare = share >= 0.03 ? 0.05 : 0.7;
    }
    f.migrant = rng.next() < migrantShare;
    f.origin = province;
    if (f.migrant) {
      const origins =
        f.ethnic === KINH || f.ethnic === "06"
          ? (context.originByRegion[info.regionIndex] as Float64Array)
          : ethnicOrigins(context, f.ethnic);
      for (let tries = 0; tries < 3 && f.origin === province; tries++)
        f.origin = cumulativeIndex(origins, rng.next());
      if (f.origin === province) f.migrant = false;
    }
    // Since when the household lives at the address.
    const man = block.coreMan[h] as number;
    const woman = block.coreWoman[h] as number;
    const core =
      man >= 0 ? man : woman >= 0 ? woman : (block.order[block.start[h] as number] as number);
    const coreBirth = block.birth[core] as number;
    const asOfDay = context.options.asOfDay;
    const adult = addYears(coreBirth, 18);
    if (adult >= asOfDay) f.since = coreBirth;
    else {
      const span = asOfDay - adult;
      const back = Math.min(span, rng.int(40 * 365));
      f.since = f.migrant ? adult + rng.int(Math.min(span, 25 * 365) + 1) : asOfDay - back;
    }
    f.poor = rng.next() < info.poorShare * (f.remoteMinority ? 2 : 1);
    f.line = this.addressLine(rng, info);
    const profile = context.profileOf.get(f.ethnic) ?? "kinh";
    f.absentFather = familyName(context.names.family[profile], rng.next(), f.southern);
    f.seniorAbsentFather = familyName(context.names.family[profile], rng.next(), f.southern);
  }

  private addressLine(rng: Random, info: ProvinceInfo): string {
    const f = this.facts;
    const south = info.region === "SE" || info.region === "MD";
    const house = 1 + Math.floor(rng.next() * rng.next() * 400);
    if (f.kind === WARD || (f.kind === TOWNSHIP && rng.next() < 0.5)) {
      const street = rng.pick(STREETS);
      if (info.code === "01" && rng.next() < 0.5)
        return `Số ${house}, ngõ ${1 + rng.int(200)} phố ${street}`;
      if (south && rng.next() < 0.45) return `${house}/${1 + rng.int(60)} đường ${street}`;
      if (rng.next() < 0.15) return `${south ? "Khu phố" : "Tổ dân phố"} ${1 + rng.int(20)}`;
      return `Số ${house} ${info.code === "01" ? "phố" : "đường"} ${street}`;
    }
    if (f.kind === TOWNSHIP) return `${south ? "Khu phố" : "Tổ dân phố"} ${1 + rng.int(15)}`;
    if (f.kind !== RURAL_COMMUNE) return `Số ${house} đường ${rng.pick(STREETS)}`;
    if (info.region === "NM" && f.ethnic !== KINH && rng.next() < 0.75)
      return `Bản ${rng.pick(MOUNTAIN_VILLAGES)}`;
    if (info.region === "CH" && f.remoteMinority && rng.next() < 0.75)
      return rng.pick(HIGHLAND_VILLAGES);
    if (south) return `Ấp ${rng.next() < 0.3 ? 1 + rng.int(12) : rng.pick(HAMLET_NAMES)}`;
    if (info.region === "CH") return `Thôn ${1 + rng.int(15)}`;
    if (rng.next() < 0.25) return `Xóm ${1 + rng.int(20)}`;
    return `Thôn ${rng.pick(HAMLET_NAMES)}`;
  }

  /** Birth-registration province of every member (before the persons are built). */
  private birthProvinces(h: number, from: number, to: number): void {
    const block = this.block;
    const f = this.facts;
    const context = this.context;
    const rng = this.hrng; // continues the household's stream
    const man = block.coreMan[h] as number;
    const woman = block.coreWoman[h] as number;
    const link = block.link[h] as number;
    const region = (context.provinces[f.province] as ProvinceInfo).regionIndex;
    const elsewhere = (): number =>
      cumulativeIndex(context.originByRegion[region] as Float64Array, rng.next());
    const home = f.migrant ? f.origin : f.province;
    if (man >= 0) this.birthProvinceOf[man] = home;
    if (woman >= 0) {
      // A wife was often born elsewhere than her husband.
      this.birthProvinceOf[woman] =
        man >= 0 && rng.next() < (f.migrant ? 0.3 : 0.1) ? elsewhere() : home;
    }
    for (let k = from; k < to; k++) {
      const i = block.order[k] as number;
      if (i === man || i === woman) continue;
      if (block.senior[i] && link >= 0 && (block.age[i] as number) >= 30)
        this.birthProvinceOf[i] = this.birthProvinceOf[link] as number;
      else
        this.birthProvinceOf[i] =
          f.migrant && (block.birth[i] as number) < f.since ? f.origin : f.province;
    }
  }

  private person(
    blockIndex: number,
    personIndex: number,
    i: number,
    householdId: string,
  ): SyntheticPerson {
    const context = this.context;
    const block = this.block;
    const f = this.facts;
    const rng = this.rng.reset(context.seed0, context.seed1, 0x50455253, personIndex);
    const asOfDay = context.options.asOfDay;
    const female = block.female[i] === 1;
    const birth = block.birth[i] as number;
    const birthYear = yearOf(birth);
    const role = block.role[i] as number;
    const ageAtAsOf = block.age[i] as number;

    // Death, in the years before asOf (never a household head).
    let death = -1;
    if (role !== HEAD && rng.next() < (DECEASED_BY_AGE[ageAtAsOf] as number)) {
      const day = asOfDay - 1 - rng.int(DEATH_WINDOW_YEARS * 365);
      if (day > birth) death = day;
    }
    const refDay = death >= 0 ? death : asOfDay;
    const age = death >= 0 ? ageAt(birth, refDay) : ageAtAsOf;

    // Names.
    const profile = context.profileOf.get(f.ethnic) ?? "kinh";
    const family = this.familyOf[i] as string;
    const out = this.nameOut;
    personalNames(context, rng, profile, female, birthYear, out);
    for (let tries = 0; tries < 3 && role === CHILD && this.givenUsed.includes(out.given); tries++)
      personalNames(context, rng, profile, female, birthYear, out);
    if (role === CHILD) this.givenUsed.push(out.given);
    const middle = out.middle;
    const given = out.given;
    const name: Mutable<SyntheticPerson["name"]> = {
      fullName: middle ? `${family} ${middle} ${given}` : `${family} ${given}`,
      familyName: family,
    } as Mutable<SyntheticPerson["name"]>;
    if (middle) name.middleName = middle;
    name.givenName = given;

    // Personal ID: 0 + birth province + sex/century + year + a permuted serial unique in its cell.
    let province = this.birthProvinceOf[i] as number;
    const centuryDigit = (birthYear >= 2000 ? 2 : 0) + (female ? 1 : 0);
    const yy = birthYear % 100;
    let cell = province * 400 + centuryDigit * 100 + yy;
    for (
      let tries = 0;
      (this.cells[cell] as number) >= IDS_PER_BLOCK_CELL && tries < PROVINCES.length;
      tries++
    ) {
      province = (province + 1) % PROVINCES.length;
      cell = province * 400 + centuryDigit * 100 + yy;
    }
    const serialInBlock = this.cells[cell] as number;
    if (serialInBlock === 0) this.touched.push(cell);
    this.cells[cell] = serialInBlock + 1;
    const provinceCode = (context.provinces[province] as ProvinceInfo).code;
    if (!this.cellKeyReady[cell]) {
      this.cellKeys.set(roundKeys(hash2(this.keys.personalId, cell)), cell * ROUNDS);
      this.cellKeyReady[cell] = 1;
    }
    const serial = permuteWith(
      blockIndex * IDS_PER_BLOCK_CELL + serialInBlock,
      1000,
      1000,
      this.cellKeys.subarray(cell * ROUNDS, cell * ROUNDS + ROUNDS),
    );
    const personalId = `0${provinceCode}${centuryDigit}${digits(yy, 2)}${digits(serial, 6)}`;

    const person: Mutable<SyntheticPerson> = {
      id: `P${digits(personIndex, 9)}`,
      householdId,
      relationshipToHead: ROLE_CODES[role] as string,
      name,
      sex: female ? "female" : "male",
      dateOfBirth: dateString(birth),
      birthRegistrationProvince: provinceCode,
      personalId,
    } as Mutable<SyntheticPerson>;

    // The 9-digit CMND of people aged 14 before 2016.
    const fourteen = addYears(birth, 14);
    if (fourteen < DAY_2016 && fourteen < refDay && rng.next() < 0.97) {
      const low = Math.max(fourteen, DAY_1990);
      const high = Math.min(addYears(low, 15), DAY_2015_END, refDay - 1);
      const issued = high > low ? low + rng.int(high - low + 1) : low;
      person.legacyIdCard = {
        number: digits(permuteWith(personIndex, 10000, 100000, this.keys.cmnd), 9),
        issuedOn: dateString(issued),
      };
    }
    person.ethnicity = ethnicityObject(f.ethnic);
    person.religion = f.religion;
    person.maritalStatus = MARITAL_CODES[block.marital[i] as 0 | 1 | 2 | 3] ?? "unknown";
    const since = Math.min(Math.max(f.since, birth), refDay);
    person.residence = {
      line: f.line,
      communeCode: f.communeCode,
      provinceCode: f.provinceCode,
      legacy: f.legacy,
      since: dateString(since),
    };

    // Education.
    const decade =
      birthYear < 1950 ? 0 : birthYear >= 2000 ? 6 : Math.floor((birthYear - 1940) / 10);
    let u = rng.next();
    if (f.kind === WARD) u = u ** ATTAINMENT_SKEW.urban;
    else if (f.remoteMinority) u = u ** ATTAINMENT_SKEW.minorityRemote;
    const target = cumulativeIndex(ATTAINMENT_CUMULATIVE[decade] as Float64Array, u);
    let education: string;
    let attained = -1;
    if (age < EARLY_CHILDHOOD.nurseryFrom) education = "none";
    else if (age < EARLY_CHILDHOOD.kindergartenFrom) education = "nursery";
    else if (age < COMPLETION_AGE.primary) education = "kindergarten";
    else {
      attained = Math.min(target, CAP_BY_AGE[age] as number);
      education = ATTAINMENT_LEVELS[attained] as string;
    }
    const pupil = age >= 6 && age < 18 && (attained < 0 ? target >= 1 : target > attained);
    const student = age >= 18 && age <= 24 && target >= LEVEL_INDEX.college && attained < target;

    // Employment.
    const employment: SyntheticEmployment[] = [];
    let current: SyntheticEmployer | undefined;
    let recordedDays = 0;
    let retired = false;
    if (attained >= 0 && age >= 18 && !student) {
      const level = ATTAINMENT_LEVELS[attained] as AttainmentLevel;
      let p = WAGE_EMPLOYMENT_BY_LEVEL[level];
      if (f.kind === WARD) p *= WAGE_EMPLOYMENT_FACTORS.urban;
      if (female) p *= WAGE_EMPLOYMENT_FACTORS.female;
      if (f.remoteMinority) p *= WAGE_EMPLOYMENT_FACTORS.minorityRemote;
      if (rng.next() < Math.min(p, WAGE_EMPLOYMENT_FACTORS.max)) {
        const result = this.employmentHistory(rng, birth, female, level, refDay, employment);
        current = result.current;
        recordedDays = result.recordedDays;
        retired = result.retired;
      }
    }

    // Phone.
    if (rng.next() < (PHONE_BY_AGE[age] as number)) {
      const slot = permuteWith(personIndex, 10000, 10000, this.keys.phone);
      const group = MOBILE_PREFIX_GROUPS[
        Math.floor(slot / 10_000_000)
      ] as (typeof MOBILE_PREFIX_GROUPS)[number];
      let prefix = group[
        cumulativeIndex(
          context.phoneGroups[Math.floor(slot / 10_000_000)] as Float64Array,
          rng.next(),
        )
      ] as (typeof group)[number];
      const subscriber = digits(slot % 10_000_000, 7);
      if (prefix.firstDigits !== undefined && !prefix.firstDigits.includes(subscriber.charAt(0)))
        prefix = group.find((p) => p.firstDigits === undefined) ?? prefix;
      const phone: Mutable<NonNullable<SyntheticPerson["phone"]>> = {
        current: `+84${prefix.current.slice(1)}${subscriber}`,
      };
      if (
        prefix.before2018 !== undefined &&
        birthYear <= LAST_BIRTH_YEAR_WITH_OLD_NUMBER &&
        rng.next() >= NEW_IN_CONVERTED_RANGE
      )
        phone.before2018 = prefix.before2018 + subscriber;
      person.phone = phone;
    }

    // Health insurance (and the social insurance number that every insured person has).
    let group: string | undefined;
    if (age < 6) group = "TE";
    else if (current) group = current.publicBody ? "HC" : "DN";
    else if (retired && recordedDays >= PENSION_MIN_YEARS * 365) group = "HT";
    else if (pupil && rng.next() < PUPIL_INSURED_SHARE) group = "HS";
    else if (student && rng.next() < 0.9) group = "SV";
    else if (f.poor) group = "HN";
    else if (f.remoteMinority && rng.next() < MINORITY_DT_SHARE) group = "DT";
    else if (age >= SOCIAL_PENSION_AGE && rng.next() < SOCIAL_PENSION_SHARE) group = "BT";
    else if (!female && birthYear < 1960 && rng.next() < VETERAN_SHARE) group = "CB";
    else if (age >= 60 && rng.next() < 0.12) group = "HT";
    else if (rng.next() < GD_SHARE) group = "GD";
    if (group !== undefined || employment.length > 0) {
      const sin = `${f.legacy.provinceCode}${digits(permuteWith(personIndex, 10000, 10000, this.keys.sin), 8)}`;
      person.socialInsuranceNumber = sin;
      if (group !== undefined) {
        const level = BENEFIT_LEVEL[group] ?? 4;
        let validFrom: number;
        let validTo: number;
        if (group === "TE") {
          validFrom = birth;
          validTo = addMonths(birth, CHILD_CARD_MONTHS) - 1;
        } else {
          const c = civilFromDays(refDay);
          validFrom = addMonths(daysFromCivil(c[0] as number, c[1] as number, 1), -rng.int(12));
          validTo = addMonths(validFrom, 12) - 1;
        }
        person.healthInsurance = {
          group,
          level,
          provinceCode: f.legacy.provinceCode,
          cardCode: `${group}${level}${f.legacy.provinceCode}${sin}`,
          validFrom: dateString(validFrom),
          validTo: dateString(validTo),
        };
      }
    }

    // A 10-digit personal tax code registered before 2025-07-01 (from 2025-07-01 the personal ID serves).
    if (
      employment.length > 0 &&
      (employment[0] as SyntheticEmployment).start < "2025-07-01" &&
      rng.next() < 0.75
    ) {
      const body = `8${digits(permuteWith(personIndex, 10000, 10000, this.keys.tax), 8)}`;
      const check = taxCheckDigit(body);
      if (check >= 0 && body.slice(2) !== "0000000") person.legacyTaxCode = body + check;
    }
    person.education = education;
    person.employment = employment;
    if (death >= 0) person.dateOfDeath = dateString(death);
    return person;
  }

  /** Wage jobs from the first job (or 1995) to retirement, death or now. */
  private employmentHistory(
    rng: Random,
    birth: number,
    female: boolean,
    level: AttainmentLevel,
    refDay: number,
    out: SyntheticEmployment[],
  ): { current: SyntheticEmployer | undefined; recordedDays: number; retired: boolean } {
    const context = this.context;
    const f = this.facts;
    const [minAge, maxAge] = WORK_START_AGE[level];
    let start = addYears(birth, minAge + rng.int(maxAge - minAge + 1)) + rng.int(365);
    if (start < DAY_FIRST_JOB) start = DAY_FIRST_JOB + rng.int(3 * 365);
    const retirement = retirementDay(birth, female);
    const retired = retirement <= refDay;
    const end = retired ? retirement : refDay;
    if (start >= end - 30) return { current: undefined, recordedDays: 0, retired: false };
    let jobs = 1;
    while (jobs < MAX_JOBS && rng.next() < NEXT_JOB_PROBABILITY) jobs++;
    // Change points between jobs, sorted.
    const span = end - start;
    const points: number[] = [];
    for (let j = 1; j < jobs; j++) points.push(start + rng.int(span));
    points.sort((a, b) => a - b);
    points.push(end);
    const stillWorking = !retired && refDay === context.options.asOfDay;
    const lastEnded = stillWorking && rng.next() < LAST_JOB_ENDED_SHARE;
    let current: SyntheticEmployer | undefined;
    let recorded = 0;
    let jobStart = start;
    const province = f.province;
    const publicShare = PUBLIC_SECTOR_SHARE * (LEVEL_INDEX[level] >= LEVEL_INDEX.college ? 2 : 1);
    for (let j = 0; j < points.length; j++) {
      const isLast = j === points.length - 1;
      let jobEnd = points[j] as number;
      if (!isLast) {
        const gap =
          addMonths(jobEnd, GAP_MONTHS[0] + rng.int(GAP_MONTHS[1] - GAP_MONTHS[0] + 1)) - jobEnd;
        if (jobEnd - jobStart < 60) continue;
        jobEnd = Math.max(jobStart + 30, jobEnd - gap);
      } else if (lastEnded) {
        jobEnd = jobStart + Math.floor((end - jobStart) * rng.next());
        if (jobEnd - jobStart < 30) jobEnd = Math.min(end, jobStart + 30);
      }
      const open = isLast && stillWorking && !lastEnded;
      const publicBody = rng.next() < publicShare;
      const list = publicBody ? context.publicBodies[province] : context.enterprises[province];
      const employer = (list as readonly SyntheticEmployer[])[
        Math.floor((list as readonly SyntheticEmployer[]).length * rng.next() * rng.next())
      ] as SyntheticEmployer;
      const u = rng.next();
      const contractType =
        !open && jobEnd <= DAY_SEASONAL_END && u < SEASONAL_CONTRACT_SHARE
          ? "seasonal"
          : rng.next() <
              (publicBody ? INDEFINITE_CONTRACT_SHARE.public : INDEFINITE_CONTRACT_SHARE.private)
            ? "indefinite-term"
            : "definite-term";
      const year = Math.min(2100, Math.max(1990, yearOf(jobStart)));
      const base = SALARY_BASE[year - 1990] as number;
      const factor = 0.55 + 0.45 * (rng.next() + rng.next());
      const salary = Math.max(MIN_WAGE_SHARE * base, base * SALARY_BY_LEVEL[level] * factor);
      const job: Mutable<SyntheticEmployment> = {
        employerTaxCode: employer.taxCode,
        employerName: employer.name,
        contractType,
        start: dateString(jobStart),
      } as Mutable<SyntheticEmployment>;
      if (!open) job.end = dateString(jobEnd);
      job.monthlySalary = Math.round(salary / 100_000) * 100_000;
      out.push(job);
      recorded += (open ? refDay : jobEnd) - jobStart;
      if (open) current = employer;
      if (!isLast) jobStart = points[j] as number;
    }
    return { current, recordedDays: recorded, retired };
  }
}

/** The day a person reaches the statutory retirement age. */
function retirementDay(birth: number, female: boolean): number {
  const birthYear = yearOf(birth);
  const sex = female ? "female" : "male";
  for (let year = birthYear + 55; year <= birthYear + 62; year++) {
    const day = addMonths(birth, retirementAgeMonths(sex, year));
    if (yearOf(day) === year) return day;
  }
  return addMonths(birth, retirementAgeMonths(sex, birthYear + 62));
}
