// Raw calls: typed from the contract's paths (a wrong path, method, parameter or body does not
// compile), and sent as the contract says (path encoding, comma-separated arrays, headers).
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from "vitest";
import {
  type CodeList,
  isNdcApiError,
  isNdcConfigurationError,
  type NdcApiError,
  type NdcClient,
  type PersonProfile,
  type RawResult,
  type SubscriptionCreated,
} from "../src/index.js";
import { personProfile, testClient, verifyResponse } from "./fixtures.js";
import { sendJson, sendProblem, startApi, type TestServer } from "./http-server.js";

let server: TestServer;
let client: NdcClient;

beforeAll(async () => {
  server = await startApi((request, response) => {
    if (request.path === "/people/001099012345") return sendJson(response, 200, personProfile);
    if (request.path === "/people:verify") return sendJson(response, 200, verifyResponse);
    if (request.path.startsWith("/subscriptions/")) {
      response.writeHead(204).end();
      return;
    }
    sendProblem(response, 404, "not_found", { detail: "No such thing." });
  });
  client = testClient(server);
});
afterAll(() => server.close());

describe("raw calls are typed from the contract", () => {
  it("type the result as a data-or-error union", async () => {
    const result = await client.GET("/people/{personalId}", {
      params: { path: { personalId: "001099012345" }, query: { fields: ["name"] } },
    });
    if (result.error) {
      expectTypeOf(result.error).toEqualTypeOf<NdcApiError>();
      expectTypeOf(result.data).toEqualTypeOf<undefined>();
    } else {
      expectTypeOf(result.data).toEqualTypeOf<PersonProfile>();
    }
    expectTypeOf(
      client.GET("/codelists/{name}", { params: { path: { name: "sex" } } }),
    ).resolves.toHaveProperty("data");
    type CodeListData = NonNullable<
      Awaited<ReturnType<typeof client.GET<"/codelists/{name}">>>["data"]
    >;
    expectTypeOf<CodeListData>().toEqualTypeOf<CodeList>();
    expectTypeOf<Awaited<ReturnType<typeof client.POST<"/people:verify">>>>().toEqualTypeOf<
      RawResult<import("../src/index.js").operations["verifyPerson"]>
    >();
    type Created = NonNullable<Awaited<ReturnType<typeof client.POST<"/subscriptions">>>["data"]>;
    expectTypeOf<Created>().toEqualTypeOf<SubscriptionCreated>();
  });

  it("refuse at compile time a wrong path, method, parameter or body", () => {
    // Each call below is a compile error; they are never run.
    const never = (_: () => unknown) => undefined;
    never(() =>
      // @ts-expect-error: no such path
      client.GET("/people/{id}", { params: { path: { id: "001099012345" } } }),
    );
    // @ts-expect-error: /databases has no POST
    never(() => client.POST("/databases"));
    // @ts-expect-error: /people:verify has no GET
    never(() => client.GET("/people:verify"));
    // @ts-expect-error: the token endpoint is the client's own business
    never(() => client.POST("/oauth/token", { body: { grant_type: "client_credentials" } }));
    never(() =>
      client.GET("/people/{personalId}", {
        // @ts-expect-error: the path parameter is personalId
        params: { path: { id: "001099012345" }, query: { fields: ["name"] } },
      }),
    );
    never(() =>
      client.GET("/people/{personalId}", {
        // @ts-expect-error: fields is required (data minimisation)
        params: { path: { personalId: "001099012345" } },
      }),
    );
    never(() =>
      client.GET("/people/{personalId}", {
        // @ts-expect-error: not a field of PersonProfile
        params: { path: { personalId: "001099012345" }, query: { fields: ["favouriteColour"] } },
      }),
    );
    never(() =>
      client.GET("/databases/{database}/records", {
        // @ts-expect-error: not a database of the catalog
        params: { path: { database: "nowhere" } },
      }),
    );
    never(() =>
      client.GET("/databases/{database}/records", {
        // @ts-expect-error: limit is a number
        params: { path: { database: "insurance" }, query: { limit: "10" } },
      }),
    );
    // @ts-expect-error: the body is required
    never(() => client.POST("/people:verify"));
    never(() =>
      client.POST("/people:verify", {
        // @ts-expect-error: claims, not claim
        body: { personalId: "001099012345", claim: { sex: "male" } },
      }),
    );
    never(() =>
      // @ts-expect-error: the path parameters are required
      client.DELETE("/subscriptions/{subscriptionId}"),
    );
    never(() =>
      client.GET("/databases", {
        // @ts-expect-error: X-NDC-Client is set by the client
        params: { header: { "X-NDC-Client": "VN/GOV/x/y" } },
      }),
    );
    never(() =>
      client.GET("/codelists/{name}", {
        // @ts-expect-error: X-NDC-Client is set by the client
        params: { path: { name: "sex" }, header: { "X-NDC-Client": "VN/GOV/x/y" } },
      }),
    );
    never(() =>
      client.GET("/codelists/{name}", {
        params: { path: { name: "sex" }, header: { "If-None-Match": '"cl-sex-3f9a1c"' } },
      }),
    );
    expect(true).toBe(true);
  });
});

describe("raw calls at run time", () => {
  it("GET: encodes the path, joins arrays with commas, and sends the client's headers", async () => {
    const { data, error, requestId } = await client.GET("/people/{personalId}", {
      params: {
        path: { personalId: "001099012345" },
        query: { fields: ["name", "dateOfBirth"] },
        header: { "X-NDC-Case": "H49.26-250914-0007" },
      },
      user: "canbo.tranthib",
    });
    expect(error).toBeUndefined();
    expect(data).toEqual(personProfile);
    const sent = server.calls().at(-1);
    expect(sent?.url).toBe("/people/001099012345?fields=name,dateOfBirth");
    expect(sent?.headers["x-ndc-client"]).toBe("VN/GOV/000.00.00.H49/dvc-portal");
    expect(sent?.headers["x-ndc-purpose"]).toBe("public-service-delivery");
    expect(sent?.headers["x-ndc-case"]).toBe("H49.26-250914-0007");
    expect(sent?.headers["x-ndc-user"]).toBe("canbo.tranthib");
    expect(sent?.headers.authorization).toMatch(/^Bearer ndc_at_/);
    expect(sent?.headers["x-request-id"]).toBe(requestId);
    expect(requestId).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });

  it("a path parameter cannot change the path", async () => {
    const { error } = await client.GET("/databases/{database}/records/{recordId}", {
      params: { path: { database: "insurance", recordId: "../../people/001099012345" } },
    });
    expect(error?.code).toBe("not_found");
    expect(server.calls().at(-1)?.path).toBe(
      "/databases/insurance/records/..%2F..%2Fpeople%2F001099012345",
    );
  });

  it("POST sends the JSON body; an HTTP error comes back as `error`", async () => {
    const verified = await client.POST("/people:verify", {
      body: { personalId: "001099012345", claims: { sex: "male" } },
    });
    expect(verified.data).toEqual(verifyResponse);
    const sent = server.calls().at(-1);
    expect(sent?.headers["content-type"]).toBe("application/json");
    expect(JSON.parse(sent?.body ?? "")).toEqual({
      personalId: "001099012345",
      claims: { sex: "male" },
    });
    const missing = await client.GET("/codelists/{name}", { params: { path: { name: "sex" } } });
    expect(isNdcApiError(missing.error)).toBe(true);
    expect(missing.error?.status).toBe(404);
    expect(missing.response.status).toBe(404);
  });

  it("DELETE resolves with no data on 204", async () => {
    const { data, error } = await client.DELETE("/subscriptions/{subscriptionId}", {
      params: { path: { subscriptionId: "sub_8Kd2Lq7XwP3m" } },
    });
    expect(error).toBeUndefined();
    expect(data).toBeUndefined();
    expect(server.calls().at(-1)?.method).toBe("DELETE");
  });

  it("refuses at run time a path the contract does not have (for JavaScript callers)", async () => {
    const loose = client as unknown as { GET(path: string): Promise<unknown> };
    const error = await loose.GET("/people").catch((e: unknown) => e);
    expect(isNdcConfigurationError(error)).toBe(true);
    const token = await (client as unknown as { POST(path: string): Promise<unknown> })
      .POST("/oauth/token")
      .catch((e: unknown) => e);
    expect(isNdcConfigurationError(token)).toBe(true);
  });
});
