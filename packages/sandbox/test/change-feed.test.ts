// The change feed: paging covers every change exactly once, in recorded order, with strictly
// increasing versions per record; pages are the same for concurrent readers and for two sandboxes
// of the same seed; cursors survive appends and reject what they were not made for.
import type { ChangeFeedEntry, ChangeFeedPage } from "@ndcvn/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  call,
  contractErrors,
  headersOf,
  startTestSandbox,
  type TestSandbox,
  tokenOf,
} from "./support.js";

const SYNC = { "X-NDC-Purpose": "data-synchronisation" };

let sandbox: TestSandbox;
let twin: TestSandbox;
let token: string;
let twinToken: string;

beforeAll(async () => {
  [sandbox, twin] = await Promise.all([
    startTestSandbox({ seed: 5, people: 200 }),
    startTestSandbox({ seed: 5, people: 200 }),
  ]);
  [token, twinToken] = await Promise.all([tokenOf(sandbox), tokenOf(twin)]);
});
afterAll(async () => {
  expect(sandbox.internalErrors).toEqual([]);
  expect(twin.internalErrors).toEqual([]);
  await Promise.all([sandbox.close(), twin.close()]);
});

async function page(on: TestSandbox, bearer: string, database: string, query: string) {
  const answer = await call<ChangeFeedPage>(on, `/databases/${database}/records?${query}`, {
    headers: headersOf(on, bearer, SYNC),
  });
  if (answer.status !== 200)
    throw new TypeError(`feed page answered ${answer.status}: ${answer.text}`);
  return answer;
}

/** Every entry from the start (or a cursor), following nextCursor until hasMore is false. */
async function readFeed(
  on: TestSandbox,
  bearer: string,
  database: string,
  limit: number,
  from = "",
) {
  const entries: ChangeFeedEntry[] = [];
  let query = `limit=${limit}${from ? `&cursor=${from}` : ""}`;
  let cursor = from;
  for (let pages = 0; pages < 10_000; pages++) {
    const answer = await page(on, bearer, database, query);
    expect(contractErrors("listRecordChanges", answer)).toEqual([]);
    entries.push(...answer.body.entries);
    cursor = answer.body.nextCursor;
    if (!answer.body.hasMore) break;
    query = `limit=${limit}&cursor=${cursor}`;
  }
  return { entries, cursor };
}

describe("listRecordChanges", () => {
  it("lists every change once, in recorded order, versions strictly increasing per record", async () => {
    const { entries } = await readFeed(sandbox, token, "insurance", 250);
    expect(entries.length).toBeGreaterThan(200);
    const keys = entries.map((entry) => `${entry.recordId}@${entry.version}`);
    expect(new Set(keys).size).toBe(keys.length);
    const versions = new Map<string, number>();
    let last = Number.NEGATIVE_INFINITY;
    for (const entry of entries) {
      const time = Date.parse(entry.updatedAt);
      expect(time).toBeGreaterThanOrEqual(last);
      last = time;
      const previous = versions.get(entry.recordId) ?? 0;
      expect(entry.version).toBe(previous + 1);
      expect(entry.event).toBe(
        previous === 0 ? "NEW" : entry.event === "CANCEL" ? "CANCEL" : "UPDATE",
      );
      if (entry.event === "CANCEL") expect(entry.record).toBeUndefined();
      else expect(entry.record).toMatchObject({ recordId: entry.recordId, version: entry.version });
      versions.set(entry.recordId, entry.version);
    }
    // Every current record is in the feed at its current version.
    for (const id of sandbox.samples.recordIds.insurance ?? []) {
      const record = await call<{ version: number }>(
        sandbox,
        `/databases/insurance/records/${id}`,
        {
          headers: headersOf(sandbox, token, SYNC),
        },
      );
      expect(record.body.version).toBe(versions.get(id));
    }
  });

  it("gives the same pages to concurrent readers and to a sandbox of the same seed", async () => {
    const readers = await Promise.all([
      readFeed(sandbox, token, "population", 37),
      readFeed(sandbox, token, "population", 37),
      readFeed(sandbox, token, "population", 37),
      readFeed(twin, twinToken, "population", 37),
    ]);
    const [first, ...others] = readers.map(({ entries }) => JSON.stringify(entries));
    for (const other of others) expect(other).toBe(first);
    expect(readers[3]?.cursor).toBe(readers[0]?.cursor);
    // A page size does not change what is read.
    const { entries } = await readFeed(sandbox, token, "population", 1000);
    expect(JSON.stringify(entries)).toBe(first);
  });

  it("resumes from the last cursor with the changes recorded since, and nothing else", async () => {
    const own = await startTestSandbox({ seed: 6, people: 80 });
    try {
      const bearer = await tokenOf(own);
      const { entries, cursor } = await readFeed(own, bearer, "tax", 50);
      const caughtUp = await page(own, bearer, "tax", `cursor=${cursor}`);
      expect(caughtUp.body).toMatchObject({ entries: [], hasMore: false, nextCursor: cursor });
      const updated = await own.recordChange("tax");
      const cancelled = await own.recordChange("tax", entries[0]?.recordId, "CANCEL");
      const created = await own.recordChange("tax", undefined, "NEW");
      const resumed = await readFeed(own, bearer, "tax", 2, cursor);
      expect(resumed.entries).toEqual([updated.entry, cancelled.entry, created.entry]);
      expect(created.entry).toMatchObject({ event: "NEW", version: 1 });
      expect(cancelled.entry.record).toBeUndefined();
      const record = await call<{ event: string; version: number }>(
        own,
        `/databases/tax/records/${entries[0]?.recordId}`,
        { headers: headersOf(own, bearer, SYNC) },
      );
      expect(record.body).toMatchObject({ event: "CANCEL", version: cancelled.entry.version });
      await expect(own.recordChange("tax", entries[0]?.recordId)).rejects.toThrow(RangeError);
    } finally {
      await own.close();
    }
  });

  it("starts at updatedSince: the changes recorded at or after it", async () => {
    const { entries } = await readFeed(sandbox, token, "health", 1000);
    const middle = entries[Math.floor(entries.length / 2)] as ChangeFeedEntry;
    const since = await page(
      sandbox,
      token,
      "health",
      `updatedSince=${encodeURIComponent(middle.updatedAt)}&limit=1000`,
    );
    const expected = entries.filter(
      (entry) => Date.parse(entry.updatedAt) >= Date.parse(middle.updatedAt),
    );
    expect(since.body.entries).toEqual(expected);
    // An unencoded "+" of the offset is a plus sign, not a space.
    const plain = await page(
      sandbox,
      token,
      "health",
      `updatedSince=${middle.updatedAt}&limit=1000`,
    );
    expect(middle.updatedAt).toContain("+07:00");
    expect(plain.body.entries).toEqual(expected);
  });

  it("has an empty feed for a database the sandbox makes no records of", async () => {
    const answer = await page(sandbox, token, "land", "");
    expect(answer.body).toMatchObject({ database: "land", entries: [], hasMore: false });
    expect(contractErrors("listRecordChanges", answer)).toEqual([]);
  });

  it("answers 400 invalid_cursor for a cursor edited, made up or from another database", async () => {
    const first = await page(sandbox, token, "population", "limit=3");
    const cursor = first.body.nextCursor;
    const edited = cursor.replace(/_(\w+)_/, (_, position: string) => `_${position}z_`);
    for (const [database, bad] of [
      ["population", edited],
      ["population", "Y2hnLWluc3VyYW5jZS0wMDAwMDAwMDQy"],
      ["insurance", cursor],
    ] as const) {
      const answer = await call<{ code: string }>(
        sandbox,
        `/databases/${database}/records?cursor=${bad}`,
        {
          headers: headersOf(sandbox, token, SYNC),
        },
      );
      expect(answer.status).toBe(400);
      expect(answer.body.code).toBe("invalid_cursor");
      expect(contractErrors("listRecordChanges", answer)).toEqual([]);
    }
  });

  it("answers 400 for cursor with updatedSince, and for a limit out of range", async () => {
    const first = await page(sandbox, token, "population", "limit=3");
    const both = await call<{ code: string; errors: { parameter: string }[] }>(
      sandbox,
      `/databases/population/records?cursor=${first.body.nextCursor}&updatedSince=2025-01-01T00:00:00%2B07:00`,
      { headers: headersOf(sandbox, token, SYNC) },
    );
    expect(both.status).toBe(400);
    expect(both.body.errors).toContainEqual(expect.objectContaining({ parameter: "cursor" }));
    for (const limit of ["0", "1001", "ten"]) {
      const answer = await call<{ errors: { parameter: string; code: string }[] }>(
        sandbox,
        `/databases/population/records?limit=${limit}`,
        { headers: headersOf(sandbox, token, SYNC) },
      );
      expect(answer.status).toBe(400);
      expect(answer.body.errors[0]).toMatchObject({ parameter: "limit" });
    }
  });

  it("answers 404 for a database not in the catalog", async () => {
    const answer = await call<{ code: string }>(sandbox, "/databases/astrology/records", {
      headers: headersOf(sandbox, token, SYNC),
    });
    expect(answer.status).toBe(404);
    expect(answer.body.code).toBe("not_found");
    expect(contractErrors("listRecordChanges", answer)).toEqual([]);
  });
});
