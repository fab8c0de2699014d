// client.people: what each call sends (path, query, headers, body), as the server receives it.
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from "vitest";
import {
  type BatchGetResponse,
  isNdcApiError,
  isNdcConfigurationError,
  type NdcClient,
  type PersonProfile,
  type VerifyResponse,
} from "../src/index.js";
import { personProfile, testClient, verifyResponse } from "./fixtures.js";
import { sendJson, sendProblem, startApi, type TestServer } from "./http-server.js";

let server: TestServer;
let client: NdcClient;
const batch: BatchGetResponse = {
  results: [
    { personalId: "001099012345", profile: personProfile },
    {
      personalId: "079301004321",
      problem: {
        type: "https://ndcvn.org/problems/not_found",
        title: "Not found",
        status: 404,
        code: "not_found",
        traceId: "4bf92f3577b34da6a3ce929d0e0e4736",
      },
    },
  ],
};

beforeAll(async () => {
  server = await startApi((request, response) => {
    if (request.headers["x-ndc-sandbox-fault"] === "forbidden")
      return sendProblem(response, 403, "forbidden", { detail: "Not granted." });
    if (request.path.startsWith("/people/")) return sendJson(response, 200, personProfile);
    if (request.path === "/people:verify") return sendJson(response, 200, verifyResponse);
    if (request.path === "/people:batchGet") return sendJson(response, 200, batch);
    sendProblem(response, 404, "not_found");
  });
  client = testClient(server, { user: "canbo.tranthib" });
});
afterAll(() => server.close());

describe("client.people", () => {
  it("get: GET /people/{personalId}?fields=… with the purpose headers", async () => {
    const person = await client.people.get("001099012345", {
      fields: ["name", "dateOfBirth", "sex", "permanentResidence"],
      case: "H49.26-250914-0007",
    });
    expectTypeOf(person).toEqualTypeOf<PersonProfile>();
    expect(person).toEqual(personProfile);
    const sent = server.calls().at(-1);
    expect(sent?.method).toBe("GET");
    expect(sent?.url).toBe("/people/001099012345?fields=name,dateOfBirth,sex,permanentResidence");
    expect(sent?.headers).toMatchObject({
      accept: "application/json, application/problem+json",
      "x-ndc-client": "VN/GOV/000.00.00.H49/dvc-portal",
      "x-ndc-purpose": "public-service-delivery",
      "x-ndc-case": "H49.26-250914-0007",
      "x-ndc-user": "canbo.tranthib",
    });
    expect(sent?.headers["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
    expect(sent?.body).toBe("");
  });

  it("verify: POST /people:verify with { personalId, claims }, a per-call purpose", async () => {
    const result = await client.people.verify(
      "001099012345",
      { name: { fullName: "Nguyen Van An" }, dateOfBirth: "1999-03-15", sex: "male" },
      { purpose: "identity-verification" },
    );
    expectTypeOf(result).toEqualTypeOf<VerifyResponse>();
    expect(result.results.name).toBe("mismatch");
    const sent = server.calls().at(-1);
    expect(sent?.method).toBe("POST");
    expect(sent?.path).toBe("/people:verify");
    expect(sent?.headers["x-ndc-purpose"]).toBe("identity-verification");
    expect(sent?.headers["content-type"]).toBe("application/json");
    expect(JSON.parse(sent?.body ?? "")).toEqual({
      personalId: "001099012345",
      claims: { name: { fullName: "Nguyen Van An" }, dateOfBirth: "1999-03-15", sex: "male" },
    });
  });

  it("batchGet: POST /people:batchGet with { personalIds, fields }", async () => {
    const result = await client.people.batchGet(["001099012345", "079301004321"], {
      fields: ["dateOfBirth"],
    });
    expect(result).toEqual(batch);
    const sent = server.calls().at(-1);
    expect(sent?.path).toBe("/people:batchGet");
    expect(JSON.parse(sent?.body ?? "")).toEqual({
      personalIds: ["001099012345", "079301004321"],
      fields: ["dateOfBirth"],
    });
  });

  it("passes call headers through (a sandbox fault), and throws the API's error", async () => {
    const error = await client.people
      .get("001099012345", { fields: ["name"], headers: { "X-NDC-Sandbox-Fault": "forbidden" } })
      .catch((e: unknown) => e);
    expect(isNdcApiError(error) && error.code).toBe("forbidden");
    expect(server.calls().at(-1)?.headers["x-ndc-sandbox-fault"]).toBe("forbidden");
  });

  it("refuses an Authorization header per call, and a header HTTP cannot carry", async () => {
    const before = server.requests.length;
    const authorization = await client.people
      .get("001099012345", { fields: ["name"], headers: { Authorization: "Bearer mine" } })
      .catch((e: unknown) => e);
    expect(isNdcConfigurationError(authorization) && authorization.code).toBe(
      "authorization_header",
    );
    const vietnamese = await client.people
      .get("001099012345", { fields: ["name"], user: "cán bộ" })
      .catch((e: unknown) => e);
    expect(isNdcConfigurationError(vietnamese) && vietnamese.code).toBe("invalid_header");
    expect((vietnamese as Error).message).toContain("X-NDC-User");
    expect((vietnamese as Error).message).not.toContain("cán bộ");
    expect(server.requests.length).toBe(before);
  });
});
