// Everything the generator precomputes once per population: cumulative tables for every draw,
// the administrative tables, and the synthetic employers. Persons are then built without table
// look-ups beyond binary searches.

import type { PopulationOptions } from "../person.js";
import {
  digits,
  hash2,
  permute,
  Random,
  seedWords,
  type WeightedTable,
  weighted,
} from "../random/index.js";
import { AGE_GROUPS, OLDEST_AGE, OPEN_GROUP_DECAY } from "../tables/age-sex.js";
import {
  BRAND_SYLLABLES,
  ENTERPRISE_EXPONENT,
  ENTERPRISE_FORMS,
  ENTERPRISE_SECTORS,
  ENTERPRISES_PER_THOUSAND,
  PUBLIC_BODIES,
  PUBLIC_BODIES_PER_PROVINCE,
} from "../tables/enterprises.js";
import {
  ETHNIC_GROUPS,
  KINH,
  type NamingProfile,
  PROVINCE_MINORITIES,
} from "../tables/ethnicity.js";
import { POOR_HOUSEHOLD_SHARE } from "../tables/health-insurance.js";
import {
  GIVEN_NAMES,
  HIGHLANDS_GIVEN_NAMES,
  KHMER_NAMES,
  KINH_FAMILY_NAMES,
  KINH_LONG_TAIL,
  KINH_LONG_TAIL_PERCENT,
  MIDDLE_NAMES,
  MINORITY_FAMILY_NAMES,
  MONG_NAMES,
  REGIONAL_FAMILY_NAME_SEPARATOR,
  THI_SECOND_MIDDLE,
  type WeightedNames,
} from "../tables/names.js";
import { MOBILE_PREFIX_GROUPS } from "../tables/phone.js";
import { PROVINCES, type Region } from "../tables/provinces.js";
import {
  CHAM_ISLAM,
  DEFAULT_PROVINCE_RELIGION,
  ETHNIC_RELIGION,
  HOA_EXTRA,
  KINH_PROTESTANT_PERCENT,
  OTHER_MINORITY_RELIGION,
  PROVINCE_RELIGION,
} from "../tables/religion.js";
import { type AdminTables, loadAdminTables } from "./admin.js";
import { addYears } from "./dates.js";
import { type ResolvedOptions, resolveOptions } from "./options.js";

export const REGIONS: readonly Region[] = ["RRD", "NM", "NCC", "CH", "SE", "MD"];

/** Relative attraction of an origin region (columns, REGIONS order) for migrants to a destination region (rows). L. */
const ORIGIN_AFFINITY: Readonly<Record<Region, readonly number[]>> = {
  RRD: [3, 2.5, 1.5, 0.3, 0.3, 0.2],
  NM: [2, 3, 1, 0.2, 0.2, 0.2],
  NCC: [1, 0.5, 3, 0.5, 0.5, 0.3],
  CH: [1.5, 1.5, 2.5, 2, 0.5, 0.3],
  SE: [1, 0.6, 2.5, 0.8, 1.5, 3],
  MD: [0.2, 0.2, 0.5, 0.2, 1, 3],
};

/** Ethnic groups at home in the Central Highlands or the northern mountains (not migrants there). */
const REMOTE_REGIONS: ReadonlySet<Region> = new Set(["NM", "CH"]);

export interface ProvinceInfo {
  readonly index: number;
  readonly code: string;
  readonly name: string;
  /** "thành phố Hà Nội", "tỉnh Hà Giang" */
  readonly fullName: string;
  readonly region: Region;
  readonly regionIndex: number;
  readonly migrantShare: number;
  readonly southernNames: number;
  readonly poorShare: number;
}

/** A family-name table: northern and southern forms of each name. */
export interface FamilyNameTable {
  readonly north: readonly string[];
  readonly south: readonly string[];
  readonly cumulative: Float64Array;
}

/** A synthetic employer. */
export interface SyntheticEmployer {
  readonly taxCode: string;
  readonly name: string;
  /** Pre-2025 province code. */
  readonly provinceCode: string;
  /** A public body (its staff are in health-insurance group HC) rather than an enterprise (DN). */
  readonly publicBody: boolean;
}

/** One value per sex. */
type BySex<T> = { readonly male: T; readonly female: T };
/** Names given to people born before and after the turn in naming fashion. */
type ByEra<T> = { readonly classic: T; readonly modern: T };
/** Middle and given names of a naming tradition, per sex. */
type MiddleAndGiven = {
  readonly middle: BySex<WeightedTable<string>>;
  readonly given: BySex<WeightedTable<string>>;
};

export interface NameTables {
  readonly family: Readonly<Record<NamingProfile, FamilyNameTable>>;
  readonly middle: BySex<ByEra<WeightedTable<string>>>;
  readonly thiSecond: WeightedTable<string>;
  readonly given: BySex<ByEra<WeightedTable<string>>>;
  readonly mong: MiddleAndGiven;
  readonly khmer: MiddleAndGiven;
  readonly highlands: BySex<WeightedTable<string>>;
}

/** The precomputed state of one population. */
export interface Context {
  readonly options: ResolvedOptions;
  readonly seed0: number;
  readonly seed1: number;
  readonly admin: AdminTables;
  readonly provinces: readonly ProvinceInfo[];
  readonly provinceIndex: ReadonlyMap<string, number>;
  /** Province of residence: cumulative population weights. */
  readonly residence: Float64Array;
  /** Per province: ethnic codes and cumulative shares. */
  readonly ethnic: readonly {
    readonly codes: readonly string[];
    readonly cumulative: Float64Array;
  }[];
  readonly profileOf: ReadonlyMap<string, NamingProfile>;
  /** Per destination region index: cumulative origin weights over provinces (Kinh migrants). */
  readonly originByRegion: readonly Float64Array[];
  /** Lazily built: per ethnic code, cumulative weights of the provinces where the group lives. */
  readonly originByEthnic: Map<string, Float64Array>;
  /** Lazily built: religion table per province index and index in its ethnic composition. */
  readonly religion: (WeightedTable<string> | undefined)[][];
  readonly names: NameTables;
  /** Age groups × sex: cumulative shares (index 2·group + (female ? 1 : 0)). */
  readonly ageSexCells: Float64Array;
  /** Single ages inside the open group, cumulative. */
  readonly openGroupAges: Float64Array;
  /** addYears(asOf, −a) for a = 0 … OLDEST_AGE + 1. */
  readonly yearsBefore: Int32Array;
  /** Employers by province index: enterprises and public bodies. */
  readonly enterprises: readonly (readonly SyntheticEmployer[])[];
  readonly publicBodies: readonly (readonly SyntheticEmployer[])[];
  /** Phone prefix groups: cumulative weights per group. */
  readonly phoneGroups: readonly Float64Array[];
}

const CITIES = new Set(["01", "31", "48", "79", "92"]);

function cumulativeOf(weights: readonly number[]): Float64Array {
  const total = weights.reduce((a, b) => a + b, 0);
  const out = new Float64Array(weights.length);
  let running = 0;
  for (let i = 0; i < weights.length; i++) {
    running += weights[i] as number;
    out[i] = total > 0 ? running / total : (i + 1) / weights.length;
  }
  if (weights.length > 0) out[weights.length - 1] = 1;
  return out;
}

function familyTable(names: WeightedNames): FamilyNameTable {
  const table = weighted(names);
  const split = table.values.map((value) => value.split(REGIONAL_FAMILY_NAME_SEPARATOR));
  return {
    north: split.map((parts) => parts[0] as string),
    south: split.map((parts) => (parts[1] ?? parts[0]) as string),
    cumulative: table.cumulative,
  };
}

function buildNameTables(): NameTables {
  const mainTotal = KINH_FAMILY_NAMES.reduce((sum, [, w]) => sum + w, 0);
  const tailTotal = KINH_LONG_TAIL.reduce((sum, [, w]) => sum + w, 0);
  const kinh: WeightedNames = [
    ...KINH_FAMILY_NAMES,
    ...KINH_LONG_TAIL.map(
      ([name, w]) =>
        [
          name,
          (w / tailTotal) * KINH_LONG_TAIL_PERCENT * (mainTotal / (100 - KINH_LONG_TAIL_PERCENT)),
        ] as const,
    ),
  ];
  const family = {
    kinh: familyTable(kinh),
    hoa: familyTable(MINORITY_FAMILY_NAMES.hoa),
    tay: familyTable(MINORITY_FAMILY_NAMES.tay),
    thai: familyTable(MINORITY_FAMILY_NAMES.thai),
    muong: familyTable(MINORITY_FAMILY_NAMES.muong),
    mong: familyTable(MINORITY_FAMILY_NAMES.mong),
    dao: familyTable(MINORITY_FAMILY_NAMES.dao),
    tibeto: familyTable(MINORITY_FAMILY_NAMES.tibeto),
    khmer: familyTable(MINORITY_FAMILY_NAMES.khmer),
    cham: familyTable(MINORITY_FAMILY_NAMES.cham),
    highlands: familyTable(MINORITY_FAMILY_NAMES.highlands),
  };
  return {
    family,
    middle: {
      male: {
        classic: weighted(MIDDLE_NAMES.male.classic),
        modern: weighted(MIDDLE_NAMES.male.modern),
      },
      female: {
        classic: weighted(MIDDLE_NAMES.female.classic),
        modern: weighted(MIDDLE_NAMES.female.modern),
      },
    },
    thiSecond: weighted(THI_SECOND_MIDDLE),
    given: {
      male: {
        classic: weighted(GIVEN_NAMES.male.classic),
        modern: weighted(GIVEN_NAMES.male.modern),
      },
      female: {
        classic: weighted(GIVEN_NAMES.female.classic),
        modern: weighted(GIVEN_NAMES.female.modern),
      },
    },
    mong: {
      middle: {
        male: weighted(MONG_NAMES.middle.male),
        female: weighted(MONG_NAMES.middle.female),
      },
      given: { male: weighted(MONG_NAMES.given.male), female: weighted(MONG_NAMES.given.female) },
    },
    khmer: {
      middle: {
        male: weighted(KHMER_NAMES.middle.male),
        female: weighted(KHMER_NAMES.middle.female),
      },
      given: { male: weighted(KHMER_NAMES.given.male), female: weighted(KHMER_NAMES.given.female) },
    },
    highlands: {
      male: weighted(HIGHLANDS_GIVEN_NAMES.male),
      female: weighted(HIGHLANDS_GIVEN_NAMES.female),
    },
  };
}

let nameTables: NameTables | undefined;

/** Tax-code check digit (FACTS §3), or -1 when S mod 11 = 0 (never issued). */
export function taxCheckDigit(firstNine: string): number {
  const weights = [31, 29, 23, 19, 17, 13, 7, 5, 3];
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += (firstNine.charCodeAt(i) - 48) * (weights[i] as number);
  const remainder = sum % 11;
  return remainder === 0 ? -1 : (10 - remainder) % 10;
}

/** Employers: keyed by the seed only (not the size), so a larger population has the same employers. */
function buildEmployers(
  seed0: number,
  seed1: number,
  provinces: readonly ProvinceInfo[],
): { enterprises: SyntheticEmployer[][]; publicBodies: SyntheticEmployer[][] } {
  const rng = new Random(seed0, seed1, 0x454d504c, 0);
  const key = hash2(seed0 ^ 0x7a3c, seed1);
  const forms = weighted(ENTERPRISE_FORMS.map(([form, w]) => [form, w] as const));
  let candidate = 0;
  const nextTaxCode = (): string => {
    for (;;) {
      const body = `0${digits(permute(candidate++, 10000, 10000, key), 8)}`;
      if (body.slice(2) === "0000000") continue;
      const check = taxCheckDigit(body);
      if (check >= 0) return body + check;
    }
  };
  const enterprises: SyntheticEmployer[][] = [];
  const publicBodies: SyntheticEmployer[][] = [];
  for (const province of provinces) {
    const population = PROVINCES[province.index]?.[2] ?? 100;
    const count = Math.max(
      20,
      Math.round(ENTERPRISES_PER_THOUSAND * population ** ENTERPRISE_EXPONENT),
    );
    const list: SyntheticEmployer[] = [];
    for (let i = 0; i < count; i++) {
      const form =
        forms.values[Math.min(forms.values.length - 1, lowerBound(forms.cumulative, rng.next()))];
      const sector = rng.pick(ENTERPRISE_SECTORS);
      const a = rng.pick(BRAND_SYLLABLES);
      let b = rng.pick(BRAND_SYLLABLES);
      if (b === a) b = rng.pick(BRAND_SYLLABLES);
      list.push({
        taxCode: nextTaxCode(),
        name: `${form} ${sector} ${a} ${b}`,
        provinceCode: province.code,
        publicBody: false,
      });
    }
    enterprises.push(list);
    const bodies: SyntheticEmployer[] = [];
    for (let i = 0; i < PUBLIC_BODIES_PER_PROVINCE; i++) {
      const pattern = PUBLIC_BODIES[i % PUBLIC_BODIES.length] as string;
      const name = pattern
        .replace("{p}", province.fullName)
        .replace("{n}", String(1 + Math.floor(i / PUBLIC_BODIES.length)));
      bodies.push({ taxCode: nextTaxCode(), name, provinceCode: province.code, publicBody: true });
    }
    publicBodies.push(bodies);
  }
  return { enterprises, publicBodies };
}

function lowerBound(cumulative: Float64Array, u: number): number {
  let i = 0;
  while (i < cumulative.length - 1 && u >= (cumulative[i] as number)) i++;
  return i;
}

/** The religion table of a household: province index, index of the group in the province's ethnic composition. */
export function religionTable(
  context: Context,
  province: number,
  ethnicIndex: number,
): WeightedTable<string> {
  const row = context.religion[province] as (WeightedTable<string> | undefined)[];
  let table = row[ethnicIndex];
  if (table) return table;
  const info = context.provinces[province] as ProvinceInfo;
  const ethnic = (context.ethnic[province] as { codes: readonly string[] }).codes[
    ethnicIndex
  ] as string;
  const entries: [string, number][] = [];
  if (ethnic === KINH || ethnic === "06") {
    const [catholic, buddhist, caoDai, hoaHao] =
      PROVINCE_RELIGION[info.code] ?? DEFAULT_PROVINCE_RELIGION;
    const hoa = ethnic === "06";
    entries.push(
      ["catholicism", catholic + (hoa ? HOA_EXTRA.catholicism : 0)],
      ["buddhism", buddhist + (hoa ? HOA_EXTRA.buddhism : 0)],
      ["cao-dai", caoDai],
      ["hoa-hao-buddhism", hoaHao],
      [
        "protestantism",
        info.region === "SE" || info.region === "CH"
          ? KINH_PROTESTANT_PERCENT.southAndHighlands
          : KINH_PROTESTANT_PERCENT.elsewhere,
      ],
    );
  } else if (ethnic === "14") {
    const south = (CHAM_ISLAM.south as readonly string[]).includes(info.code);
    entries.push(["islam", south ? CHAM_ISLAM.southPercent : CHAM_ISLAM.elsewherePercent]);
  } else {
    for (const [code, percent] of ETHNIC_RELIGION[ethnic] ?? OTHER_MINORITY_RELIGION)
      entries.push([code, percent]);
  }
  const religious = entries.reduce((sum, [, p]) => sum + p, 0);
  entries.push(["none", Math.max(0, 100 - religious)]);
  table = weighted(entries);
  row[ethnicIndex] = table;
  return table;
}

/** Where members of an ethnic minority who moved come from: the provinces where the group lives. */
export function ethnicOrigins(context: Context, ethnic: string): Float64Array {
  let table = context.originByEthnic.get(ethnic);
  if (table) return table;
  table = cumulativeOf(
    PROVINCES.map(([code, , population]) => {
      const share = PROVINCE_MINORITIES[code]?.find(([c]) => c === ethnic)?.[1] ?? 0;
      return population * share;
    }),
  );
  context.originByEthnic.set(ethnic, table);
  return table;
}

/** Whether a household of this group in this province is at home in a remote region (for DT cards). */
export function isRemoteMinority(context: Context, province: number, ethnic: string): boolean {
  return (
    ethnic !== KINH &&
    ethnic !== "06" &&
    REMOTE_REGIONS.has((context.provinces[province] as ProvinceInfo).region)
  );
}

/** Build the context of a population (loads the administrative tables on first use). */
export async function createContext(options: PopulationOptions): Promise<Context> {
  const resolved = resolveOptions(options);
  const admin = await loadAdminTables();
  const [seed0, seed1] = seedWords(resolved.seed);
  const provinces: ProvinceInfo[] = PROVINCES.map(
    ([code, name, , region, migrantShare, southernNames], index) => ({
      index,
      code,
      name,
      fullName: `${CITIES.has(code) ? "thành phố" : "tỉnh"} ${name}`,
      region,
      regionIndex: REGIONS.indexOf(region),
      migrantShare,
      southernNames,
      poorShare: POOR_HOUSEHOLD_SHARE[region] ?? 0.02,
    }),
  );
  const residence = cumulativeOf(PROVINCES.map(([, , population]) => population));
  const ethnic = PROVINCES.map(([code]) => {
    const minorities = PROVINCE_MINORITIES[code] ?? [];
    const minorityTotal = minorities.reduce((sum, [, p]) => sum + p, 0);
    return {
      codes: [KINH, ...minorities.map(([c]) => c)],
      cumulative: cumulativeOf([Math.max(0, 100 - minorityTotal), ...minorities.map(([, p]) => p)]),
    };
  });
  const originByRegion = REGIONS.map((destination) =>
    cumulativeOf(
      PROVINCES.map(
        ([, , population, region]) =>
          population * (ORIGIN_AFFINITY[destination][REGIONS.indexOf(region)] ?? 0),
      ),
    ),
  );
  const cells: number[] = [];
  for (const group of AGE_GROUPS) {
    const male = (group.percent * group.sexRatio) / (100 + group.sexRatio);
    cells.push(male, group.percent - male);
  }
  const open = AGE_GROUPS[AGE_GROUPS.length - 1] as (typeof AGE_GROUPS)[number];
  const openWeights: number[] = [];
  for (let age = open.from, w = 1; age <= OLDEST_AGE; age++, w *= OPEN_GROUP_DECAY)
    openWeights.push(w);
  const yearsBefore = new Int32Array(OLDEST_AGE + 2);
  for (let a = 0; a <= OLDEST_AGE + 1; a++) yearsBefore[a] = addYears(resolved.asOfDay, -a);
  const { enterprises, publicBodies } = buildEmployers(seed0, seed1, provinces);
  nameTables ??= buildNameTables();
  return {
    options: resolved,
    seed0,
    seed1,
    admin,
    provinces,
    provinceIndex: new Map(provinces.map((p) => [p.code, p.index])),
    residence,
    ethnic,
    profileOf: new Map(ETHNIC_GROUPS.map(([code, , profile]) => [code, profile])),
    originByRegion,
    originByEthnic: new Map(),
    religion: provinces.map(() => []),
    names: nameTables,
    ageSexCells: cumulativeOf(cells),
    openGroupAges: cumulativeOf(openWeights),
    yearsBefore,
    enterprises,
    publicBodies,
    phoneGroups: MOBILE_PREFIX_GROUPS.map((group) => cumulativeOf(group.map((p) => p.weight))),
  };
}
