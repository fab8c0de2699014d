// Bodies the client cannot read give typed errors, never a crash: malformed JSON, a wrong content
// type, an empty body, the wrong shape, a body cut short, an error page from a proxy.
import type { ServerResponse } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type CallErrorEvent,
  isNdcApiError,
  isNdcNetworkError,
  type NdcClient,
} from "../src/index.js";
import { testClient } from "./fixtures.js";
import { sendJson, sendProblem, startApi, type TestServer } from "./http-server.js";

const bodies: Record<string, (response: ServerResponse) => void> = {
  "malformed-json": (r) => {
    r.writeHead(200, { "content-type": "application/json" });
    r.end('{"personalId": "001099012345", "name": {');
  },
  "wrong-content-type": (r) => {
    r.writeHead(200, { "content-type": "text/html" });
    r.end("<html>Maintenance</html>");
  },
  empty: (r) => {
    r.writeHead(200, { "content-type": "application/json" });
    r.end();
  },
  "wrong-shape": (r) => sendJson(r, 200, { databases: "all of them" }),
  "not-an-object": (r) => sendJson(r, 200, [1, 2, 3]),
  truncated: (r) => {
    r.writeHead(200, { "content-type": "application/json", "content-length": "500" });
    r.write('{"personalId": "0010990');
    setTimeout(() => r.socket?.destroy(), 10);
  },
  "proxy-page": (r) => {
    r.writeHead(502, { "content-type": "text/html" });
    r.end("<html>Bad gateway</html>");
  },
  "problem-unknown-code": (r) =>
    sendProblem(r, 503, "gremlins", { detail: "Something odd." }, { "retry-after": "0" }),
  redirect: (r) => {
    r.writeHead(302, { location: "/elsewhere" });
    r.end();
  },
  "problem-not-json": (r) => {
    r.writeHead(404, { "content-type": "application/problem+json" });
    r.end("{not json");
  },
};

let server: TestServer;
let client: NdcClient;
const errors: CallErrorEvent[] = [];

beforeAll(async () => {
  server = await startApi((request, response) => {
    const fault = String(request.headers["x-ndc-sandbox-fault"]);
    (bodies[fault] ?? ((r) => sendProblem(r, 500, "internal")))(response);
  });
  client = testClient(server, {
    retry: { limit: 1 },
    hooks: { onError: (event) => void errors.push(event) },
  });
});
afterAll(() => server.close());

const get = (fault: string) =>
  client.people
    .get("001099012345", { fields: ["name"], headers: { "X-NDC-Sandbox-Fault": fault } })
    .catch((e: unknown) => e);

describe("a success the client cannot read", () => {
  it.each(["malformed-json", "wrong-content-type", "empty", "not-an-object"])(
    "%s: NdcApiError invalid_response with the status",
    async (fault) => {
      const error = await get(fault);
      expect(isNdcApiError(error) && [error.code, error.status]).toEqual(["invalid_response", 200]);
      expect(errors.at(-1)?.error).toBe(error);
    },
  );

  it("the wrong shape for a friendly call: invalid_response", async () => {
    const error = await client.databases
      .list({ headers: { "X-NDC-Sandbox-Fault": "wrong-shape" } })
      .catch((e: unknown) => e);
    expect(isNdcApiError(error) && error.code).toBe("invalid_response");
  });

  it("a raw call returns it as `error`", async () => {
    const { data, error } = await client.GET("/databases", {
      headers: { "X-NDC-Sandbox-Fault": "malformed-json" },
    });
    expect(data).toBeUndefined();
    expect(error?.code).toBe("invalid_response");
  });

  it("a body cut short: NdcNetworkError after the retries", async () => {
    const before = server.calls().length;
    const error = await get("truncated");
    expect(isNdcNetworkError(error)).toBe(true);
    expect(server.calls().length - before).toBe(2);
  });
});

describe("a redirect", () => {
  it("is not followed: the token and the URL stay with the API", async () => {
    const before = server.calls().length;
    const error = await get("redirect");
    expect(isNdcNetworkError(error)).toBe(true);
    expect(
      server
        .calls()
        .slice(before)
        .every((c) => c.path !== "/elsewhere"),
    ).toBe(true);
  });
});

describe("an error the client cannot fully read", () => {
  it("a proxy's HTML page: the code of the status, no problem", async () => {
    const error = await get("proxy-page");
    expect(isNdcApiError(error) && [error.status, error.code, error.problem]).toEqual([
      502,
      "unavailable",
      undefined,
    ]);
  });

  it("an unknown problem code: the code of the status", async () => {
    const error = await get("problem-unknown-code");
    expect(isNdcApiError(error) && [error.status, error.code]).toEqual([503, "unavailable"]);
  });

  it("a problem that is not JSON: the code of the status", async () => {
    const error = await get("problem-not-json");
    expect(isNdcApiError(error) && [error.status, error.code]).toEqual([404, "not_found"]);
  });
});
