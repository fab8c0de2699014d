// No personal ID, token or secret in full in anything the client produces: a battery of calls that
// fail and succeed against the sandbox (404, 403, 401, bad secret, faults, validation failures,
// timeouts, refused connections), with every hook payload and every error captured as text, then
// grepped for every personal ID used, every identifier of the people read, the client secrets,
// every subscription secret, and every token and credential the client sent — which a wrapped
// `fetch` observes on the way out (it never changes a request or a response).
import { inspect } from "node:util";
import {
  type ClientHooks,
  createClient,
  type NdcClient,
  type PersonProfile,
  type PurposeCode,
  type ResponseValidator,
} from "@ndcvn/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestSandbox, type TestSandbox } from "../support.js";
import { clientOf, fault, settle } from "./loopback-client.js";

const NARROW = {
  clientId: "h49-statistics",
  clientSecret: "narrow-7Hq2Zx9pLm4Rt8WvK3sD",
  agency: "VN/GOV/000.00.00.H49/statistics",
  purposes: ["statistics"],
  databases: ["tax"],
  fields: ["sex"],
};
const BAD_SECRET = "wrong-secret-Qm8Vt3Kx7Pz2Lr5N";

let sandbox: TestSandbox;
/** Everything the client produced: hook payloads and errors, as text. */
const captured: { where: string; text: string }[] = [];
/** Everything that must not appear in it. */
const secrets = new Map<string, string>();

const keep = (label: string, value: string | undefined) => {
  if (value !== undefined && value.length >= 6 && !secrets.has(value)) secrets.set(value, label);
};

/** Hooks that keep every payload, as JSON and as Node prints it. */
const capturing: ClientHooks = {
  onRequest: (event) => capture("onRequest", event),
  onResponse: (event) => capture("onResponse", event),
  onRetry: (event) => capture("onRetry", event),
  onError: (event) => capture("onError", event),
};

function capture(where: string, value: unknown): void {
  captured.push({ where, text: JSON.stringify(value) ?? "" });
  captured.push({ where, text: inspect(value, { depth: 8, showHidden: true }) });
  if (value instanceof Error)
    captured.push({ where, text: `${String(value)}\n${value.message}\n${value.stack}` });
}

/** The platform's fetch, observed: the credentials sent and the tokens received are kept. */
const observingFetch: typeof fetch = async (input, init) => {
  // Read from what is given, never a new Request of it, which would take its body.
  const headers = input instanceof Request ? input.headers : new Headers(init?.headers);
  const url = input instanceof Request ? input.url : String(input);
  const authorization = headers.get("authorization") ?? "";
  const [scheme = "", credential] = authorization.split(" ");
  keep(`${scheme} credential`, credential);
  if (scheme === "Basic" && credential)
    for (const part of atob(credential).split(":")) keep("Basic part", decodeURIComponent(part));
  const response = await fetch(input, init);
  if (url.endsWith("/oauth/token") && response.ok) {
    const body = (await response.clone().json()) as { access_token?: string };
    keep("access token", body.access_token);
  }
  return response;
};

/** A client of the battery: hooks capturing, fetch observed. */
const batteryClient = (options: Parameters<typeof clientOf>[1] = {}): NdcClient =>
  clientOf(sandbox, { hooks: capturing, fetch: observingFetch, ...options });

/** Runs a call; whatever it rejects with is captured. */
async function run(label: string, call: Promise<unknown>): Promise<unknown> {
  const settled = await settle(call);
  if (!settled.ok) capture(`error of ${label}`, settled.error);
  else if (typeof settled.value === "object" && settled.value !== null && "error" in settled.value)
    capture(`raw error of ${label}`, settled.value.error);
  return settled.ok ? settled.value : settled.error;
}

/** Rejects every profile: its personal ID breaks the agency's rule (a validation failure). */
const refusingValidator: ResponseValidator = {
  validate: (_schemaId, value) =>
    typeof value === "object" && value !== null && "personalId" in value
      ? { ok: false, issues: [{ path: "/personalId", code: "not_in_caseload" }] }
      : { ok: true },
};

beforeAll(async () => {
  sandbox = await startTestSandbox({ seed: 51, people: 120, clients: [NARROW] });
  keep("client secret", sandbox.credentials.clientSecret);
  keep("narrow client secret", NARROW.clientSecret);
  keep("bad secret", BAD_SECRET);
  for (const id of [...sandbox.samples.personalIds, sandbox.samples.unknownPersonalId])
    keep("personal ID", id);
});
afterAll(async () => {
  expect(sandbox.internalErrors).toEqual([]);
  await sandbox.close();
});

describe("redaction", () => {
  it("keeps every personal ID, identifier, token and secret out of errors and hook payloads", async () => {
    const ids = sandbox.samples.personalIds;
    const [first = "", second = "", third = ""] = ids;
    const unknown = sandbox.samples.unknownPersonalId;
    const client = batteryClient();
    const errors: unknown[] = [];
    const expectError = async (label: string, call: Promise<unknown>) => {
      const outcome = await run(label, call);
      errors.push(outcome);
      return outcome;
    };

    // Successes: every identifier of the people read joins the list of what must not appear.
    const profiles = (await run(
      "batchGet",
      client.people.batchGet(ids, {
        fields: [
          "phoneNumbers",
          "legacyIdCard",
          "socialInsuranceNumber",
          "healthInsuranceCard",
          "taxCode",
        ],
      }),
    )) as { results: { profile?: PersonProfile }[] };
    for (const { profile } of profiles.results)
      for (const [field, attribute] of Object.entries(profile ?? {}))
        for (const value of [attribute, ...(Array.isArray(attribute) ? attribute : [attribute])])
          if (typeof value === "object" && value !== null && "value" in value)
            keep(`${field} of a profile`, String(value.value));
    await run("get", client.people.get(first, { fields: ["name"] }));
    await run("verify", client.people.verify(second, { nationality: "VN" }));
    await run(
      "feed",
      client.records
        .list("tax", { purpose: "data-synchronisation" })
        .pages()
        [Symbol.asyncIterator]()
        .next(),
    );
    const subscription = (await run(
      "subscribe",
      client.subscriptions.create(
        { callbackUrl: "https://hooks.h49.example.vn/ndc/tax", database: "tax", events: ["NEW"] },
        { idempotencyKey: crypto.randomUUID() },
      ),
    )) as { id: string; secret: string };
    keep("subscription secret", subscription.secret);
    await run("delete", client.subscriptions.delete(subscription.id));

    // 404, by friendly and raw calls, and by batch.
    await expectError("404", client.people.get(unknown, { fields: ["name"] }));
    await expectError(
      "raw 404",
      client.GET("/people/{personalId}", {
        params: { path: { personalId: unknown }, query: { fields: ["sex"] } },
      }),
    );
    await run("batch with unknown", client.people.batchGet([third, unknown], { fields: ["sex"] }));
    // 403 without a purpose; 403 for a purpose, a database and a field the client may not use.
    const noPurpose = batteryClient({ purpose: undefined });
    await expectError("403 purpose_required", noPurpose.people.get(first, { fields: ["name"] }));
    const narrow = createClient(
      { baseUrl: sandbox.url, clientId: NARROW.clientId, clientSecret: NARROW.clientSecret },
      { agency: NARROW.agency, purpose: "statistics", hooks: capturing, fetch: observingFetch },
    );
    await expectError("403 field", narrow.people.get(second, { fields: ["name"] }));
    await expectError(
      "403 purpose",
      narrow.people.get(second, { fields: ["sex"], purpose: "law-enforcement" as PurposeCode }),
    );
    await expectError("403 database", narrow.records.get("insurance", "ins-0000000000"));
    // 401: a bad secret at the token endpoint (post and basic), and a token the server expired.
    for (const clientAuthentication of ["client_secret_basic", "client_secret_post"] as const) {
      const impostor = createClient(
        {
          baseUrl: sandbox.url,
          clientId: sandbox.credentials.clientId,
          clientSecret: BAD_SECRET,
          clientAuthentication,
        },
        { agency: sandbox.credentials.agency, hooks: capturing, fetch: observingFetch },
      );
      await expectError(
        `401 ${clientAuthentication}`,
        impostor.people.get(first, { fields: ["sex"] }),
      );
    }
    sandbox.expireTokens();
    await run("401 then renewed", client.people.get(second, { fields: ["sex"] }));
    // Faults: bursts, resets, cut and malformed bodies, each on a URL with a personal ID.
    await run(
      "503 ridden out",
      client.people.get(first, { fields: ["sex"], headers: fault("503;times=1") }),
    );
    for (const name of [
      "503",
      "429;retry-after=0",
      "500",
      "reset",
      "truncated",
      "malformed-json",
      "wrong-content-type",
    ])
      await expectError(name, client.people.get(third, { fields: ["sex"], headers: fault(name) }));
    await expectError(
      "raw malformed",
      client.POST("/people:verify", {
        body: { personalId: first, claims: { nationality: "VN" } },
        headers: fault("malformed-json"),
      }),
    );
    // A validation failure, timeouts and a refused connection.
    const validating = batteryClient({ validateResponses: refusingValidator });
    await expectError("validation", validating.people.get(second, { fields: ["sex"] }));
    await expectError(
      "timeout",
      client.people.get(first, {
        fields: ["sex"],
        timeout: 100,
        headers: fault("latency;ms=1000"),
      }),
    );
    await expectError(
      "budget",
      client.people.get(first, {
        fields: ["sex"],
        retry: { budgetMs: 150 },
        headers: fault("latency;ms=1000"),
      }),
    );
    const closed = await startTestSandbox({ seed: 51, people: 10 });
    const refusedUrl = closed.url;
    await closed.close();
    const refused = createClient(
      { baseUrl: refusedUrl, clientId: "x-client", clientSecret: sandbox.credentials.clientSecret },
      { agency: sandbox.credentials.agency, hooks: capturing, fetch: observingFetch },
    );
    await expectError("refused", refused.people.get(first, { fields: ["sex"] }));

    // The battery did what it says: every error is one of the client's, the masks are there.
    const api = (code: string, status: number) => ["NdcApiError", code, status];
    expect(
      errors.map((error) => {
        const { name, code, status } = ((error as { error?: unknown }).error ?? error) as {
          name: string;
          code?: string;
          status?: number;
        };
        return [name, code, status];
      }),
    ).toEqual([
      api("not_found", 404),
      api("not_found", 404),
      api("purpose_required", 403),
      api("forbidden", 403),
      api("purpose_not_allowed", 403),
      api("forbidden", 403),
      api("unauthorized", 401),
      api("unauthorized", 401),
      api("unavailable", 503),
      api("rate_limited", 429),
      api("internal", 500),
      ["NdcNetworkError", undefined, undefined],
      ["NdcNetworkError", undefined, undefined],
      api("invalid_response", 200),
      api("invalid_response", 200),
      api("invalid_response", 200),
      ["NdcValidationError", undefined, undefined],
      ["NdcTimeoutError", undefined, undefined],
      ["NdcTimeoutError", undefined, undefined],
      ["NdcNetworkError", undefined, undefined],
    ]);
    const labels = [...secrets.values()];
    expect(labels.filter((l) => l === "access token").length).toBeGreaterThanOrEqual(3);
    expect(labels).toContain("Basic credential");
    expect(labels).toContain("subscription secret");
    expect(labels.filter((l) => l.endsWith("of a profile")).length).toBeGreaterThan(5);
    const answered = (status: number) =>
      captured.some((c) => c.where === "onResponse" && c.text.includes(`"status":${status}`));
    expect([401, 403, 404, 429, 500, 503].filter((status) => !answered(status))).toEqual([]);
    expect(captured.filter((c) => c.where === "onRetry").length).toBeGreaterThan(0);
    const all = captured.map((c) => c.text).join("\n");
    expect(all).toMatch(/\b\d{3}\*{7}\d{2}\b/);
    expect(all).toContain("Bearer [redacted]");

    const leaks: string[] = [];
    for (const [secret, label] of secrets)
      for (const { where, text } of captured)
        if (text.includes(secret)) leaks.push(`${label} in ${where}`);
    expect([...new Set(leaks)]).toEqual([]);
  });
});
