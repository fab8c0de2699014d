// client.databases and client.records.get: what each call sends and returns.

import { catalog } from "@ndcvn/schemas";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isNdcApiError, type NdcClient } from "../src/index.js";
import { recordEnvelope, testClient } from "./fixtures.js";
import { sendJson, sendProblem, startApi, type TestServer } from "./http-server.js";

let server: TestServer;
let client: NdcClient;

beforeAll(async () => {
  server = await startApi((request, response) => {
    if (request.path === "/databases") return sendJson(response, 200, catalog);
    if (request.path === "/databases/insurance/records/ins-hic-5d2e8a10")
      return sendJson(response, 200, recordEnvelope, { "cache-control": "no-store" });
    sendProblem(response, 404, "not_found", { detail: "No such record." });
  });
  client = testClient(server);
});
afterAll(() => server.close());

describe("client.databases", () => {
  it("list: GET /databases, the catalog's databases, without purpose headers", async () => {
    const databases = await client.databases.list();
    expect(databases.map((d) => d.code)).toEqual(catalog.databases.map((d) => d.code));
    const sent = server.calls().at(-1);
    expect(sent?.url).toBe("/databases");
    expect(sent?.headers["x-ndc-client"]).toBe("VN/GOV/000.00.00.H49/dvc-portal");
    expect(sent?.headers).not.toHaveProperty("x-ndc-purpose");
    expect(sent?.headers).not.toHaveProperty("x-ndc-user");
  });
});

describe("client.records.get", () => {
  it("GET /databases/{database}/records/{recordId} with the purpose", async () => {
    const record = await client.records.get("insurance", "ins-hic-5d2e8a10", { user: "canbo.a" });
    expect(record).toEqual(recordEnvelope);
    const sent = server.calls().at(-1);
    expect(sent?.url).toBe("/databases/insurance/records/ins-hic-5d2e8a10");
    expect(sent?.headers["x-ndc-purpose"]).toBe("public-service-delivery");
    expect(sent?.headers["x-ndc-user"]).toBe("canbo.a");
  });

  it("rejects with not_found for a record that does not exist", async () => {
    const error = await client.records
      .get("insurance", "ins-hic-00000000")
      .catch((e: unknown) => e);
    expect(isNdcApiError(error) && [error.status, error.code, error.traceId]).toEqual([
      404,
      "not_found",
      "4bf92f3577b34da6a3ce929d0e0e4736",
    ]);
  });
});
