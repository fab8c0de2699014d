// The change feed: pages followed to the end, the cursor exposed, and an iteration interrupted by
// faults and resumed from its cursor gives every entry exactly once.
import fc from "fast-check";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  type ChangeFeedEntry,
  type ChangeFeedPage,
  isNdcApiError,
  isNdcError,
  type NdcClient,
} from "../src/index.js";
import { recordEnvelope, testClient } from "./fixtures.js";
import { sendJson, sendProblem, startApi, type TestServer } from "./http-server.js";

/** A synthetic feed: NEW, UPDATE and CANCEL entries with versions, records in their envelope. */
function makeFeed(size: number): ChangeFeedEntry[] {
  return Array.from({ length: size }, (_, i) => {
    const recordId = `ins-hic-${String(i % 7).padStart(8, "0")}`;
    const version = Math.floor(i / 7) + 1;
    const event = version === 1 ? "NEW" : i % 5 === 0 ? "CANCEL" : "UPDATE";
    const updatedAt = new Date(Date.UTC(2025, 8, 1) + i * 60_000).toISOString();
    const entry: ChangeFeedEntry = { recordId, event, version, updatedAt };
    return event === "CANCEL"
      ? entry
      : { ...entry, record: { ...recordEnvelope, recordId, version, event, updatedAt } };
  });
}

const cursorOf = (offset: number) => `c${offset.toString(36).padStart(4, "0")}`;
const offsetOf = (cursor: string) => Number.parseInt(cursor.slice(1), 36);

/** The server's feed and the faults it injects, by the ordinal of the page request. */
const state = {
  feed: makeFeed(10),
  faults: new Map<number, "unavailable" | "malformed" | "reset">(),
  requests: 0,
};

let server: TestServer;
let client: NdcClient;

beforeAll(async () => {
  server = await startApi((request, response) => {
    state.requests++;
    const fault = state.faults.get(state.requests);
    if (fault === "unavailable") return sendProblem(response, 503, "unavailable");
    if (fault === "reset") return void response.socket?.destroy();
    if (fault === "malformed") {
      response.writeHead(200, { "content-type": "application/json" });
      return void response.end('{"entries": [');
    }
    const cursor = request.query.get("cursor");
    const since = request.query.get("updatedSince");
    if (cursor !== null && since !== null) return sendProblem(response, 400, "invalid_request");
    const limit = Number(request.query.get("limit") ?? 100);
    const start =
      cursor !== null
        ? offsetOf(cursor)
        : since !== null
          ? state.feed.findIndex((e) => Date.parse(e.updatedAt) >= Date.parse(since))
          : 0;
    const from = start < 0 ? state.feed.length : start;
    const entries = state.feed.slice(from, from + limit);
    const page: ChangeFeedPage = {
      database: "insurance",
      entries,
      nextCursor: cursorOf(from + entries.length),
      hasMore: from + entries.length < state.feed.length,
    };
    sendJson(response, 200, page);
  });
  client = testClient(server, { retry: { limit: 0 } });
});
afterAll(() => server.close());
beforeEach(() => {
  state.feed = makeFeed(10);
  state.faults = new Map();
  state.requests = 0;
});

async function collect(iterable: AsyncIterable<ChangeFeedEntry>): Promise<ChangeFeedEntry[]> {
  const out: ChangeFeedEntry[] = [];
  for await (const entry of iterable) out.push(entry);
  return out;
}

describe("client.records.list", () => {
  it("follows nextCursor until hasMore is false: updatedSince first, then only the cursor", async () => {
    const feed = client.records.list("insurance", {
      updatedSince: "2025-09-01T00:00:00Z",
      limit: 4,
    });
    expect(feed.cursor).toBeUndefined();
    expect(await collect(feed)).toEqual(state.feed);
    expect(feed.cursor).toBe(cursorOf(10));
    const pages = server.calls().slice(-3);
    expect(pages.map((p) => p.url)).toEqual([
      "/databases/insurance/records?updatedSince=2025-09-01T00%3A00%3A00Z&limit=4",
      `/databases/insurance/records?cursor=${cursorOf(4)}&limit=4`,
      `/databases/insurance/records?cursor=${cursorOf(8)}&limit=4`,
    ]);
    expect(pages.every((p) => p.headers["x-ndc-purpose"] === "public-service-delivery")).toBe(true);
    expect(new Set(pages.map((p) => p.headers["x-request-id"])).size).toBe(3);
  });

  it("takes a Date for updatedSince; a cursor takes precedence over it", async () => {
    await collect(
      client.records.list("insurance", { updatedSince: new Date(Date.UTC(2025, 8, 1, 0, 5)) }),
    );
    expect(server.calls().at(-1)?.query.get("updatedSince")).toBe("2025-09-01T00:05:00.000Z");
    const rest = await collect(
      client.records.list("insurance", {
        updatedSince: "2025-09-01T00:00:00Z",
        cursor: cursorOf(7),
      }),
    );
    expect(rest).toEqual(state.feed.slice(7));
    expect(server.calls().at(-1)?.query.has("updatedSince")).toBe(false);
  });

  it("moves the cursor only past pages whose every entry was taken", async () => {
    const feed = client.records.list("insurance", { limit: 3 });
    const taken: ChangeFeedEntry[] = [];
    for await (const entry of feed) {
      taken.push(entry);
      if (taken.length === 3) expect(feed.cursor).toBeUndefined(); // page 1 not yet moved past
      if (taken.length === 4) {
        expect(feed.cursor).toBe(cursorOf(3));
        break;
      }
    }
    // A break mid-page gives that page again: at least once for what was not finished.
    expect(await collect(client.records.list("insurance", { cursor: feed.cursor }))).toEqual(
      state.feed.slice(3),
    );
  });

  it("resumes after a fault from the cursor, with no entry lost or repeated", async () => {
    state.faults.set(3, "unavailable");
    const feed = client.records.list("insurance", { limit: 3 });
    const seen: ChangeFeedEntry[] = [];
    const error = await (async () => {
      for await (const entry of feed) seen.push(entry);
    })().catch((e: unknown) => e);
    expect(isNdcApiError(error) && error.code).toBe("unavailable");
    expect(feed.cursor).toBe(cursorOf(6));
    for await (const entry of feed) seen.push(entry); // the same feed resumes from its cursor
    expect(seen).toEqual(state.feed);
  });

  it("gives every entry exactly once across any faults and resumptions (property)", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 1, max: 7 }),
        fc.array(
          fc.tuple(
            fc.integer({ min: 1, max: 25 }),
            fc.constantFrom("unavailable", "malformed", "reset"),
          ),
          { maxLength: 8 },
        ),
        async (size, limit, faults) => {
          state.feed = makeFeed(size);
          state.faults = new Map(faults as [number, "unavailable" | "malformed" | "reset"][]);
          state.requests = 0;
          const seen: ChangeFeedEntry[] = [];
          let cursor: string | undefined;
          for (let attempt = 0; attempt < 50; attempt++) {
            const feed = client.records.list("insurance", {
              updatedSince: "2025-01-01T00:00:00Z",
              cursor,
              limit,
            });
            try {
              for await (const entry of feed) seen.push(entry);
              break;
            } catch (error) {
              if (!isNdcError(error)) throw error;
              cursor = feed.cursor;
            }
          }
          expect(seen).toEqual(state.feed);
        },
      ),
      { numRuns: 40 },
    );
  });

  it("pages(): the feed a page at a time", async () => {
    const feed = client.records.list("insurance", { limit: 4 });
    const sizes: number[] = [];
    for await (const page of feed.pages()) sizes.push(page.entries.length);
    expect(sizes).toEqual([4, 4, 2]);
    expect(feed.cursor).toBe(cursorOf(10));
  });

  it("a page of the wrong shape, or a cursor that does not move, is invalid_response", async () => {
    state.faults.set(1, "malformed");
    const error = await collect(client.records.list("insurance")).catch((e: unknown) => e);
    expect(isNdcApiError(error) && error.code).toBe("invalid_response");

    const stuck = await startApi((_, response) =>
      sendJson(response, 200, {
        database: "insurance",
        entries: [],
        nextCursor: "c0",
        hasMore: true,
      }),
    );
    try {
      const feed = testClient(stuck).records.list("insurance", { cursor: "c0" });
      const loop = await collect(feed).catch((e: unknown) => e);
      expect(isNdcApiError(loop) && loop.code).toBe("invalid_response");
      expect(stuck.calls()).toHaveLength(1);
    } finally {
      await stuck.close();
    }
  });
});
