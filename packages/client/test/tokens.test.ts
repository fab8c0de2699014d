// Access tokens: client credentials, one cached token, refresh before expiry, single-flight under
// concurrency, and one retry with a new token after 401.
import { afterEach, describe, expect, it } from "vitest";
import { createClient, isNdcApiError } from "../src/index.js";
import { CLIENT_ID, CLIENT_SECRET, fakeClock, personProfile, testClient } from "./fixtures.js";
import {
  delay,
  sendJson,
  sendProblem,
  sendToken,
  startApi,
  startServer,
  type TestServer,
} from "./http-server.js";

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const profileServer = async (options: { expiresIn?: number } = {}) => {
  const s = await startApi(async (_, response) => {
    await delay(5);
    sendJson(response, 200, personProfile);
  }, options);
  server = s;
  return s;
};
const read = (client: ReturnType<typeof testClient>) =>
  client.people.get("001099012345", { fields: ["name"] });

describe("client credentials", () => {
  it("POST /oauth/token, form-encoded, client_secret_basic by default", async () => {
    const s = await profileServer();
    await read(testClient(s));
    const [token] = s.tokenRequests();
    expect(token?.method).toBe("POST");
    expect(token?.headers["content-type"]).toMatch(/^application\/x-www-form-urlencoded/);
    expect(Object.fromEntries(new URLSearchParams(token?.body))).toEqual({
      grant_type: "client_credentials",
    });
    const basic = String(token?.headers.authorization);
    expect(basic).toMatch(/^Basic /);
    expect(Buffer.from(basic.slice(6), "base64").toString()).toBe(`${CLIENT_ID}:${CLIENT_SECRET}`);
    expect(token?.headers["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
    const [call] = s.calls();
    expect(call?.headers.authorization).toBe(`Bearer ${s.tokens[0]}`);
  });

  it("client_secret_post puts the credentials and the scope in the form", async () => {
    const s = await profileServer();
    const client = createClient(
      {
        baseUrl: s.url,
        clientId: CLIENT_ID,
        clientSecret: CLIENT_SECRET,
        scope: "people:read people:verify",
        clientAuthentication: "client_secret_post",
      },
      { agency: "000.00.00.H49", system: "dvc-portal", purpose: "public-service-delivery" },
    );
    await read(client);
    const [token] = s.tokenRequests();
    expect(token?.headers).not.toHaveProperty("authorization");
    expect(Object.fromEntries(new URLSearchParams(token?.body))).toEqual({
      grant_type: "client_credentials",
      scope: "people:read people:verify",
      client_id: CLIENT_ID,
      client_secret: CLIENT_SECRET,
    });
  });

  it("a refused client is an NdcApiError with the OAuth error, and no secret in its message", async () => {
    const s = await startServer((_, response) =>
      sendJson(response, 401, {
        error: "invalid_client",
        error_description: `Client authentication failed for secret ${CLIENT_SECRET}.`,
      }),
    );
    server = s;
    const error = await read(testClient(s)).catch((e: unknown) => e);
    expect(isNdcApiError(error)).toBe(true);
    if (!isNdcApiError(error)) return;
    expect([error.status, error.code, error.oauthError, error.operationId]).toEqual([
      401,
      "unauthorized",
      "invalid_client",
      "issueToken",
    ]);
    expect(`${error.message} ${error.stack}`).not.toContain(CLIENT_SECRET);
    expect(s.tokenRequests()).toHaveLength(1);
  });

  it("a token response without a token is invalid_response", async () => {
    const s = await startServer((_, response) =>
      sendJson(response, 200, { token_type: "Bearer", expires_in: 900 }),
    );
    server = s;
    const error = await read(testClient(s)).catch((e: unknown) => e);
    expect(isNdcApiError(error) && error.code).toBe("invalid_response");
  });

  it("the token request is retried after 503", async () => {
    let failures = 1;
    const s = await startServer((request, response) => {
      if (request.path === "/oauth/token") {
        if (failures-- > 0)
          return sendProblem(response, 503, "unavailable", {}, { "retry-after": "0" });
        return void sendToken(response);
      }
      sendJson(response, 200, personProfile);
    });
    server = s;
    expect(await read(testClient(s))).toEqual(personProfile);
    expect(s.tokenRequests()).toHaveLength(2);
  });
});

describe("the token cache", () => {
  it("keeps one token for many calls", async () => {
    const s = await profileServer();
    const client = testClient(s);
    for (let i = 0; i < 5; i++) await read(client);
    expect(s.tokenRequests()).toHaveLength(1);
    expect(new Set(s.calls().map((c) => c.headers.authorization)).size).toBe(1);
  });

  it("renews the token before it expires: a minute early, or 10 % of a short lifetime", async () => {
    const clock = fakeClock();
    const s = await profileServer({ expiresIn: 900 });
    const client = testClient(s, { clock });
    await read(client);
    clock.advance(839_000);
    await read(client);
    expect(s.tokenRequests()).toHaveLength(1);
    clock.advance(2_000); // 841 s: within the last minute of 900 s
    await read(client);
    expect(s.tokenRequests()).toHaveLength(2);

    const short = await startApi((_, r) => sendJson(r, 200, personProfile), { expiresIn: 100 });
    try {
      const shortClock = fakeClock();
      const shortClient = testClient(short, { clock: shortClock });
      await read(shortClient);
      shortClock.advance(89_000);
      await read(shortClient);
      expect(short.tokenRequests()).toHaveLength(1);
      shortClock.advance(2_000); // 91 s of 100: past 90 %
      await read(shortClient);
      expect(short.tokenRequests()).toHaveLength(2);
    } finally {
      await short.close();
    }
  });

  it("100 concurrent calls with an expired token cause one token request", async () => {
    const clock = fakeClock();
    const s = await profileServer();
    const client = testClient(s, { clock });
    await read(client);
    clock.advance(3_600_000);
    const results = await Promise.all(Array.from({ length: 100 }, () => read(client)));
    expect(results).toHaveLength(100);
    expect(s.tokenRequests()).toHaveLength(2);
    const last = s.calls().slice(-100);
    expect(new Set(last.map((c) => c.headers.authorization))).toEqual(
      new Set([`Bearer ${s.tokens[1]}`]),
    );
  });

  it("100 concurrent first calls of a new client cause one token request", async () => {
    const s = await profileServer();
    const client = testClient(s);
    await Promise.all(Array.from({ length: 100 }, () => read(client)));
    expect(s.tokenRequests()).toHaveLength(1);
  });
});

describe("401", () => {
  it("drops the token, gets a new one and retries once — for 100 concurrent calls, one token request", async () => {
    let revoked: string | undefined;
    const s = await startApi(async (request, response) => {
      await delay(5);
      if (request.headers.authorization === `Bearer ${revoked}`)
        return sendProblem(response, 401, "unauthorized", {
          detail: "The access token has expired.",
        });
      sendJson(response, 200, personProfile);
    });
    server = s;
    const client = testClient(s);
    await read(client);
    revoked = s.tokens[0];
    await Promise.all(Array.from({ length: 100 }, () => read(client)));
    expect(s.tokenRequests()).toHaveLength(2);
    expect(
      s.calls().filter((c) => c.headers.authorization === `Bearer ${s.tokens[1]}`),
    ).toHaveLength(100);
  });

  it("a POST is retried after 401 too (the server did nothing), but only once", async () => {
    const s = await startApi((_, response) =>
      sendProblem(response, 401, "unauthorized", { detail: "The access token has expired." }),
    );
    server = s;
    const error = await testClient(s)
      .subscriptions.create({
        callbackUrl: "https://h.example.vn/x",
        database: "tax",
        events: ["NEW"],
      })
      .catch((e: unknown) => e);
    expect(isNdcApiError(error) && [error.code, error.attempts]).toEqual(["unauthorized", 2]);
    expect(s.calls()).toHaveLength(2);
    expect(s.tokenRequests()).toHaveLength(2);
  });
});

describe("a token provider", () => {
  it("is called once for concurrent calls; a plain string is kept until refused", async () => {
    let calls = 0;
    const s = await startServer((request, response) => {
      if (request.headers.authorization !== "Bearer from-the-gateway-0001")
        return sendProblem(response, 401, "unauthorized");
      sendJson(response, 200, personProfile);
    });
    server = s;
    const client = createClient(
      {
        baseUrl: s.url,
        tokenProvider: async () => {
          calls++;
          await delay(10);
          return "from-the-gateway-0001";
        },
      },
      { agency: "000.00.00.H49", system: "dvc-portal", purpose: "public-service-delivery" },
    );
    await Promise.all(Array.from({ length: 20 }, () => read(client)));
    await read(client);
    expect(calls).toBe(1);
    expect(s.tokenRequests()).toHaveLength(0);
  });

  it("may give a lifetime, which the cache honours", async () => {
    const clock = fakeClock();
    let calls = 0;
    const s = await startServer((_, response) => sendJson(response, 200, personProfile));
    server = s;
    const client = createClient(
      {
        baseUrl: s.url,
        tokenProvider: async () => ({ accessToken: `gateway-token-${++calls}`, expiresIn: 60 }),
      },
      { agency: "000.00.00.H49", system: "dvc-portal", purpose: "public-service-delivery", clock },
    );
    await read(client);
    clock.advance(53_000);
    await read(client);
    clock.advance(2_000);
    await read(client);
    expect(calls).toBe(2);
    expect(s.calls().map((c) => c.headers.authorization)).toEqual([
      "Bearer gateway-token-1",
      "Bearer gateway-token-1",
      "Bearer gateway-token-2",
    ]);
  });
});
