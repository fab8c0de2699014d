// People for the extract tests: the real generator (`populationPeople`), and `makePeople`, a small
// independent maker whose people exercise every fault often (old-style and new-style tone marks,
// renumbered phones, many deaths) — valid SyntheticPersons
// (personal IDs consistent with birth province, sex and year; real commune codes with their 2025
// successors; valid tax codes and phone numbers). Every value is made up.
import { readFileSync } from "node:fs";
import { createPopulation } from "../src/index.js";
import type { SyntheticEmployment, SyntheticPerson } from "../src/person.js";

interface CommuneEntry {
  readonly code: string;
  readonly validFrom?: string;
  readonly validTo?: string;
  readonly provinceCode?: string;
  readonly districtCode?: string;
  readonly successors?: readonly { readonly code: string; readonly kind: string }[];
}

const communes = (
  JSON.parse(
    readFileSync(new URL("../../schemas/codelists/communes.json", import.meta.url), "utf8"),
  ) as { entries: CommuneEntry[] }
).entries;
const newProvince = new Map(
  communes.filter((c) => c.validFrom !== undefined).map((c) => [c.code, c.provinceCode ?? ""]),
);
const oldCommunes = communes.filter(
  (c) =>
    c.validFrom === undefined &&
    c.successors !== undefined &&
    c.successors.length > 0 &&
    newProvince.has(c.successors[0]?.code ?? ""),
);
const oldProvinces = [...new Set(oldCommunes.map((c) => c.provinceCode ?? ""))].sort();

/** A small seeded generator (mulberry32). */
function generator(seed: number) {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  return {
    next,
    int,
    chance: (p: number) => next() < p,
    pick: <T>(items: readonly T[]): T => items[int(items.length)] as T,
    digits: (count: number) => Array.from({ length: count }, () => String(int(10))).join(""),
  };
}

const FAMILY = [
  "Nguyễn",
  "Trần",
  "Lê",
  "Phạm",
  "Hoàng",
  "Huỳnh",
  "Phan",
  "Vũ",
  "Võ",
  "Đặng",
  "Bùi",
  "Đỗ",
  "Hồ",
  "Ngô",
  "Dương",
  "Lý",
];
const FAMILY_WEIGHTS = [38, 11, 9.5, 7, 3, 2, 4.5, 2, 2, 2, 2, 1.4, 1.3, 1.3, 1, 0.5];
const MIDDLE_MALE = ["Văn", "Đức", "Minh", "Quốc", "Hữu", "Thanh", "Công", "Xuân"];
const MIDDLE_FEMALE = ["Thị", "Ngọc", "Thu", "Thanh", "Minh", "Thị Bích", "Kim", "Phương"];
// Both tone placements on purpose (Hoà/Hòa, Thuỷ/Thủy): the generator of the real population may use either.
const GIVEN_MALE = [
  "An",
  "Bình",
  "Cường",
  "Dũng",
  "Hùng",
  "Hoà",
  "Hòa",
  "Khoa",
  "Long",
  "Nam",
  "Phúc",
  "Quân",
  "Sơn",
  "Thắng",
  "Toàn",
  "Tuấn",
  "Việt",
  "Thụy",
  "Khoẻ",
  "Huy",
];
const GIVEN_FEMALE = [
  "Anh",
  "Chi",
  "Dung",
  "Hà",
  "Hạnh",
  "Hoa",
  "Hương",
  "Lan",
  "Linh",
  "Mai",
  "Ngọc",
  "Nhung",
  "Thảo",
  "Thuỷ",
  "Thủy",
  "Thúy",
  "Trang",
  "Xoan",
  "Yến",
  "Loan",
];
const STREETS = [
  "Lê Lợi",
  "Trần Hưng Đạo",
  "Nguyễn Trãi",
  "Hai Bà Trưng",
  "Quang Trung",
  "Lý Thường Kiệt",
];

function weighted<T>(items: readonly T[], weights: readonly number[], u: number): T {
  const total = weights.reduce((a, b) => a + b, 0);
  let x = u * total;
  for (let i = 0; i < items.length; i++) {
    x -= weights[i] as number;
    if (x < 0) return items[i] as T;
  }
  return items[items.length - 1] as T;
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function randomDate(g: ReturnType<typeof generator>, from: number, to: number): string {
  const year = from + g.int(to - from + 1);
  const month = 1 + g.int(12);
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 && leap ? 29 : (DAYS[month - 1] as number);
  return `${year}-${pad(month)}-${pad(1 + g.int(days))}`;
}

/** A 10-digit tax code with its check digit (Circular 105/2020/TT-BTC; FACTS §3). */
function taxCode(g: ReturnType<typeof generator>, first: string): string {
  const weights = [31, 29, 23, 19, 17, 13, 7, 5, 3];
  for (;;) {
    const digits = first + g.digits(9 - first.length);
    if (/^..0{7}$/.test(digits)) continue;
    const sum = [...digits].reduce((s, d, i) => s + Number(d) * (weights[i] as number), 0);
    if (sum % 11 === 0) continue;
    return digits + String((10 - (sum % 11)) % 10);
  }
}

const RENUMBERED = [
  "0162",
  "0163",
  "0164",
  "0165",
  "0166",
  "0167",
  "0168",
  "0169",
  "0120",
  "0121",
  "0122",
  "0126",
  "0128",
  "0123",
  "0124",
  "0125",
  "0127",
  "0129",
];
const PREFIX_2018: Record<string, string> = {
  "0162": "32",
  "0163": "33",
  "0164": "34",
  "0165": "35",
  "0166": "36",
  "0167": "37",
  "0168": "38",
  "0169": "39",
  "0120": "70",
  "0121": "79",
  "0122": "77",
  "0126": "76",
  "0128": "78",
  "0123": "83",
  "0124": "84",
  "0125": "85",
  "0127": "81",
  "0129": "82",
};
const TEN_DIGIT = ["90", "91", "93", "94", "96", "97", "98", "86", "88"];

/** `count` people, the same for the same seed; born up to `asOf`. */
export function makePeople(count: number, seed = 1, asOf = "2026-01-01"): SyntheticPerson[] {
  const g = generator(seed);
  const asOfYear = Number(asOf.slice(0, 4));
  const people: SyntheticPerson[] = [];
  for (let index = 0; index < count; index++) {
    const sex = g.chance(0.5) ? "male" : "female";
    let dateOfBirth = randomDate(g, 1930, asOfYear - 1);
    if (dateOfBirth >= asOf) dateOfBirth = `${asOfYear - 1}-06-15`;
    const year = Number(dateOfBirth.slice(0, 4));
    const age = asOfYear - year;
    const commune = g.pick(oldCommunes);
    const legacyProvince = commune.provinceCode ?? "01";
    const successor = commune.successors?.[0]?.code ?? "";
    const birthProvince = g.chance(0.85) ? legacyProvince : g.pick(oldProvinces);
    const centuryDigit = (year >= 2000 ? 2 : 0) + (sex === "female" ? 1 : 0);
    const personalId = `0${birthProvince}${centuryDigit}${String(year % 100).padStart(2, "0")}${g.digits(6)}`;
    const family = weighted(FAMILY, FAMILY_WEIGHTS, g.next());
    const middle = g.chance(0.9) ? g.pick(sex === "male" ? MIDDLE_MALE : MIDDLE_FEMALE) : undefined;
    const given = g.pick(sex === "male" ? GIVEN_MALE : GIVEN_FEMALE);
    const name = {
      fullName: [family, middle, given].filter(Boolean).join(" "),
      familyName: family,
      ...(middle !== undefined ? { middleName: middle } : {}),
      givenName: given,
    };
    const adult = age >= 18;
    const cmnd =
      year <= 2001 && g.chance(0.9)
        ? { number: g.digits(9), issuedOn: randomDate(g, Math.max(year + 14, 1980), 2015) }
        : undefined;
    let phone: SyntheticPerson["phone"];
    if (age >= 15 && g.chance(0.85)) {
      if (g.chance(0.4)) {
        const old = g.pick(RENUMBERED);
        const subscriber = g.digits(7);
        phone = {
          current: `+84${PREFIX_2018[old]}${subscriber}`,
          before2018: `+84${old.slice(1)}${subscriber}`,
        };
      } else {
        phone = { current: `+84${g.pick(TEN_DIGIT)}${g.digits(7)}` };
      }
    }
    const employment: SyntheticEmployment[] = [];
    if (age >= 22 && g.chance(0.6)) {
      let start = randomDate(g, Math.max(year + 20, 1990), Math.min(year + 40, asOfYear - 1));
      const jobs = 1 + g.int(3);
      for (let j = 0; j < jobs && start < asOf; j++) {
        const endYear = Number(start.slice(0, 4)) + 1 + g.int(8);
        const end = j < jobs - 1 || g.chance(0.3) ? `${endYear}-12-31` : undefined;
        const job: SyntheticEmployment = {
          employerTaxCode: taxCode(g, "0"),
          employerName: `Công ty TNHH ${g.pick(["Sao Mai", "Hồng Hà", "Bình Minh", "Thành Công", "Hòa Phát Xanh"])}`,
          contractType: g.pick(["indefinite-term", "definite-term"]),
          start,
          ...(end !== undefined && end < asOf ? { end } : {}),
          monthlySalary: 5_000_000 + g.int(40) * 500_000,
        };
        employment.push(job);
        if (job.end === undefined) break;
        start = `${endYear + 1}-02-01`;
      }
    }
    const socialInsuranceNumber = g.chance(0.9) ? g.digits(10) : undefined;
    let healthInsurance: SyntheticPerson["healthInsurance"];
    if (socialInsuranceNumber !== undefined) {
      const group =
        age < 6 ? "TE" : age < 18 ? "HS" : employment.length > 0 ? "DN" : age >= 60 ? "HT" : "GD";
      const level = 1 + g.int(5);
      const validFrom = randomDate(g, Math.max(year, asOfYear - 2), asOfYear - 1);
      healthInsurance = {
        group,
        level,
        provinceCode: legacyProvince,
        cardCode: `${group}${level}${legacyProvince}${socialInsuranceNumber}`,
        validFrom,
        validTo: `${Number(validFrom.slice(0, 4)) + 1}-12-31`,
      };
    }
    const education =
      age < 6
        ? "none"
        : age < 11
          ? "primary"
          : age < 15
            ? "primary"
            : age < 18
              ? "lower-secondary"
              : g.pick([
                  "lower-secondary",
                  "upper-secondary",
                  "upper-secondary",
                  "vocational-intermediate",
                  "college",
                  "university",
                  "university",
                  "master",
                ]);
    const dead = age >= 1 && g.chance(age > 60 ? 0.15 : 0.02);
    const dateOfDeath = dead ? randomDate(g, Math.max(year + 1, 2000), asOfYear - 1) : undefined;
    const since = randomDate(g, Math.max(year, 1990), asOfYear - 1);
    people.push({
      id: `P${String(index).padStart(9, "0")}`,
      householdId: `H${String(Math.floor(index / 4)).padStart(9, "0")}`,
      relationshipToHead: index % 4 === 0 ? "00" : g.pick(["01", "02", "03"]),
      name,
      sex,
      dateOfBirth,
      birthRegistrationProvince: birthProvince,
      personalId,
      ...(cmnd ? { legacyIdCard: cmnd } : {}),
      ethnicity: { system: "ethnic-groups-2008", code: g.chance(0.85) ? "01" : pad(2 + g.int(53)) },
      religion: g.chance(0.8) ? "none" : g.pick(["buddhism", "catholicism", "cao-dai"]),
      maritalStatus: !adult
        ? "never-married"
        : g.pick(["never-married", "married", "married", "divorced", "widowed"]),
      residence: {
        line: g.chance(0.5)
          ? `Số ${1 + g.int(200)} đường ${g.pick(STREETS)}`
          : `Thôn ${1 + g.int(12)}`,
        communeCode: successor,
        provinceCode: newProvince.get(successor) ?? "",
        legacy: {
          communeCode: commune.code,
          districtCode: commune.districtCode ?? "",
          provinceCode: legacyProvince,
        },
        since: [since, dateOfBirth].sort()[1] as string,
      },
      ...(phone ? { phone } : {}),
      ...(socialInsuranceNumber !== undefined ? { socialInsuranceNumber } : {}),
      ...(healthInsurance && (!dead || g.chance(0.3)) ? { healthInsurance } : {}),
      ...(employment.length > 0 && g.chance(0.5) ? { legacyTaxCode: taxCode(g, "80") } : {}),
      education,
      employment,
      ...(dateOfDeath !== undefined && dateOfDeath > dateOfBirth ? { dateOfDeath } : {}),
    });
  }
  return people;
}

/** The first `size` people of a `generatePopulation` population, as a restartable iterable. */
export async function populationPeople(
  size: number,
  seed: number,
  asOf = "2026-01-01",
): Promise<Iterable<SyntheticPerson>> {
  const population = await createPopulation({ size, seed, asOf });
  return { [Symbol.iterator]: () => population.persons() };
}
