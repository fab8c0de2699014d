// Every person of a 100,000-person population: identifiers valid for @ndcvn/validators and
// consistent with the person, unique where they must be; addresses that exist on both sides of
// the 2025 reorganisation; codes of the code lists; education and work plausible for age.
import { getCodeList } from "@ndcvn/schemas";
import { lookupAdministrativeUnit } from "@ndcvn/schemas/admin-units";
import {
  checkPersonalIdConsistency,
  healthInsuranceCard,
  legacyIdCard,
  personalId,
  phoneNumber,
  socialInsuranceNumber,
  taxCode,
} from "@ndcvn/validators";
import { beforeAll, describe, expect, it } from "vitest";
import { createPopulation, MAX_POPULATION, type SyntheticPerson } from "../src/index.js";
import { BENEFIT_LEVEL } from "../src/tables/health-insurance.js";

const SIZE = 100_000;
const AS_OF = "2026-01-01";
const persons: SyntheticPerson[] = [];

function ageAt(dateOfBirth: string, on: string): number {
  const age = Number(on.slice(0, 4)) - Number(dateOfBirth.slice(0, 4));
  return on.slice(5) < dateOfBirth.slice(5) ? age - 1 : age;
}
function addYears(date: string, years: number): string {
  return `${String(Number(date.slice(0, 4)) + years).padStart(4, "0")}${date.slice(4)}`;
}
/** Collect the first few failures of a check over every person, so that a failure shows examples. */
function failures(check: (p: SyntheticPerson) => string | undefined): string[] {
  const out: string[] = [];
  for (const p of persons) {
    const problem = check(p);
    if (problem !== undefined && out.push(`${p.id}: ${problem}`) >= 5) break;
  }
  return out;
}

beforeAll(async () => {
  const population = await createPopulation({ size: SIZE, seed: 7, asOf: AS_OF });
  for (const p of population.persons()) persons.push(p);
}, 60_000);

describe("personal identification numbers (FACTS §1)", () => {
  it("parse, and their province, century/sex digit and year agree with the person", () => {
    const at = new Date(`${AS_OF}T00:00:00Z`);
    expect(
      failures((p) => {
        const parsed = personalId.parse(p.personalId, { at });
        if (!parsed.ok || parsed.issues.length > 0) return `invalid ${p.personalId}`;
        const year = Number(p.dateOfBirth.slice(0, 4));
        const digit = (year >= 2000 ? 2 : 0) + (p.sex === "female" ? 1 : 0);
        if (p.personalId.charAt(3) !== String(digit)) return `century/sex digit of ${p.personalId}`;
        if (parsed.details.birthYear !== year || parsed.details.sex !== p.sex) return "year or sex";
        if (p.personalId.slice(1, 3) !== p.birthRegistrationProvince) return "province";
        const consistency = checkPersonalIdConsistency(p.personalId, {
          dateOfBirth: p.dateOfBirth,
          sex: p.sex,
          birthRegistrationProvince: p.birthRegistrationProvince,
        });
        return consistency.ok ? undefined : consistency.issues.map((i) => i.code).join();
      }),
    ).toEqual([]);
  });

  it("are unique, as are CMND and social insurance numbers and phone numbers", () => {
    const unique = (values: (string | undefined)[]) => {
      const present = values.filter((v): v is string => v !== undefined);
      return new Set(present).size === present.length && present.length > 0;
    };
    expect(unique(persons.map((p) => p.personalId))).toBe(true);
    expect(unique(persons.map((p) => p.legacyIdCard?.number))).toBe(true);
    expect(unique(persons.map((p) => p.socialInsuranceNumber))).toBe(true);
    expect(unique(persons.map((p) => p.phone?.current))).toBe(true);
    expect(unique(persons.map((p) => p.legacyTaxCode))).toBe(true);
  });

  it("stay valid and unique at the far end of the largest population", async () => {
    const population = await createPopulation({ size: MAX_POPULATION, seed: 7, asOf: AS_OF });
    const tail = [...population.persons(MAX_POPULATION - 3000, MAX_POPULATION)];
    expect(tail.at(-1)?.id).toBe("P099999999");
    expect(tail.every((p) => personalId.isValid(p.personalId))).toBe(true);
    const all = new Set([...tail, ...persons].map((p) => p.personalId));
    expect(all.size).toBe(tail.length + persons.length);
  });
});

describe("older identifiers", () => {
  it("give a 9-digit CMND to people 14 or older before 2016, issued after their 14th birthday", () => {
    expect(
      failures((p) => {
        const card = p.legacyIdCard;
        const old = addYears(p.dateOfBirth, 14) < "2016-01-01";
        if (!card) return undefined;
        if (!old) return "CMND for someone too young";
        const parsed = legacyIdCard.parse(card.number);
        if (!parsed.ok || parsed.details.kind !== "nine-digit") return `CMND ${card.number}`;
        if (card.issuedOn < addYears(p.dateOfBirth, 14) || card.issuedOn > "2015-12-31")
          return `issued ${card.issuedOn}`;
        return undefined;
      }),
    ).toEqual([]);
    const eligible = persons.filter(
      (p) => addYears(p.dateOfBirth, 14) < "2016-01-01" && !p.dateOfDeath,
    );
    expect(eligible.filter((p) => p.legacyIdCard).length / eligible.length).toBeGreaterThan(0.9);
  });

  it("give valid phone numbers, whose pre-2018 form converts to the current one", () => {
    expect(
      failures((p) => {
        if (!p.phone) return undefined;
        if (!phoneNumber.isValid(p.phone.current)) return `invalid ${p.phone.current}`;
        if (!p.phone.current.startsWith("+84")) return "not E.164";
        if (p.phone.before2018 === undefined) return undefined;
        const old = phoneNumber.parse(p.phone.before2018);
        if (!/^01\d{9}$/.test(p.phone.before2018)) return `old form ${p.phone.before2018}`;
        return old.ok && old.value === p.phone.current ? undefined : `old ${p.phone.before2018}`;
      }),
    ).toEqual([]);
  });

  it("give valid tax codes with check digit to some workers and to every employer", () => {
    expect(
      failures((p) => {
        if (
          p.legacyTaxCode &&
          !(taxCode.parse(p.legacyTaxCode).ok && p.legacyTaxCode.length === 10)
        )
          return `tax ${p.legacyTaxCode}`;
        if (p.legacyTaxCode && p.employment.length === 0) return "tax code without work";
        const bad = p.employment.find((job) => !taxCode.isValid(job.employerTaxCode));
        return bad ? `employer ${bad.employerTaxCode}` : undefined;
      }),
    ).toEqual([]);
    expect(persons.filter((p) => p.legacyTaxCode).length).toBeGreaterThan(5000);
  });

  it("give health-insurance cards of the right shape, group, level and province, valid at asOf", () => {
    expect(
      failures((p) => {
        const card = p.healthInsurance;
        if (!card) return undefined;
        const parsed = healthInsuranceCard.parse(card.cardCode);
        if (!parsed.ok || parsed.details.kind !== "full-code") return `card ${card.cardCode}`;
        const d = parsed.details;
        if (d.beneficiaryGroup.code !== card.group || d.benefitLevel !== card.level)
          return "group/level";
        if (BENEFIT_LEVEL[card.group] !== card.level) return `level of ${card.group}`;
        if (
          d.province.code !== card.provinceCode ||
          card.provinceCode !== p.residence.legacy.provinceCode
        )
          return "province";
        if (d.socialInsuranceNumber !== p.socialInsuranceNumber) return "SIN";
        if (!(card.validFrom <= card.validTo)) return "validity";
        if (!p.dateOfDeath && !(card.validFrom <= AS_OF && AS_OF <= card.validTo))
          return "not valid at asOf";
        return undefined;
      }),
    ).toEqual([]);
    expect(
      failures((p) =>
        p.socialInsuranceNumber !== undefined &&
        !socialInsuranceNumber.isValid(p.socialInsuranceNumber)
          ? "SIN"
          : (p.healthInsurance || p.employment.length > 0) && !p.socialInsuranceNumber
            ? "no SIN"
            : undefined,
      ),
    ).toEqual([]);
  });
});

describe("addresses (FACTS §2)", () => {
  it("use current communes that exist from 2025-07-01, successors of legacy communes that existed until 2025-06-30", () => {
    expect(
      failures((p) => {
        const r = p.residence;
        const current = lookupAdministrativeUnit(r.communeCode, { at: "2025-07-01" });
        if (current?.level !== "commune") return `current ${r.communeCode}`;
        if (current.provinceCode !== r.provinceCode) return "current province";
        if (!lookupAdministrativeUnit(r.provinceCode, { at: "2025-07-01" })) return "province code";
        const legacy = lookupAdministrativeUnit(r.legacy.communeCode, { at: "2025-06-30" });
        if (!legacy) return `legacy ${r.legacy.communeCode}`;
        if (
          legacy.districtCode !== r.legacy.districtCode ||
          legacy.provinceCode !== r.legacy.provinceCode
        )
          return "legacy hierarchy";
        if (!lookupAdministrativeUnit(r.legacy.districtCode, { at: "2025-06-30" }))
          return "district";
        if (!legacy.successors?.some((s) => s.code === r.communeCode)) return "not a successor";
        if (r.line.trim() === "" || r.since < p.dateOfBirth || r.since > AS_OF)
          return "line or since";
        return undefined;
      }),
    ).toEqual([]);
  });

  it("register births in one of the 63 pre-2025 provinces", () => {
    expect(
      failures((p) =>
        lookupAdministrativeUnit(p.birthRegistrationProvince, { at: "2025-06-30" })
          ? undefined
          : "province",
      ),
    ).toEqual([]);
  });
});

describe("codes of the code lists", () => {
  it("use only codes that the lists define", async () => {
    const codes = async (name: string) =>
      new Set((await getCodeList(name))?.entries.map((e) => e.code));
    const lists = {
      ethnic: await codes("ethnic-groups-2008"),
      religion: await codes("religions"),
      marital: await codes("marital-status"),
      relationship: await codes("household-relationships"),
      education: await codes("education-levels"),
      contract: await codes("labour-contract-types"),
      group: await codes("health-insurance-beneficiary-groups"),
    };
    expect(
      failures((p) => {
        if (!lists.ethnic.has(p.ethnicity.code)) return `ethnicity ${p.ethnicity.code}`;
        if (!lists.religion.has(p.religion)) return `religion ${p.religion}`;
        if (!lists.marital.has(p.maritalStatus)) return `marital ${p.maritalStatus}`;
        if (!lists.relationship.has(p.relationshipToHead))
          return `relationship ${p.relationshipToHead}`;
        if (!lists.education.has(p.education)) return `education ${p.education}`;
        if (p.healthInsurance && !lists.group.has(p.healthInsurance.group)) return "group";
        const job = p.employment.find((j) => !lists.contract.has(j.contractType));
        return job ? `contract ${job.contractType}` : undefined;
      }),
    ).toEqual([]);
  });
});

describe("education and work", () => {
  it("fit the person's age", () => {
    const minimumAge: Record<string, number> = {
      nursery: 3,
      kindergarten: 6,
      primary: 11,
      "lower-secondary": 15,
      "upper-secondary": 18,
      "vocational-elementary": 19,
      "vocational-intermediate": 20,
      college: 21,
      university: 22,
      master: 24,
      doctorate: 28,
    };
    expect(
      failures((p) => {
        const age = ageAt(p.dateOfBirth, p.dateOfDeath ?? AS_OF);
        if (age < (minimumAge[p.education] ?? 0)) return `${p.education} at ${age}`;
        let previousEnd = "";
        for (const [k, job] of p.employment.entries()) {
          if (job.start < addYears(p.dateOfBirth, 15)) return `job at ${job.start}`;
          if (job.start < previousEnd) return "overlapping jobs";
          if (job.end !== undefined && job.end < job.start) return "ends before it starts";
          if (job.end === undefined && k !== p.employment.length - 1) return "open job not last";
          if (job.monthlySalary < 100_000 || job.monthlySalary % 100_000 !== 0) return "salary";
          if (p.dateOfDeath && (job.end === undefined || job.end > p.dateOfDeath))
            return "works after death";
          if (job.contractType === "seasonal" && (job.end === undefined || job.end > "2020-12-31"))
            return "seasonal after 2020";
          previousEnd = job.end ?? "9999";
        }
        const current = p.employment.at(-1);
        const retirementAge = p.sex === "male" ? 62 : 60;
        if (current && current.end === undefined && age > retirementAge) return `working at ${age}`;
        return undefined;
      }),
    ).toEqual([]);
    const adults = persons.filter((p) => {
      const age = ageAt(p.dateOfBirth, AS_OF);
      return age >= 25 && age < 55;
    });
    expect(adults.filter((p) => p.employment.length > 0).length / adults.length).toBeGreaterThan(
      0.3,
    );
  });

  it("record deaths only before asOf, for a few", () => {
    const dead = persons.filter((p) => p.dateOfDeath);
    expect(dead.length / SIZE).toBeLessThan(0.01);
    for (const p of dead) {
      expect(p.dateOfDeath && p.dateOfDeath > p.dateOfBirth && p.dateOfDeath < AS_OF).toBe(true);
      expect(p.relationshipToHead).not.toBe("00");
    }
  });
});
