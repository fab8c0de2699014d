// Distributions of 100,000 synthetic persons against the tables they come from (FACTS §7 family
// names, the 2019 census age-sex structure, ethnic and religious composition) and the structure of
// their households.
import { beforeAll, describe, expect, it } from "vitest";
import { createPopulation, type SyntheticHousehold, type SyntheticPerson } from "../src/index.js";
import { AGE_GROUPS } from "../src/tables/age-sex.js";
import { PROVINCES, type Region } from "../src/tables/provinces.js";

const SIZE = 100_000;
const AS_OF = "2026-01-01";
const regionOf = new Map<string, Region>(PROVINCES.map(([code, , , region]) => [code, region]));

const persons: SyntheticPerson[] = [];
const households: SyntheticHousehold[] = [];

function ageAt(dateOfBirth: string, on: string): number {
  const age = Number(on.slice(0, 4)) - Number(dateOfBirth.slice(0, 4));
  return on.slice(5) < dateOfBirth.slice(5) ? age - 1 : age;
}
const share = (count: number, total: number) => (100 * count) / total;
const count = (list: readonly SyntheticPerson[], predicate: (p: SyntheticPerson) => boolean) =>
  list.reduce((n, p) => n + (predicate(p) ? 1 : 0), 0);

beforeAll(async () => {
  const population = await createPopulation({ size: SIZE, seed: 2019, asOf: AS_OF });
  for (const { household, members } of population.households()) {
    households.push(household);
    persons.push(...members);
  }
}, 60_000);

describe("family names (FACTS §7)", () => {
  it("has Nguyễn at 38 % ± 2", () => {
    const nguyen = share(
      count(persons, (p) => p.name.familyName === "Nguyễn"),
      SIZE,
    );
    expect(nguyen).toBeGreaterThan(36);
    expect(nguyen).toBeLessThan(40);
  });

  it("has the other frequent names in order of frequency, and a long tail", () => {
    const counts = new Map<string, number>();
    for (const p of persons)
      counts.set(p.name.familyName, (counts.get(p.name.familyName) ?? 0) + 1);
    const of = (name: string) => share(counts.get(name) ?? 0, SIZE);
    expect(of("Trần")).toBeGreaterThan(of("Lê"));
    expect(of("Lê")).toBeGreaterThan(of("Phạm"));
    expect(of("Phạm")).toBeGreaterThan(of("Phan"));
    expect(of("Hoàng") + of("Huỳnh")).toBeGreaterThan(3.5);
    expect(of("Vũ") + of("Võ")).toBeGreaterThan(2.5);
    expect(counts.size).toBeGreaterThan(120);
  });

  it("uses Hoàng and Vũ in the north, Huỳnh and Võ in the south", () => {
    const southern = (region: Region) => {
      const inRegion = persons.filter(
        (p) => regionOf.get(p.residence.legacy.provinceCode) === region,
      );
      const north = count(
        inRegion,
        (p) => p.name.familyName === "Hoàng" || p.name.familyName === "Vũ",
      );
      const south = count(
        inRegion,
        (p) => p.name.familyName === "Huỳnh" || p.name.familyName === "Võ",
      );
      return south / (north + south);
    };
    expect(southern("RRD")).toBeLessThan(0.15);
    expect(southern("MD")).toBeGreaterThan(0.75);
  });

  it("gives middle names that depend on sex and birth decade", () => {
    const bornBefore1970 = persons.filter((p) => p.dateOfBirth < "1970");
    const bornAfter2005 = persons.filter((p) => p.dateOfBirth >= "2005");
    const thi = (list: SyntheticPerson[]) => {
      const women = list.filter((p) => p.sex === "female");
      return count(women, (p) => p.name.middleName?.startsWith("Thị") === true) / women.length;
    };
    const van = (list: SyntheticPerson[]) => {
      const men = list.filter((p) => p.sex === "male");
      return count(men, (p) => p.name.middleName === "Văn") / men.length;
    };
    expect(thi(bornBefore1970)).toBeGreaterThan(0.7);
    expect(thi(bornAfter2005)).toBeLessThan(0.3);
    expect(van(bornBefore1970)).toBeGreaterThan(0.4);
    expect(van(bornAfter2005)).toBeLessThan(0.2);
    expect(count(persons, (p) => p.sex === "male" && p.name.middleName === "Thị")).toBe(0);
  });

  it("writes full names as family, middle and given name, in NFC", () => {
    for (const p of persons) {
      const { fullName, familyName, middleName, givenName } = p.name;
      expect(fullName).toBe([familyName, middleName, givenName].filter(Boolean).join(" "));
      expect(fullName).toBe(fullName.normalize("NFC"));
    }
  });
});

describe("age and sex (2019 census structure)", () => {
  it("matches every 5-year age group within 0.25 points", () => {
    const ages = persons.map((p) => ageAt(p.dateOfBirth, AS_OF));
    for (const group of AGE_GROUPS) {
      const observed = share(ages.filter((a) => a >= group.from && a <= group.to).length, SIZE);
      expect(Math.abs(observed - group.percent), `${group.from}–${group.to}`).toBeLessThan(0.25);
    }
  });

  it("has about 99 males per 100 females overall, about 111 among the youngest", () => {
    const males = count(persons, (p) => p.sex === "male");
    const ratio = (100 * males) / (SIZE - males);
    expect(ratio).toBeGreaterThan(97.5);
    expect(ratio).toBeLessThan(101);
    const young = persons.filter((p) => ageAt(p.dateOfBirth, AS_OF) < 5);
    const youngMales = count(young, (p) => p.sex === "male");
    const youngRatio = (100 * youngMales) / (young.length - youngMales);
    expect(youngRatio).toBeGreaterThan(105);
    expect(youngRatio).toBeLessThan(117);
  });
});

describe("ethnicity and religion", () => {
  it("has Kinh at 85.3 % ± 1.5", () => {
    const kinh = share(
      count(persons, (p) => p.ethnicity.code === "01"),
      SIZE,
    );
    expect(kinh).toBeGreaterThan(83.8);
    expect(kinh).toBeLessThan(86.8);
    expect(count(persons, (p) => p.ethnicity.system !== "ethnic-groups-2008")).toBe(0);
  });

  it("places minorities where they live", () => {
    const inRegion = (codes: readonly string[], region: Region) => {
      const group = persons.filter((p) => codes.includes(p.ethnicity.code));
      return (
        count(group, (p) => regionOf.get(p.residence.legacy.provinceCode) === region) / group.length
      );
    };
    expect(inRegion(["03", "08", "09"], "NM")).toBeGreaterThan(0.75); // Thái, Mông, Dao
    expect(inRegion(["05"], "MD")).toBeGreaterThan(0.8); // Khmer
    expect(inRegion(["10", "11", "12", "16"], "CH")).toBeGreaterThan(0.8); // Gia Rai, Ê Đê, Ba Na, Xơ Đăng
  });

  it("has mostly no religion, Catholics ≈ 6 %, Buddhists ≈ 5 %, Cao Đài and Hòa Hảo in the south", () => {
    const of = (code: string) =>
      share(
        count(persons, (p) => p.religion === code),
        SIZE,
      );
    expect(of("none")).toBeGreaterThan(80);
    expect(of("catholicism")).toBeGreaterThan(4.5);
    expect(of("catholicism")).toBeLessThan(7.5);
    expect(of("buddhism")).toBeGreaterThan(3.5);
    expect(of("buddhism")).toBeLessThan(6.5);
    const southern = (code: string) => {
      const followers = persons.filter((p) => p.religion === code);
      return (
        count(followers, (p) =>
          ["SE", "MD"].includes(regionOf.get(p.residence.legacy.provinceCode) ?? ""),
        ) / followers.length
      );
    };
    expect(southern("cao-dai")).toBeGreaterThan(0.9);
    expect(southern("hoa-hao-buddhism")).toBeGreaterThan(0.95);
  });
});

describe("households", () => {
  const byId = new Map<string, SyntheticPerson>();
  beforeAll(() => {
    for (const p of persons) byId.set(p.id, p);
  });

  it("have a plausible size, a head first, and members who point back", () => {
    const mean = SIZE / households.length;
    expect(mean).toBeGreaterThan(3);
    expect(mean).toBeLessThan(4);
    for (const h of households) {
      const members = h.memberIds.map((id) => byId.get(id) as SyntheticPerson);
      expect(members[0]?.relationshipToHead).toBe("00");
      expect(count(members, (m) => m.relationshipToHead === "00")).toBe(1);
      expect(count(members, (m) => m.relationshipToHead === "01")).toBeLessThanOrEqual(1);
      for (const m of members) {
        expect(m.householdId).toBe(h.id);
        expect(m.residence).toEqual({
          ...(members[0] as SyntheticPerson).residence,
          since: m.residence.since,
        });
      }
    }
  });

  it("pair spouses of opposite sex, both married; children take the father's family name", () => {
    let checked = 0;
    for (const h of households) {
      const members = h.memberIds.map((id) => byId.get(id) as SyntheticPerson);
      const head = members[0] as SyntheticPerson;
      const spouse = members.find((m) => m.relationshipToHead === "01");
      if (!spouse) continue;
      expect(spouse.sex).not.toBe(head.sex);
      expect(head.maritalStatus).toBe("married");
      expect(spouse.maritalStatus).toBe("married");
      const father = head.sex === "male" ? head : spouse;
      for (const child of members.filter((m) => m.relationshipToHead === "02")) {
        expect(child.name.familyName).toBe(father.name.familyName);
        expect(child.dateOfBirth > father.dateOfBirth).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20_000);
  });

  it("let women keep their family name at marriage", () => {
    let couples = 0;
    let same = 0;
    for (const h of households) {
      const members = h.memberIds.map((id) => byId.get(id) as SyntheticPerson);
      const spouse = members.find((m) => m.relationshipToHead === "01");
      if (!spouse) continue;
      couples++;
      if (spouse.name.familyName === members[0]?.name.familyName) same++;
    }
    expect(same / couples).toBeLessThan(0.3);
  });

  it("give the under-18s no spouse and no marriage", () => {
    for (const p of persons) {
      if (ageAt(p.dateOfBirth, AS_OF) < 18) {
        expect(p.maritalStatus).toBe("never-married");
        expect(p.relationshipToHead).not.toBe("01");
      }
    }
  });
});

describe("migration, phones, insurance", () => {
  it("registers most births in the province of residence, some elsewhere", () => {
    const same = share(
      count(persons, (p) => p.birthRegistrationProvince === p.residence.legacy.provinceCode),
      SIZE,
    );
    expect(same).toBeGreaterThan(70);
    expect(same).toBeLessThan(97);
  });

  it("gives about 30 % of phone numbers a pre-2018 11-digit form", () => {
    const phones = persons.filter((p) => p.phone);
    expect(phones.length / SIZE).toBeGreaterThan(0.6);
    const old = share(
      count(phones, (p) => p.phone?.before2018 !== undefined),
      phones.length,
    );
    expect(old).toBeGreaterThan(22);
    expect(old).toBeLessThan(38);
    expect(count(persons, (p) => p.phone !== undefined && ageAt(p.dateOfBirth, AS_OF) < 12)).toBe(
      0,
    );
  });

  it("insures most people, children under 6 as TE, pupils as HS, employees as DN or HC", () => {
    const insured = share(
      count(persons, (p) => p.healthInsurance !== undefined),
      SIZE,
    );
    expect(insured).toBeGreaterThan(88);
    expect(insured).toBeLessThan(98);
    for (const p of persons) {
      const age = ageAt(p.dateOfBirth, p.dateOfDeath ?? AS_OF);
      const group = p.healthInsurance?.group;
      if (age < 6 && !p.dateOfDeath) expect(group).toBe("TE");
      if (group === "HS") expect(age >= 6 && age < 18).toBe(true);
      const current = p.employment.at(-1);
      if (current && current.end === undefined) expect(["DN", "HC"]).toContain(group);
    }
  });
});
