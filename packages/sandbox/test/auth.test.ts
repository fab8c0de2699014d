// Authentication and authorisation: the token endpoint (client credentials, both client
// authentication methods, OAuth errors), bearer tokens (missing, invalid, expired), the client
// identity, scopes, purposes and case numbers.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  call,
  contractErrors,
  headersOf,
  requestToken,
  startTestSandbox,
  type TestSandbox,
  tokenOf,
} from "./support.js";

const limited = {
  clientId: "k01-tax-portal",
  clientSecret: "synthetic-secret-limited-client",
  agency: "VN/GOV/000.00.00.K01/tax-portal",
  scopes: ["people:read"],
  purposes: ["tax-administration", "identity-verification"],
  databases: ["tax"],
  fields: ["name", "dateOfBirth", "taxCode"],
};

let sandbox: TestSandbox;
let token: string;

beforeAll(async () => {
  sandbox = await startTestSandbox({ seed: 3, people: 100, clients: [limited] });
  token = await tokenOf(sandbox);
});
afterAll(async () => {
  expect(sandbox.internalErrors).toEqual([]);
  await sandbox.close();
});

const personPath = () => `/people/${sandbox.samples.personalIds[0]}?fields=name`;

describe("issueToken", () => {
  it("issues a bearer token for client_secret_post", async () => {
    const response = await requestToken(sandbox);
    const body = await response.json();
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(body).toMatchObject({ token_type: "Bearer", expires_in: 900 });
    expect(body.scope.split(" ").sort()).toEqual([
      "people:read",
      "people:verify",
      "records:read",
      "subscriptions:manage",
    ]);
    expect(
      contractErrors("issueToken", { status: 200, headers: response.headers, body, text: "" }),
    ).toEqual([]);
  });

  it("issues a token for client_secret_basic, narrowed to the scopes asked for", async () => {
    const basic = Buffer.from(
      `${encodeURIComponent(limited.clientId)}:${encodeURIComponent(limited.clientSecret)}`,
    ).toString("base64");
    const answer = await call<{ scope: string; access_token: string }>(sandbox, "/oauth/token", {
      method: "POST",
      headers: {
        Authorization: `Basic ${basic}`,
        "Content-Type": "application/x-www-form-urlencoded",
      },
      body: "grant_type=client_credentials&scope=people%3Aread",
    });
    expect(answer.status).toBe(200);
    expect(answer.body.scope).toBe("people:read");
  });

  it.each([
    [
      "an unknown client",
      { client_id: "nobody", client_secret: "whatever" },
      401,
      "invalid_client",
    ],
    ["a wrong secret", { client_secret: "wrong-secret" }, 401, "invalid_client"],
    ["another grant", { grant_type: "password" }, 400, "unsupported_grant_type"],
    ["a scope the client lacks", { scope: "records:read" }, 400, "invalid_scope"],
  ])("answers %s in the OAuth form", async (_, change, status, error) => {
    const form = new URLSearchParams({
      grant_type: "client_credentials",
      client_id: limited.clientId,
      client_secret: limited.clientSecret,
      ...change,
    });
    const answer = await call<{ error: string; error_description: string }>(
      sandbox,
      "/oauth/token",
      {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
        body: form.toString(),
      },
    );
    expect(answer.status).toBe(status);
    expect(answer.body.error).toBe(error);
    expect(answer.headers.get("content-type")).toBe("application/json");
    expect(answer.text).not.toContain("wrong-secret");
    expect(contractErrors("issueToken", answer)).toEqual([]);
    if (status === 401) expect(answer.headers.get("www-authenticate")).toBe('Basic realm="ndc"');
  });

  it("ignores a member it does not know (RFC 6749 §3.2)", async () => {
    const form = new URLSearchParams({
      grant_type: "client_credentials",
      client_id: limited.clientId,
      client_secret: limited.clientSecret,
      colour: "blue",
    });
    const answer = await call<{ access_token: string }>(sandbox, "/oauth/token", {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: form.toString(),
    });
    expect(answer.status).toBe(200);
    expect(answer.body.access_token).toEqual(expect.any(String));
    expect(contractErrors("issueToken", answer)).toEqual([]);
  });

  it("answers invalid_request for a body that is not a form", async () => {
    const answer = await call<{ error: string }>(sandbox, "/oauth/token", {
      method: "POST",
      body: { grant_type: "client_credentials" },
    });
    expect(answer.status).toBe(400);
    expect(answer.body.error).toBe("invalid_request");
  });

  it("lets tests count token requests", async () => {
    const before = sandbox.stats();
    await Promise.all([
      requestToken(sandbox),
      requestToken(sandbox, { clientId: "x", clientSecret: "y" }),
    ]);
    const after = sandbox.stats();
    expect((after.byOperation.issueToken ?? 0) - (before.byOperation.issueToken ?? 0)).toBe(2);
    expect(after.tokensIssued - before.tokensIssued).toBe(1);
  });
});

describe("bearer tokens", () => {
  it.each([
    ["no token", undefined, 'Bearer realm="ndc"'],
    [
      "a token the sandbox never issued",
      "Bearer ndc_at_not-a-token-0123456789",
      'Bearer realm="ndc", error="invalid_token"',
    ],
    ["another scheme", "Basic dXNlcjpwYXNz", 'Bearer realm="ndc", error="invalid_token"'],
  ])(
    "answers 401 unauthorized for %s, with the bearer challenge",
    async (_, authorization, challenge) => {
      const headers: Record<string, string> = headersOf(sandbox, token);
      if (authorization === undefined) delete headers.Authorization;
      else headers.Authorization = authorization;
      const answer = await call<{ code: string }>(sandbox, personPath(), { headers });
      expect(answer.status).toBe(401);
      expect(answer.headers.get("content-type")).toBe("application/problem+json");
      expect(answer.body.code).toBe("unauthorized");
      expect(answer.headers.get("www-authenticate")).toBe(challenge);
      expect(contractErrors("getPerson", answer)).toEqual([]);
    },
  );

  it("refuses every token once expireTokens() is called, and accepts a new one", async () => {
    const own = await startTestSandbox({ seed: 3, people: 50 });
    try {
      const first = await tokenOf(own);
      expect((await call(own, "/databases", { headers: headersOf(own, first) })).status).toBe(200);
      expect(own.expireTokens()).toBe(1);
      const expired = await call<{ code: string; detail: string }>(own, "/databases", {
        headers: headersOf(own, first),
      });
      expect(expired.status).toBe(401);
      expect(expired.body.detail).toBe("The access token has expired.");
      const second = await tokenOf(own);
      expect((await call(own, "/databases", { headers: headersOf(own, second) })).status).toBe(200);
    } finally {
      await own.close();
    }
  });

  it("answers 100 concurrent calls with an expired token 401 each, and counts them apart from token requests", async () => {
    const own = await startTestSandbox({ seed: 3, people: 50 });
    try {
      const stale = await tokenOf(own);
      own.expireTokens();
      const before = own.stats();
      const path = `/people/${own.samples.personalIds[0]}?fields=sex`;
      const answers = await Promise.all(
        Array.from({ length: 100 }, () => call(own, path, { headers: headersOf(own, stale) })),
      );
      expect(answers.map((answer) => answer.status)).toEqual(Array(100).fill(401));
      expect(new Set(answers.map((answer) => answer.headers.get("www-authenticate")))).toEqual(
        new Set(['Bearer realm="ndc", error="invalid_token"']),
      );
      const after = own.stats();
      expect((after.byOperation.getPerson ?? 0) - (before.byOperation.getPerson ?? 0)).toBe(100);
      expect(after.byOperation.issueToken).toBe(before.byOperation.issueToken);
    } finally {
      await own.close();
    }
  });

  it("expires tokens after tokenTtlSeconds", async () => {
    const own = await startTestSandbox({ seed: 3, people: 50, tokenTtlSeconds: 1 });
    try {
      const response = await requestToken(own);
      const { access_token: short, expires_in } = await response.json();
      expect(expires_in).toBe(1);
      await new Promise((resolve) => setTimeout(resolve, 1100));
      const answer = await call(own, "/databases", { headers: headersOf(own, short) });
      expect(answer.status).toBe(401);
    } finally {
      await own.close();
    }
  });
});

describe("client, scope, purpose and case", () => {
  it("answers 403 client_mismatch when X-NDC-Client is not the token's client", async () => {
    const answer = await call<{ code: string }>(sandbox, personPath(), {
      headers: headersOf(sandbox, token, { "X-NDC-Client": limited.agency }),
    });
    expect(answer.status).toBe(403);
    expect(answer.body.code).toBe("client_mismatch");
  });

  it("answers 403 purpose_required without X-NDC-Purpose", async () => {
    const headers = headersOf(sandbox, token);
    delete headers["X-NDC-Purpose"];
    const answer = await call<{ code: string; errors: { header: string; code: string }[] }>(
      sandbox,
      personPath(),
      { headers },
    );
    expect(answer.status).toBe(403);
    expect(answer.body.code).toBe("purpose_required");
    expect(answer.body.errors).toContainEqual(
      expect.objectContaining({ header: "X-NDC-Purpose", code: "required" }),
    );
    expect(contractErrors("getPerson", answer)).toEqual([]);
  });

  it("answers 400 invalid_request for a purpose that is not in the purposes list", async () => {
    const answer = await call<{ code: string }>(sandbox, personPath(), {
      headers: headersOf(sandbox, token, { "X-NDC-Purpose": "curiosity" }),
    });
    expect(answer.status).toBe(400);
    expect(answer.body.code).toBe("invalid_request");
  });

  it("answers 400 case_required for a purpose that needs a case number, and 200 with one", async () => {
    const { purpose, caseNumber } = sandbox.samples.purposeWithCase;
    const without = await call<{ code: string }>(sandbox, personPath(), {
      headers: headersOf(sandbox, token, { "X-NDC-Purpose": purpose }),
    });
    expect(without.status).toBe(400);
    expect(without.body.code).toBe("case_required");
    expect(contractErrors("getPerson", without)).toEqual([]);
    const withCase = await call(sandbox, personPath(), {
      headers: headersOf(sandbox, token, { "X-NDC-Purpose": purpose, "X-NDC-Case": caseNumber }),
    });
    expect(withCase.status).toBe(200);
  });

  it("answers 403 to a client without the scope, purpose, field or database", async () => {
    const narrow = await tokenOf(sandbox, limited);
    const headers = (purpose: string) => ({
      Authorization: `Bearer ${narrow}`,
      "X-NDC-Client": limited.agency,
      "X-NDC-Purpose": purpose,
    });
    const id = sandbox.samples.personalIds[0];
    const cases: [string, string, string][] = [
      ["/people:verify", "identity-verification", "forbidden"],
      [`/people/${id}?fields=name`, "health-care", "purpose_not_allowed"],
      [`/people/${id}?fields=name,sex`, "identity-verification", "forbidden"],
    ];
    for (const [path, purpose, code] of cases) {
      const answer = await call<{ code: string; detail: string }>(sandbox, path, {
        method: path.includes(":verify") ? "POST" : "GET",
        headers: headers(purpose),
        ...(path.includes(":verify") ? { body: { personalId: id, claims: { sex: "male" } } } : {}),
      });
      expect(answer.status, path).toBe(403);
      expect(answer.body.code, path).toBe(code);
    }
    const allowed = await call(sandbox, `/people/${id}?fields=name,taxCode`, {
      headers: headers("identity-verification"),
    });
    expect(allowed.status).toBe(200);
  });
});
