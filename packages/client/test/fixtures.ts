// Fixtures for the client's tests: the synthetic examples of the contract itself, and a client
// set up the way the tests need it (fast backoff, real HTTP).
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import {
  type ClientOptions,
  type CodeList,
  createClient,
  type PersonProfile,
  type RecordEnvelope,
  type VerifyResponse,
} from "../src/index.js";
import type { TestServer } from "./http-server.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const contract = JSON.parse(
  readFileSync(path.join(here, "..", "src", "generated", "openapi.json"), "utf8"),
);

/** The value of an example of a 200 response of an operation. */
function example(route: string, method: string, status: string, name: string): unknown {
  return structuredClone(
    contract.paths[route][method].responses[status].content["application/json"].examples[name]
      .value,
  );
}

export const personProfile = example(
  "/people/{personalId}",
  "get",
  "200",
  "nameAndBirth",
) as PersonProfile;
export const verifyResponse = example(
  "/people:verify",
  "post",
  "200",
  "identityCheck",
) as VerifyResponse;
export const recordEnvelope = example(
  "/databases/{database}/records/{recordId}",
  "get",
  "200",
  "healthInsuranceCard",
) as RecordEnvelope;
export const codeList = example("/codelists/{name}", "get", "200", "sex") as CodeList;
export const webhookExample = {
  body: JSON.stringify(
    contract.webhooks.recordChanged.post.requestBody.content["application/json"].examples.update
      .value,
  ),
  header: contract.webhooks.recordChanged.post.parameters.find(
    (p: { name: string }) => p.name === "X-NDC-Signature",
  ).example as string,
  secret: contract.paths["/subscriptions"].post.responses["201"].content["application/json"]
    .examples.insuranceChanges.value.secret as string,
};

export const CLIENT_ID = "h49-dvc-portal";
export const CLIENT_SECRET = "synthetic-secret-0123456789abcdef";

/** A client of a test server: client credentials, the H49 portal, fast retries. */
export function testClient(server: Pick<TestServer, "url">, options: Partial<ClientOptions> = {}) {
  return createClient(
    { baseUrl: server.url, clientId: CLIENT_ID, clientSecret: CLIENT_SECRET },
    {
      agency: "000.00.00.H49",
      system: "dvc-portal",
      purpose: "public-service-delivery",
      ...options,
      retry: { limit: 3, budgetMs: 10_000, backoff: { baseMs: 1, maxMs: 4 }, ...options.retry },
    },
  );
}

/** A clock that does not wait: `sleep` moves time on and records how long it was asked to wait. */
export function fakeClock(start = Date.UTC(2025, 8, 14, 1, 30)) {
  let now = start;
  const sleeps: number[] = [];
  return {
    sleeps,
    advance: (ms: number) => {
      now += ms;
    },
    now: () => now,
    sleep: async (ms: number, signal?: AbortSignal) => {
      signal?.throwIfAborted();
      sleeps.push(ms);
      now += ms;
    },
  };
}
