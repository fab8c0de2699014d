// The ground truth of the sandbox's databases: synth's truth of the same extract, a key for every
// record the feed has held (cancelled ones too), duplicates under one person, newcomers apart.
import type { ChangeFeedPage } from "@ndcvn/client";
import { createPopulation, DEFAULT_AS_OF, extract, truthOf } from "@ndcvn/synth";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call, headersOf, startTestSandbox, type TestSandbox, tokenOf } from "./support.js";

const SEED = 11;
const PEOPLE = 150;

let sandbox: TestSandbox;
let token: string;

beforeAll(async () => {
  sandbox = await startTestSandbox({ seed: SEED, people: PEOPLE });
  token = await tokenOf(sandbox);
});
afterAll(async () => {
  expect(sandbox.internalErrors).toEqual([]);
  await sandbox.close();
});

/** Every record id of a database's feed, by paging through it. */
async function feedRecordIds(database: string): Promise<Set<string>> {
  const ids = new Set<string>();
  let query = "limit=1000";
  for (;;) {
    const answer = await call<ChangeFeedPage>(sandbox, `/databases/${database}/records?${query}`, {
      headers: headersOf(sandbox, token, { "X-NDC-Purpose": "data-synchronisation" }),
    });
    expect(answer.status).toBe(200);
    for (const entry of answer.body.entries) ids.add(entry.recordId);
    if (!answer.body.hasMore) return ids;
    query = `cursor=${encodeURIComponent(answer.body.nextCursor)}&limit=1000`;
  }
}

describe("sandbox.truth", () => {
  it("is synth's truth of the same extract", async () => {
    const population = await createPopulation({ size: PEOPLE, seed: SEED, asOf: DEFAULT_AS_OF });
    const people = [...population.persons()];
    for (const database of ["population", "insurance"] as const) {
      const expected = await truthOf(
        extract(people, database, { seed: SEED, asOf: DEFAULT_AS_OF }),
      );
      expect(new Map(sandbox.truth(database)), database).toEqual(expected);
    }
  });

  it("has a key for every record of the feed, cancelled ones included", async () => {
    const ids = await feedRecordIds("insurance");
    const truth = sandbox.truth("insurance");
    expect(truth.size).toBe(ids.size);
    for (const id of ids) expect(truth.get(id)).toMatch(/^P\d+$/);
    const cancelled = sandbox.samples.cancelledRecordIds.insurance ?? [];
    expect(cancelled.length).toBeGreaterThan(0);
    for (const id of cancelled) expect(truth.has(id)).toBe(true);
  });

  it("gives the records of one person the same key", () => {
    const truth = sandbox.truth("population");
    const perPerson = new Map<string, number>();
    for (const person of truth.values()) perPerson.set(person, (perPerson.get(person) ?? 0) + 1);
    // synth's duplicate fault writes some people twice; nobody is written more than twice.
    expect(Math.max(...perPerson.values())).toBe(2);
    expect(perPerson.size).toBeLessThan(truth.size);
  });

  it("keeps newcomers apart from the population", async () => {
    const before = sandbox.truth("tax").size;
    const { entry } = await sandbox.recordChange("tax", undefined, "NEW");
    const truth = sandbox.truth("tax");
    expect(truth.size).toBe(before + 1);
    const key = truth.get(entry.recordId);
    expect(key).toMatch(/^N\d+$/);
    expect([...sandbox.truth("population").values()]).not.toContain(key);
  });

  it("is empty for a database without records, and refuses one outside the catalog", () => {
    expect(sandbox.truth("land").size).toBe(0);
    // @ts-expect-error not a database code of the contract
    expect(() => sandbox.truth("nowhere")).toThrow(RangeError);
  });
});
