// Response validation (opt-in): person profiles, record envelopes with their data, and code lists
// against their schema documents, with @ndcvn/validators loaded on first use or a validator given.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  isNdcValidationError,
  type NdcClient,
  type PersonProfile,
  type ResponseValidator,
} from "../src/index.js";
import { codeList, personProfile, recordEnvelope, testClient } from "./fixtures.js";
import { sendJson, startApi, type TestServer } from "./http-server.js";

/** A profile that breaks its schema: a malformed personal ID, a date in the wrong form. */
const broken = {
  ...personProfile,
  personalId: "001099012346x",
  dateOfBirth: { ...personProfile.dateOfBirth, value: "15/03/1999" },
} as unknown as PersonProfile;
const brokenRecord = {
  ...recordEnvelope,
  data: { ...(recordEnvelope.data as object), cardCode: "not-a-card-code" },
};

let server: TestServer;
let client: NdcClient;

beforeAll(async () => {
  server = await startApi((request, response) => {
    if (request.path === "/people/001099012345") return sendJson(response, 200, personProfile);
    if (request.path.startsWith("/people/")) return sendJson(response, 200, broken);
    if (request.path === "/codelists/sex") return sendJson(response, 200, codeList);
    if (request.path.endsWith("/records/ins-hic-5d2e8a10"))
      return sendJson(response, 200, recordEnvelope);
    if (request.path.endsWith("/records/ins-hic-00000bad"))
      return sendJson(response, 200, brokenRecord);
    sendJson(response, 200, {
      database: "insurance",
      entries: [
        {
          recordId: "ins-hic-5d2e8a10",
          event: "UPDATE",
          version: 3,
          updatedAt: recordEnvelope.updatedAt,
          record: recordEnvelope,
        },
        {
          recordId: "ins-hic-00000bad",
          event: "UPDATE",
          version: 2,
          updatedAt: recordEnvelope.updatedAt,
          record: brokenRecord,
        },
      ],
      nextCursor: "c0002",
      hasMore: false,
    });
  });
  client = testClient(server, { validateResponses: true });
});
afterAll(() => server.close());

describe("validateResponses: true", () => {
  it("lets valid profiles, records and code lists through", async () => {
    expect(await client.people.get("001099012345", { fields: ["name"] })).toEqual(personProfile);
    expect(await client.records.get("insurance", "ins-hic-5d2e8a10")).toEqual(recordEnvelope);
    expect(await client.codeLists.get("sex")).toEqual(codeList);
  });

  it("refuses a profile that breaks its schema: pointers and codes, never values", async () => {
    const error = await client.people
      .get("079301004321", { fields: ["name", "dateOfBirth"] })
      .catch((e: unknown) => e);
    expect(isNdcValidationError(error)).toBe(true);
    if (!isNdcValidationError(error)) return;
    const pointers = error.issues.map((issue) => issue.pointer);
    expect(pointers).toContain("/personalId");
    expect(pointers.some((p) => p.startsWith("/dateOfBirth"))).toBe(true);
    expect(error.issues.every((i) => i.schemaId.endsWith("/warehouse/PersonProfile/1.0.0"))).toBe(
      true,
    );
    expect(error.message).toContain("/personalId");
    expect(error.message).not.toContain("15/03/1999");
    expect(error.message).not.toContain("001099012346");
    expect(JSON.stringify(error.issues)).not.toContain("15/03/1999");
  });

  it("checks a record's data against the schema document its envelope names", async () => {
    const error = await client.records
      .get("insurance", "ins-hic-00000bad")
      .catch((e: unknown) => e);
    const schemaId = "https://schemas.ndcvn.org/insurance/HealthInsuranceCard/1.0.0";
    expect(isNdcValidationError(error) && error.issues).toEqual([
      { pointer: "/data/cardCode", code: "invalid_health_insurance_card", schemaId },
      { pointer: "/data/cardCode", code: "invalid_pattern", schemaId },
    ]);
  });

  it("checks the records of a change feed, with pointers into the page", async () => {
    const error = await (async () => {
      for await (const _ of client.records.list("insurance")) void _;
    })().catch((e: unknown) => e);
    expect(isNdcValidationError(error) && error.issues.map((i) => i.pointer)).toEqual([
      "/entries/1/record/data/cardCode",
      "/entries/1/record/data/cardCode",
    ]);
  });
});

describe("a validator of your own", () => {
  it("is called with the schema $id and the payload", async () => {
    const asked: string[] = [];
    const validator: ResponseValidator = {
      validate(schemaId) {
        asked.push(schemaId);
        return schemaId.includes("HealthInsuranceCard")
          ? {
              ok: false,
              issues: [
                { path: "/cardNumber", code: "local_rule" },
                { path: "", code: "advice", severity: "warning" },
              ],
            }
          : { ok: true };
      },
    };
    const own = testClient(server, { validateResponses: validator });
    const error = await own.records.get("insurance", "ins-hic-5d2e8a10").catch((e: unknown) => e);
    expect(asked).toEqual([
      "https://schemas.ndcvn.org/common/RecordEnvelope/1.0.0",
      "https://schemas.ndcvn.org/insurance/HealthInsuranceCard/1.0.0",
    ]);
    expect(isNdcValidationError(error) && error.issues).toEqual([
      {
        pointer: "/data/cardNumber",
        code: "local_rule",
        schemaId: "https://schemas.ndcvn.org/insurance/HealthInsuranceCard/1.0.0",
      },
    ]);
  });

  it("is not used without validateResponses", async () => {
    const plain = testClient(server);
    expect(await plain.people.get("079301004321", { fields: ["name"] })).toEqual(broken);
  });
});
