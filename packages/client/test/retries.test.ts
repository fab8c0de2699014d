// Retries: bursts of 429 and 503 ridden out within the budget, Retry-After honoured, full-jitter
// backoff, the same X-Request-Id on every attempt, and never a POST without an Idempotency-Key.
import type { ServerResponse } from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import {
  type ClientOptions,
  isNdcApiError,
  isNdcNetworkError,
  type RetryEvent,
  type SubscriptionRequest,
} from "../src/index.js";
import { fakeClock, personProfile, testClient } from "./fixtures.js";
import { type Received, sendJson, sendProblem, startApi, type TestServer } from "./http-server.js";

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A server that fails the first `failures` attempts of each X-Request-Id with `fail`. */
async function flaky(
  failures: number,
  fail: (response: ServerResponse, request: Received) => void,
  succeed: (response: ServerResponse) => void = (r) => sendJson(r, 200, personProfile),
) {
  const seen = new Map<string, number>();
  server = await startApi((request, response) => {
    const id = String(request.headers["x-request-id"]);
    const count = (seen.get(id) ?? 0) + 1;
    seen.set(id, count);
    if (count <= failures) return fail(response, request);
    succeed(response);
  });
  return server;
}

const get = (s: TestServer, options: Partial<ClientOptions> = {}) =>
  testClient(s, options).people.get("001099012345", { fields: ["name"] });

describe("retries", () => {
  it("ride out a burst of 503 with Retry-After, with the same X-Request-Id on every attempt", async () => {
    const s = await flaky(2, (r) => sendProblem(r, 503, "unavailable", {}, { "retry-after": "0" }));
    const retries: RetryEvent[] = [];
    const person = await get(s, { hooks: { onRetry: (event) => void retries.push(event) } });
    expect(person).toEqual(personProfile);
    const calls = s.calls();
    expect(calls).toHaveLength(3);
    expect(new Set(calls.map((c) => c.headers["x-request-id"])).size).toBe(1);
    expect(retries.map((r) => [r.attempt, r.reason, r.status, r.delayMs])).toEqual([
      [1, "status", 503, 0],
      [2, "status", 503, 0],
    ]);
  });

  it("ride out a burst of 429, waiting what Retry-After says (seconds or an HTTP date)", async () => {
    const clock = fakeClock();
    let n = 0;
    const s = await flaky(3, (r) => {
      n++;
      const after = n === 2 ? new Date(clock.now() + 5_000).toUTCString() : "2";
      sendProblem(r, 429, "rate_limited", {}, { "retry-after": after });
    });
    await get(s, { clock, retry: { budgetMs: 60_000 } });
    expect(s.calls()).toHaveLength(4);
    expect(clock.sleeps).toEqual([2_000, 5_000, 2_000]);
  });

  it("back off with full jitter when the server gives no Retry-After", async () => {
    const clock = fakeClock();
    const s = await flaky(3, (r) => sendProblem(r, 500, "internal"));
    await get(s, {
      clock,
      random: () => 0.5,
      retry: { backoff: { baseMs: 100, maxMs: 300 } },
    });
    // random × min(max, base × 2^(n-1)): 0.5 × 100, 0.5 × 200, 0.5 × 300 (capped)
    expect(clock.sleeps).toEqual([50, 100, 150]);
  });

  it("give up after `limit` retries with the last error", async () => {
    const s = await flaky(99, (r) => sendProblem(r, 502, "unavailable"));
    const error = await get(s).catch((e: unknown) => e);
    expect(isNdcApiError(error) && [error.status, error.code, error.attempts]).toEqual([
      502,
      "unavailable",
      4,
    ]);
    expect(s.calls()).toHaveLength(4);
  });

  it("never wait past the budget: a Retry-After beyond it ends the call at once", async () => {
    const clock = fakeClock();
    const s = await flaky(1, (r) =>
      sendProblem(r, 429, "rate_limited", {}, { "retry-after": "30" }),
    );
    const error = await get(s, { clock, retry: { budgetMs: 10_000 } }).catch((e: unknown) => e);
    expect(isNdcApiError(error) && [error.code, error.retryAfterMs, error.attempts]).toEqual([
      "rate_limited",
      30_000,
      1,
    ]);
    expect(clock.sleeps).toEqual([]);
  });

  it("do not retry a client error", async () => {
    const s = await flaky(1, (r) => sendProblem(r, 400, "invalid_request"));
    const error = await get(s).catch((e: unknown) => e);
    expect(isNdcApiError(error) && error.code).toBe("invalid_request");
    expect(s.calls()).toHaveLength(1);
  });

  it("retry a connection cut before the answer, for a read", async () => {
    const s = await flaky(2, (response) => response.socket?.destroy());
    expect(await get(s)).toEqual(personProfile);
    expect(s.calls()).toHaveLength(3);
  });
});

describe("writes", () => {
  const subscription: SubscriptionRequest = {
    callbackUrl: "https://hooks.h49.example.vn/ndc/insurance",
    database: "insurance",
    events: ["NEW"],
  };

  it("a POST without Idempotency-Key is never retried, after 503 or a cut connection", async () => {
    const s = await flaky(1, (r) => sendProblem(r, 503, "unavailable", {}, { "retry-after": "0" }));
    const client = testClient(s);
    const error = await client.subscriptions.create(subscription).catch((e: unknown) => e);
    expect(isNdcApiError(error) && [error.status, error.attempts]).toEqual([503, 1]);
    expect(s.calls()).toHaveLength(1);

    const cut = await flaky(1, (r) => r.socket?.destroy());
    const lost = await testClient(cut)
      .subscriptions.create(subscription)
      .catch((e: unknown) => e);
    expect(isNdcNetworkError(lost)).toBe(true);
    expect(cut.calls()).toHaveLength(1);
  });

  it("a POST with an Idempotency-Key is retried, with the same key", async () => {
    const s = await flaky(
      2,
      (r) => sendProblem(r, 503, "unavailable", {}, { "retry-after": "0" }),
      (r) => sendJson(r, 201, { id: "sub_8Kd2Lq7XwP3m" }),
    );
    await testClient(s).subscriptions.create(subscription, { idempotencyKey: "key-0001-abcd" });
    expect(s.calls().map((c) => c.headers["idempotency-key"])).toEqual([
      "key-0001-abcd",
      "key-0001-abcd",
      "key-0001-abcd",
    ]);
  });

  it("POST /people:verify and /people:batchGet are retried (x-ndc-idempotent: true)", async () => {
    const s = await flaky(
      1,
      (r) => sendProblem(r, 503, "unavailable", {}, { "retry-after": "0" }),
      (r) => sendJson(r, 200, { results: [] }),
    );
    await testClient(s).people.batchGet(["001099012345"], { fields: ["name"] });
    expect(s.calls()).toHaveLength(2);
  });
});
