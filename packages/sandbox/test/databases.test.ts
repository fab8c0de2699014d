// The catalog and single records: the catalog of @ndcvn/schemas, current and cancelled records in
// their envelopes, and the client's database grants.
import { catalog } from "@ndcvn/schemas";
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
const taxOnly = {
  clientId: "tax-sync",
  clientSecret: "synthetic-secret-tax-sync",
  agency: "VN/GOV/000.00.00.K01/tax-sync",
  databases: ["tax"],
};

let sandbox: TestSandbox;
let token: string;

beforeAll(async () => {
  sandbox = await startTestSandbox({ seed: 8, people: 300, clients: [taxOnly] });
  token = await tokenOf(sandbox);
});
afterAll(async () => {
  expect(sandbox.internalErrors).toEqual([]);
  await sandbox.close();
});

describe("listDatabases", () => {
  it("answers the catalog, with no purpose needed and no no-store", async () => {
    const headers = headersOf(sandbox, token);
    delete headers["X-NDC-Purpose"];
    const answer = await call<{ databases: { code: string }[] }>(sandbox, "/databases", {
      headers,
    });
    expect(answer.status).toBe(200);
    expect(contractErrors("listDatabases", answer)).toEqual([]);
    expect(answer.body.databases.map((database) => database.code)).toEqual(
      catalog.databases.map((database) => database.code),
    );
    expect(answer.headers.get("cache-control")).toBeNull();
  });
});

describe("getRecord", () => {
  it("answers each sample record of each database in its envelope", async () => {
    const databases = Object.keys(sandbox.samples.recordIds);
    expect(databases.sort()).toEqual([
      "civil-status",
      "education",
      "health",
      "insurance",
      "population",
      "tax",
    ]);
    for (const database of databases) {
      for (const id of sandbox.samples.recordIds[database] ?? []) {
        const answer = await call<{ database: string; recordId: string; event: string }>(
          sandbox,
          `/databases/${database}/records/${id}`,
          { headers: headersOf(sandbox, token, SYNC) },
        );
        expect(answer.status).toBe(200);
        expect(contractErrors("getRecord", answer)).toEqual([]);
        expect(answer.body).toMatchObject({ database, recordId: id });
        expect(answer.body.event).not.toBe("CANCEL");
        expect(answer.headers.get("cache-control")).toBe("no-store");
      }
    }
  });

  it("answers a cancelled record with its last version, event CANCEL and its data", async () => {
    const [database, ids] = Object.entries(sandbox.samples.cancelledRecordIds)[0] ?? [];
    expect(ids?.length).toBeGreaterThan(0);
    const answer = await call<{ event: string; data: object }>(
      sandbox,
      `/databases/${database}/records/${ids?.[0]}`,
      { headers: headersOf(sandbox, token, SYNC) },
    );
    expect(answer.status).toBe(200);
    expect(answer.body.event).toBe("CANCEL");
    expect(Object.keys(answer.body.data).length).toBeGreaterThan(0);
  });

  it("answers 404 for an unknown record, and 400 for a malformed id", async () => {
    const unknown = await call<{ code: string }>(sandbox, "/databases/tax/records/tax-0000000000", {
      headers: headersOf(sandbox, token, SYNC),
    });
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe("not_found");
    expect(contractErrors("getRecord", unknown)).toEqual([]);
    const malformed = await call<{ code: string }>(sandbox, "/databases/tax/records/tax%20record", {
      headers: headersOf(sandbox, token, SYNC),
    });
    expect(malformed.status).toBe(400);
    expect(malformed.body.code).toBe("invalid_request");
  });

  it("answers 403 forbidden for a database the client may not use", async () => {
    const narrow = await tokenOf(sandbox, taxOnly);
    const headers = { Authorization: `Bearer ${narrow}`, "X-NDC-Client": taxOnly.agency, ...SYNC };
    const id = sandbox.samples.recordIds.population?.[0];
    const denied = await call<{ code: string }>(sandbox, `/databases/population/records/${id}`, {
      headers,
    });
    expect(denied.status).toBe(403);
    expect(denied.body.code).toBe("forbidden");
    const feed = await call<{ code: string }>(sandbox, "/databases/population/records", {
      headers,
    });
    expect(feed.status).toBe(403);
    const allowed = await call(sandbox, "/databases/tax/records?limit=1", { headers });
    expect(allowed.status).toBe(200);
  });
});
