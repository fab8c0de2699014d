// Fuzzing: random paths, methods, headers and bodies, some near the contract and some far from it.
// Every answer is a valid contract response or problem details without a stack trace or a file
// path; nothing the sandbox sends breaks the contract; the server stays up.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FAULT_HEADER } from "../src/index.js";
import {
  contractErrors,
  headersOf,
  LEAK,
  schemaErrors,
  startTestSandbox,
  type TestSandbox,
  tokenOf,
} from "./support.js";

let sandbox: TestSandbox;
let token: string;

beforeAll(async () => {
  sandbox = await startTestSandbox({ seed: 41, people: 60, maxBodyBytes: 16 * 1024 });
  token = await tokenOf(sandbox);
});
afterAll(async () => {
  await sandbox.close();
});

const OPERATION_OF: [RegExp, string, string][] = [
  [/^\/oauth\/token$/, "POST", "issueToken"],
  [/^\/people\/[^/]+$/, "GET", "getPerson"],
  [/^\/people:verify$/, "POST", "verifyPerson"],
  [/^\/people:batchGet$/, "POST", "batchGetPeople"],
  [/^\/databases$/, "GET", "listDatabases"],
  [/^\/databases\/[^/]+\/records$/, "GET", "listRecordChanges"],
  [/^\/databases\/[^/]+\/records\/[^/]+$/, "GET", "getRecord"],
  [/^\/codelists\/[^/]+$/, "GET", "getCodeList"],
  [/^\/subscriptions$/, "POST", "createSubscription"],
  [/^\/subscriptions$/, "GET", "listSubscriptions"],
  [/^\/subscriptions\/[^/]+$/, "DELETE", "deleteSubscription"],
];

const segment = fc.oneof(
  fc.constantFrom(
    "people",
    "people:verify",
    "people:batchGet",
    "databases",
    "records",
    "codelists",
    "subscriptions",
    "oauth",
    "token",
    "insurance",
    "sex",
    "..",
    "%00",
    "%2F",
    "%E0%A4%A",
    "001099012345",
  ),
  fc.string({ maxLength: 12 }).map(encodeURIComponent),
);
const path = fc.oneof(
  fc.array(segment, { minLength: 0, maxLength: 5 }).map((segments) => `/${segments.join("/")}`),
  fc.constantFrom(
    "/oauth/token",
    "/databases",
    "/databases/insurance/records",
    "/codelists/sex",
    "/subscriptions",
    "/people:verify",
    "/people:batchGet",
  ),
  fc.string({ maxLength: 12 }).map((id) => `/people/${encodeURIComponent(id)}`),
);
const query = fc.oneof(
  fc.constant(""),
  fc.constantFrom(
    "?fields=name",
    "?fields=name,sex&fields=x",
    "?limit=5",
    "?limit=-1",
    "?cursor=abc",
    "?updatedSince=yesterday",
    "?fields=",
  ),
  fc
    .dictionary(fc.string({ maxLength: 8 }), fc.string({ maxLength: 16 }), { maxKeys: 3 })
    .map((params) => `?${new URLSearchParams(params)}`),
);
const headerValue = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom(
    "",
    "application/json",
    "VN/GOV/a/b",
    "identity-verification",
    "Bearer x",
    "503;times=1",
  ),
);
const headerName = fc.constantFrom(
  "Authorization",
  "X-NDC-Client",
  "X-NDC-Purpose",
  "X-NDC-Case",
  "X-NDC-User",
  "X-Request-Id",
  "Idempotency-Key",
  "If-None-Match",
  "Content-Type",
  "Accept-Language",
  FAULT_HEADER,
  "X-Anything",
);
const body = fc.oneof(
  fc.constant(undefined),
  fc.string({ maxLength: 200 }),
  fc.json({ maxDepth: 3 }),
  fc.constantFrom(
    '{"personalId":"001099012345","claims":{}}',
    '{"personalIds":[],"fields":["name"]}',
    "grant_type=client_credentials",
    "x".repeat(17 * 1024),
  ),
);
const request = fc.record({
  method: fc.constantFrom("GET", "POST", "DELETE", "PUT", "PATCH", "HEAD"),
  path,
  query,
  authorised: fc.boolean(),
  headers: fc.dictionary(headerName, headerValue, { maxKeys: 4 }),
  body,
});

// Only printable ASCII can travel in a header value with fetch.
const headerSafe = (value: string) =>
  value.replace(/[^\x20-\x7e]/g, "").replace(/^reset|^truncated|^malformed|^wrong-content/i, "x");

describe("fuzz", () => {
  it("answers every request within the contract or with problem details, and stays up", async () => {
    const statuses = new Set<number>();
    await fc.assert(
      fc.asyncProperty(request, async (input) => {
        const headers: Record<string, string> = input.authorised ? headersOf(sandbox, token) : {};
        for (const [name, value] of Object.entries(input.headers))
          headers[name] = headerSafe(value);
        const hasBody =
          input.body !== undefined && input.method !== "GET" && input.method !== "HEAD";
        const response = await fetch(`${sandbox.url}${input.path}${input.query}`, {
          method: input.method,
          headers,
          ...(hasBody ? { body: input.body as string } : {}),
        });
        const text = await response.text();
        statuses.add(response.status);
        const media = response.headers.get("content-type")?.split(";")[0];
        expect(response.headers.get("x-request-id")).toBeTruthy();
        expect(text).not.toMatch(LEAK);
        if (input.method === "HEAD" || response.status === 204 || response.status === 304) return;
        const parsed = text === "" ? undefined : JSON.parse(text);
        if (media === "application/problem+json") {
          expect(schemaErrors("Problem", parsed)).toEqual([]);
          expect(parsed.status).toBe(response.status);
          return;
        }
        expect(response.status).toBeLessThan(500);
        const route = OPERATION_OF.find(
          ([pattern, method]) => pattern.test(input.path) && method === input.method,
        );
        expect(
          route,
          `${input.method} ${input.path} answered ${response.status} ${media}`,
        ).toBeDefined();
        expect(
          contractErrors(route?.[2] as string, {
            status: response.status,
            headers: response.headers,
            body: parsed,
            text,
          }),
        ).toEqual([]);
      }),
      { numRuns: 400 },
    );
    // The runs reached the operations, not only the error paths.
    for (const status of [200, 400, 401, 404, 405, 413]) expect(statuses).toContain(status);
    expect(sandbox.internalErrors).toEqual([]);
    const stats = sandbox.stats();
    expect(stats.responseValidationFailures).toBe(0);
    expect(stats.internalErrors).toBe(0);
    expect(
      (await fetch(`${sandbox.url}/databases`, { headers: headersOf(sandbox, token) })).status,
    ).toBe(200);
  }, 120_000);
});
