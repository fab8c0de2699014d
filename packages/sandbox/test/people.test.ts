// The people operations over real HTTP: data minimisation, verification by the contract's
// comparison rules, batches — every answer checked against the contract.
import { createPopulation, type SyntheticPerson } from "@ndcvn/synth";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  call,
  contractErrors,
  headersOf,
  startTestSandbox,
  type TestSandbox,
  tokenOf,
} from "./support.js";

let sandbox: TestSandbox;
let token: string;
let people: SyntheticPerson[];

beforeAll(async () => {
  sandbox = await startTestSandbox({ seed: 11, people: 300 });
  token = await tokenOf(sandbox);
  // The truth the sandbox serves: the same population, made independently.
  people = [...(await createPopulation({ size: 300, seed: 11 })).persons()];
});
afterAll(async () => {
  expect(sandbox.internalErrors).toEqual([]);
  await sandbox.close();
});

const find = (predicate: (person: SyntheticPerson) => boolean) => {
  const person = people.find(predicate);
  if (!person) throw new TypeError("no such person in the test population");
  return person;
};

describe("getPerson", () => {
  it("returns the personal ID and only the fields asked for, with provenance", async () => {
    const person = find((p) => p.phone !== undefined);
    const answer = await call<Record<string, { value: unknown; source: string }>>(
      sandbox,
      `/people/${person.personalId}?fields=name,dateOfBirth`,
      { headers: headersOf(sandbox, token, { "X-Request-Id": "req-people-1" }) },
    );
    expect(answer.status).toBe(200);
    expect(contractErrors("getPerson", answer)).toEqual([]);
    expect(Object.keys(answer.body).sort()).toEqual(["dateOfBirth", "name", "personalId"]);
    expect(answer.body.name?.value).toMatchObject({ fullName: person.name.fullName });
    expect(answer.body.dateOfBirth).toMatchObject({
      value: person.dateOfBirth,
      source: "population",
    });
    expect(answer.headers.get("cache-control")).toBe("no-store");
    expect(answer.headers.get("x-request-id")).toBe("req-people-1");
  });

  it("answers every field of the profile valid against the contract", async () => {
    const fields =
      "name,dateOfBirth,sex,ethnicity,nationality,permanentResidence,currentResidence,phoneNumbers,emails,legacyIdCard,socialInsuranceNumber,healthInsuranceCard,taxCode,educationLevel,occupation,maritalStatus,deathStatus";
    for (const person of people.slice(0, 40)) {
      const answer = await call(sandbox, `/people/${person.personalId}?fields=${fields}`, {
        headers: headersOf(sandbox, token),
      });
      expect(answer.status).toBe(200);
      expect(contractErrors("getPerson", answer)).toEqual([]);
    }
  });

  it("leaves out what the warehouse does not hold", async () => {
    const person = find((p) => p.legacyIdCard === undefined);
    const answer = await call<Record<string, unknown>>(
      sandbox,
      `/people/${person.personalId}?fields=legacyIdCard,sex`,
      { headers: headersOf(sandbox, token) },
    );
    expect(answer.status).toBe(200);
    expect(answer.body.legacyIdCard).toBeUndefined();
    expect(answer.body.sex).toMatchObject({ value: person.sex });
  });

  it("answers 404 not_found for a valid personal ID of nobody", async () => {
    const answer = await call<{ code: string; detail: string }>(
      sandbox,
      `/people/${sandbox.samples.unknownPersonalId}?fields=name`,
      { headers: headersOf(sandbox, token) },
    );
    expect(answer.status).toBe(404);
    expect(answer.body.code).toBe("not_found");
    expect(answer.text).not.toContain(sandbox.samples.unknownPersonalId);
    expect(contractErrors("getPerson", answer)).toEqual([]);
  });

  it("answers 400 for a field that is not one of PersonProfile", async () => {
    const answer = await call<{ code: string; errors: { parameter?: string; code: string }[] }>(
      sandbox,
      `/people/${people[0]?.personalId}?fields=name,favouriteColour`,
      { headers: headersOf(sandbox, token) },
    );
    expect(answer.status).toBe(400);
    expect(answer.body.code).toBe("invalid_request");
    expect(answer.body.errors).toContainEqual(
      expect.objectContaining({ parameter: "fields", code: "enum" }),
    );
    expect(answer.text).not.toContain("favouriteColour");
  });
});

describe("verifyPerson", () => {
  const verify = (personalId: string, claims: Record<string, unknown>) =>
    call<{ results: Record<string, string>; verifiedAt: string }>(sandbox, "/people:verify", {
      method: "POST",
      headers: headersOf(sandbox, token),
      body: { personalId, claims },
    });

  it("matches names after normalisation, but diacritics count", async () => {
    const person = find((p) =>
      /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i.test(
        p.name.fullName,
      ),
    );
    const spaced = `  ${person.name.fullName.toUpperCase().replaceAll(" ", "   ")} `;
    const folded = person.name.fullName
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/[đĐ]/g, "d");
    const same = await verify(person.personalId, { name: { fullName: spaced } });
    expect(same.status).toBe(200);
    expect(contractErrors("verifyPerson", same)).toEqual([]);
    expect(same.body.results).toEqual({ name: "match" });
    expect(same.headers.get("cache-control")).toBe("no-store");
    const bare = await verify(person.personalId, { name: { fullName: folded } });
    expect(bare.body.results).toEqual({ name: "mismatch" });
  });

  it("compares partial dates at the precision of the claim", async () => {
    const person = people[0] as SyntheticPerson;
    const [year, month] = person.dateOfBirth.split("-");
    const answer = await verify(person.personalId, {
      dateOfBirth: `${year}-${month}`,
      sex: person.sex === "male" ? "female" : "male",
    });
    expect(answer.body.results).toEqual({ dateOfBirth: "match", sex: "mismatch" });
    const otherYear = await verify(person.personalId, { dateOfBirth: String(Number(year) + 1) });
    expect(otherYear.body.results).toEqual({ dateOfBirth: "mismatch" });
  });

  it("answers unavailable for an identifier the warehouse does not hold", async () => {
    const person = find(
      (p) => p.legacyIdCard === undefined && p.socialInsuranceNumber !== undefined,
    );
    const answer = await verify(person.personalId, {
      legacyIdCard: "012345678",
      socialInsuranceNumber: person.socialInsuranceNumber,
    });
    expect(answer.body.results).toEqual({
      legacyIdCard: "unavailable",
      socialInsuranceNumber: "match",
    });
  });

  it("compares addresses by unit codes in either form, and the street line", async () => {
    const person = people[1] as SyntheticPerson;
    const { residence } = person;
    const unit = (code: string, level: string) => ({ code, level, asOf: "2025-07-01" });
    const answer = await verify(person.personalId, {
      permanentResidence: {
        form: "two-level",
        line: residence.line.toLowerCase(),
        commune: unit(residence.communeCode, "commune"),
        province: unit(residence.provinceCode, "province"),
        country: "VN",
      },
      currentResidence: {
        form: "three-level",
        commune: { ...unit(residence.legacy.communeCode, "commune"), asOf: "2024-01-01" },
        district: { ...unit(residence.legacy.districtCode, "district"), asOf: "2024-01-01" },
        province: { ...unit(residence.legacy.provinceCode, "province"), asOf: "2024-01-01" },
        country: "VN",
      },
    });
    expect(answer.status).toBe(200);
    expect(answer.body.results).toEqual({ permanentResidence: "match", currentResidence: "match" });
    const elsewhere = await verify(person.personalId, {
      permanentResidence: { form: "two-level", province: unit("01", "province"), country: "VN" },
    });
    expect(elsewhere.body.results.permanentResidence).toBe(
      residence.provinceCode === "01" ? "match" : "mismatch",
    );
  });

  it("compares an ethnicity coded in the 1979 list through its 2008 equivalent", async () => {
    const person = people[0] as SyntheticPerson;
    expect(person.ethnicity).toEqual({ system: "ethnic-groups-2008", code: "01" });
    // Kinh is 01 in both lists.
    const answer = await verify(person.personalId, {
      ethnicity: { system: "ethnic-groups-1979", code: "01" },
      nationality: "VN",
    });
    expect(answer.body.results).toEqual({ ethnicity: "match", nationality: "match" });
  });

  it("accepts the personal ID as tax code of a taxpayer, and the 10-digit code from before 2025", async () => {
    const person = find((p) => p.legacyTaxCode !== undefined);
    const current = await verify(person.personalId, { taxCode: person.personalId });
    expect(current.body.results).toEqual({ taxCode: "match" });
    const legacy = await verify(person.personalId, { taxCode: person.legacyTaxCode });
    expect(legacy.body.results).toEqual({ taxCode: "match" });
  });

  it("answers 404 for nobody and 400 for a claim that breaks the schema, without echoing it", async () => {
    const nobody = await verify(sandbox.samples.unknownPersonalId, { sex: "male" });
    expect(nobody.status).toBe(404);
    expect(contractErrors("verifyPerson", nobody)).toEqual([]);
    const bad = await call<{ code: string; errors: { pointer: string; code: string }[] }>(
      sandbox,
      "/people:verify",
      {
        method: "POST",
        headers: headersOf(sandbox, token),
        body: { personalId: people[0]?.personalId, claims: { dateOfBirth: "15/03/1999" } },
      },
    );
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toContainEqual(
      expect.objectContaining({ pointer: "/claims/dateOfBirth", code: "pattern" }),
    );
    expect(bad.text).not.toContain("15/03/1999");
    expect(bad.text).not.toContain(people[0]?.personalId);
    expect(contractErrors("verifyPerson", bad)).toEqual([]);
  });
});

describe("batchGetPeople", () => {
  it("answers one result per personal ID, in order, with a problem for nobody", async () => {
    const ids = [people[2]?.personalId, sandbox.samples.unknownPersonalId, people[0]?.personalId];
    const answer = await call<{
      results: {
        personalId: string;
        profile?: Record<string, unknown>;
        problem?: { code: string };
      }[];
    }>(sandbox, "/people:batchGet", {
      method: "POST",
      headers: headersOf(sandbox, token),
      body: { personalIds: ids, fields: ["dateOfBirth"] },
    });
    expect(answer.status).toBe(200);
    expect(contractErrors("batchGetPeople", answer)).toEqual([]);
    expect(answer.body.results.map((result) => result.personalId)).toEqual(ids);
    expect(Object.keys(answer.body.results[0]?.profile ?? {}).sort()).toEqual([
      "dateOfBirth",
      "personalId",
    ]);
    expect(answer.body.results[1]?.problem?.code).toBe("not_found");
    expect(answer.headers.get("cache-control")).toBe("no-store");
  });

  it("answers 400 for the same ID twice and for more than 100", async () => {
    const id = people[0]?.personalId as string;
    const twice = await call<{ errors: { pointer: string; code: string }[] }>(
      sandbox,
      "/people:batchGet",
      {
        method: "POST",
        headers: headersOf(sandbox, token),
        body: { personalIds: [id, id], fields: ["sex"] },
      },
    );
    expect(twice.status).toBe(400);
    expect(twice.body.errors).toContainEqual(
      expect.objectContaining({ pointer: "/personalIds", code: "uniqueItems" }),
    );
    const many = await call<{ errors: { pointer: string; code: string }[] }>(
      sandbox,
      "/people:batchGet",
      {
        method: "POST",
        headers: headersOf(sandbox, token),
        body: { personalIds: people.slice(0, 101).map((p) => p.personalId), fields: ["sex"] },
      },
    );
    expect(many.status).toBe(400);
    expect(many.body.errors).toContainEqual(
      expect.objectContaining({ pointer: "/personalIds", code: "maxItems" }),
    );
    expect(contractErrors("batchGetPeople", many)).toEqual([]);
  });
});
