// The client against the sandbox's faults, over real loopback HTTP: bursts of 503 and 429 ridden
// out within the retry budget, a POST without an Idempotency-Key never repeated, timeouts, broken
// bodies as typed errors, a change feed resumed after faults with every change exactly once, one
// token request for 100 calls, and webhook signatures as a receiver checks them.
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:https";
import type { AddressInfo } from "node:net";
import path from "node:path";
import {
  type ChangeFeedEntry,
  isNdcApiError,
  isNdcError,
  isNdcNetworkError,
  isNdcTimeoutError,
  type NdcClient,
  type PurposeCode,
  type SubscriptionRequest,
  signWebhookBody,
  verifyWebhookSignature,
} from "@ndcvn/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SandboxFaultRates } from "../../src/index.js";
import { fixturesDir, startTestSandbox, type TestSandbox } from "../support.js";
import {
  clientOf,
  countFrom,
  fault,
  type HookLog,
  recordHooks,
  rejectionOf,
} from "./loopback-client.js";

const SYNC: { purpose: PurposeCode } = { purpose: "data-synchronisation" };
const cert = readFileSync(path.join(fixturesDir, "loopback-cert.pem"), "utf8");
const key = readFileSync(path.join(fixturesDir, "loopback-key.pem"), "utf8");

let sandbox: TestSandbox;
let log: HookLog;
let client: NdcClient;
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => void unhandled.push(reason);

beforeAll(async () => {
  process.on("unhandledRejection", onUnhandled);
  sandbox = await startTestSandbox({ seed: 31, people: 100, webhooks: { ca: cert, attempts: 1 } });
  log = recordHooks();
  client = clientOf(sandbox, { hooks: log.hooks });
  await client.databases.list(); // the token, once, before anything is counted
});
afterAll(async () => {
  process.off("unhandledRejection", onUnhandled);
  expect(unhandled).toEqual([]);
  expect(sandbox.internalErrors).toEqual([]);
  await sandbox.close();
});

const personalId = () => sandbox.samples.personalIds[0] as string;
const getSex = (headers: Record<string, string>, options: object = {}) =>
  client.people.get(personalId(), { fields: ["sex"], headers, ...options });

describe("bursts of 503 and 429", () => {
  it("rides out a burst of 503s, with backoff, under one request id", async () => {
    log.clear();
    const count = countFrom(sandbox);
    const profile = await getSex(fault("503;times=2"));
    expect(profile.personalId).toBe(personalId());
    expect(count().of("getPerson")).toBe(3);
    expect(count().faults("503")).toBe(2);
    expect(log.retries.map((r) => [r.attempt, r.reason, r.status])).toEqual([
      [1, "status", 503],
      [2, "status", 503],
    ]);
    for (const retry of log.retries) expect(retry.delayMs).toBeLessThanOrEqual(40);
    expect(log.requests.map((r) => r.attempt)).toEqual([1, 2, 3]);
    expect(new Set(log.requests.map((r) => r.requestId)).size).toBe(1);
    expect(log.responses.map((r) => r.status)).toEqual([503, 503, 200]);
    expect(log.errors).toEqual([]);
  });

  it("rides out a burst of 429s after the Retry-After the server gave", async () => {
    log.clear();
    const count = countFrom(sandbox);
    const profile = await getSex(fault("429;retry-after=1;times=2"));
    expect(profile.personalId).toBe(personalId());
    expect(count().of("getPerson")).toBe(3);
    expect(count().faults("429")).toBe(2);
    expect(log.retries.map((r) => [r.reason, r.status, r.delayMs])).toEqual([
      ["status", 429, 1000],
      ["status", 429, 1000],
    ]);
  });

  it("ends with the server's error when the burst outlasts the retries", async () => {
    log.clear();
    const count = countFrom(sandbox);
    const error = await rejectionOf(getSex(fault("503;times=10")));
    expect(isNdcApiError(error)).toBe(true);
    expect(error).toMatchObject({ status: 503, code: "unavailable", attempts: 4 });
    expect(count().of("getPerson")).toBe(4);
    expect(log.retries).toHaveLength(3);
    expect(log.errors.map((e) => [e.attempts, e.error])).toEqual([[4, error]]);
  });

  it("begins no wait that would end past the budget", async () => {
    log.clear();
    const count = countFrom(sandbox);
    const error = await rejectionOf(
      getSex(fault("429;retry-after=30;times=1"), { retry: { budgetMs: 5_000 } }),
    );
    expect(error).toMatchObject({
      name: "NdcApiError",
      status: 429,
      code: "rate_limited",
      attempts: 1,
      retryAfterMs: 30_000,
    });
    expect(count().of("getPerson")).toBe(1);
    expect(log.retries).toEqual([]);
  });
});

describe("writes", () => {
  const request = (name: string): SubscriptionRequest => ({
    callbackUrl: `https://hooks.h49.example.vn/ndc/${name}`,
    database: "tax",
    events: ["UPDATE"],
  });

  it("never repeats POST /subscriptions without an Idempotency-Key", async () => {
    log.clear();
    const count = countFrom(sandbox);
    const error = await rejectionOf(
      client.subscriptions.create(request("no-key"), { headers: fault("503;times=1") }),
    );
    expect(error).toMatchObject({ name: "NdcApiError", status: 503, attempts: 1 });
    expect(count().of("createSubscription")).toBe(1);
    expect(log.retries).toEqual([]);

    const reset = await rejectionOf(
      client.subscriptions.create(request("no-key-reset"), { headers: fault("reset;times=1") }),
    );
    expect(isNdcNetworkError(reset)).toBe(true);
    expect(reset).toMatchObject({ attempts: 1 });
    expect(count().of("createSubscription")).toBe(2);
  });

  it("retries it with a key, and the key makes one subscription", async () => {
    log.clear();
    const count = countFrom(sandbox);
    const created = await client.subscriptions.create(request("with-key"), {
      headers: fault("503;times=1"),
      idempotencyKey: crypto.randomUUID(),
    });
    expect(count().of("createSubscription")).toBe(2);
    expect(log.retries.map((r) => r.status)).toEqual([503]);
    const listed = await client.subscriptions.list();
    expect(listed.filter((s) => s.callbackUrl.endsWith("/with-key")).map((s) => s.id)).toEqual([
      created.id,
    ]);
    expect(listed.some((s) => s.callbackUrl.includes("no-key"))).toBe(false);
    await client.subscriptions.delete(created.id);
  });

  it("retries the POSTs the contract marks idempotent", async () => {
    const count = countFrom(sandbox);
    const verdict = await client.people.verify(
      personalId(),
      { nationality: "VN" },
      { headers: fault("503;times=1") },
    );
    expect(verdict.results).toEqual({ nationality: "match" });
    expect(count().of("verifyPerson")).toBe(2);
  });
});

describe("timeouts", () => {
  it("gives NdcTimeoutError when an attempt outlives the timeout, and does not retry it", async () => {
    log.clear();
    const count = countFrom(sandbox);
    const error = await rejectionOf(getSex(fault("latency;ms=3000"), { timeout: 200 }));
    expect(isNdcTimeoutError(error)).toBe(true);
    expect(error).toMatchObject({ reason: "attempt", timeoutMs: 200, attempts: 1 });
    expect(count().of("getPerson")).toBe(1);
    expect(log.errors.map((e) => e.error)).toEqual([error]);
  });

  it("gives NdcTimeoutError when the call outlives its budget", async () => {
    const error = await rejectionOf(
      getSex(fault("latency;ms=3000"), { timeout: 10_000, retry: { budgetMs: 300 } }),
    );
    expect(isNdcTimeoutError(error)).toBe(true);
    expect(error).toMatchObject({ reason: "budget", timeoutMs: 300, attempts: 1 });
  });
});

describe("broken bodies", () => {
  it.each(["malformed-json", "wrong-content-type"])(
    "answers %s with NdcApiError invalid_response, not repeated",
    async (name) => {
      const count = countFrom(sandbox);
      const error = await rejectionOf(getSex(fault(name)));
      expect(isNdcApiError(error)).toBe(true);
      expect(error).toMatchObject({ status: 200, code: "invalid_response", attempts: 1 });
      const raw = await client.GET("/databases", { headers: fault(name) });
      expect(raw.data).toBeUndefined();
      expect(raw.error).toMatchObject({ status: 200, code: "invalid_response" });
      const feed = client.records.list("tax", { ...SYNC, headers: fault(name) });
      expect(await rejectionOf(feed[Symbol.asyncIterator]().next())).toMatchObject({
        name: "NdcApiError",
        code: "invalid_response",
      });
      expect(count().faults(name)).toBe(3);
    },
  );

  it.each(["truncated", "reset"])(
    "answers %s with NdcNetworkError after the retries, and rides out one",
    async (name) => {
      const count = countFrom(sandbox);
      const error = await rejectionOf(getSex(fault(name)));
      expect(isNdcNetworkError(error)).toBe(true);
      expect(error).toMatchObject({ attempts: 4 });
      expect(count().of("getPerson")).toBe(4);
      const raw = await rejectionOf(client.GET("/databases", { headers: fault(name) }));
      expect(isNdcNetworkError(raw)).toBe(true);
      const once = await getSex(fault(`${name};times=1`));
      expect(once.personalId).toBe(personalId());
      expect(count().faults(name)).toBe(4 + 4 + 1);
    },
  );
});

describe("a change feed interrupted by faults", () => {
  it("resumed from its cursor, yields every change exactly once", async () => {
    const seed = 41;
    const rates: SandboxFaultRates = {
      "503": 0.08,
      "500": 0.04,
      "429": 0.04,
      reset: 0.04,
      truncated: 0.04,
      "malformed-json": 0.03,
      "wrong-content-type": 0.03,
      retryAfterSeconds: 0,
    };
    const [clean, faulty] = await Promise.all([
      startTestSandbox({ seed, people: 150 }),
      startTestSandbox({ seed, people: 150, faults: rates }),
    ]);
    try {
      const expected: ChangeFeedEntry[] = [];
      for await (const entry of clientOf(clean).records.list("insurance", { ...SYNC, limit: 25 }))
        expected.push(entry);

      const reader = clientOf(faulty, { retry: { limit: 1, backoff: { baseMs: 1, maxMs: 5 } } });
      const received: ChangeFeedEntry[] = [];
      const interruptions: string[] = [];
      let cursor: string | undefined;
      let done = false;
      for (let round = 0; round < 500 && !done; round++) {
        const feed = reader.records.list("insurance", { ...SYNC, limit: 25, cursor });
        try {
          for await (const entry of feed) received.push(entry);
          done = true;
        } catch (error) {
          if (!isNdcError(error)) throw error;
          interruptions.push(`${error.name}:${"code" in error ? error.code : ""}`);
        }
        cursor = feed.cursor;
      }
      expect(done).toBe(true);
      expect(interruptions.length).toBeGreaterThan(2);
      // Some faults were ridden out by a retry, the others interrupted the iteration.
      const injected = Object.values(faulty.stats().faultsInjected).reduce((a, b) => a + b, 0);
      expect(injected).toBeGreaterThan(interruptions.length);
      expect(Object.keys(faulty.stats().faultsInjected).length).toBeGreaterThanOrEqual(5);
      const changes = (entries: ChangeFeedEntry[]) =>
        entries.map((entry) => `${entry.recordId}@${entry.version}`);
      expect(new Set(changes(received)).size).toBe(received.length);
      expect(changes(received)).toEqual(changes(expected));
      expect(received).toEqual(expected);
      expect(faulty.internalErrors).toEqual([]);
    } finally {
      await Promise.all([clean.close(), faulty.close()]);
    }
  });
});

describe("tokens", () => {
  it("makes one token request for 100 concurrent calls after the server expired the token", async () => {
    const fresh = recordHooks();
    const caller = clientOf(sandbox, { hooks: fresh.hooks });
    await caller.people.get(personalId(), { fields: ["sex"] });
    expect(sandbox.expireTokens()).toBeGreaterThan(0);
    const count = countFrom(sandbox);
    fresh.clear();
    const ids = Array.from(
      { length: 100 },
      (_, i) => sandbox.samples.personalIds[i % 10] as string,
    );
    const profiles = await Promise.all(ids.map((id) => caller.people.get(id, { fields: ["sex"] })));
    expect(profiles.map((p) => p.personalId)).toEqual(ids);
    expect(count().of("issueToken")).toBe(1);
    expect(count().tokensIssued).toBe(1);
    expect(count().of("getPerson")).toBe(200);
    expect(fresh.retries.filter((r) => r.reason === "unauthorized")).toHaveLength(100);
  });

  it("makes one token request for 100 concurrent calls when the client's token ran out", async () => {
    let skewMs = 0;
    const clock = {
      now: () => Date.now() + skewMs,
      sleep: (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)),
    };
    const caller = clientOf(sandbox, { clock });
    await caller.people.get(personalId(), { fields: ["sex"] });
    skewMs = 15 * 60_000; // the lifetime of the sandbox's tokens
    const count = countFrom(sandbox);
    await Promise.all(
      Array.from({ length: 100 }, () => caller.people.get(personalId(), { fields: ["sex"] })),
    );
    expect(count().of("issueToken")).toBe(1);
    expect(count().of("getPerson")).toBe(100);
  });
});

describe("webhook signatures", () => {
  interface Delivery {
    readonly body: Buffer;
    readonly signature: string;
  }
  let receiver: Server;
  const deliveries: Delivery[] = [];

  beforeAll(async () => {
    receiver = createServer({ cert, key }, (req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (chunk: Buffer) => chunks.push(chunk));
      req.on("end", () => {
        deliveries.push({
          body: Buffer.concat(chunks),
          signature: String(req.headers["x-ndc-signature"]),
        });
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  });
  afterAll(async () => {
    await new Promise((resolve) => receiver.close(resolve));
  });

  it("verifies a delivery, and refuses it tampered, re-signed or out of time", async () => {
    const port = (receiver.address() as AddressInfo).port;
    const subscription = await client.subscriptions.create(
      {
        callbackUrl: `https://127.0.0.1:${port}/ndc/health`,
        database: "health",
        events: ["UPDATE"],
      },
      { idempotencyKey: crypto.randomUUID() },
    );
    const change = await sandbox.recordChange("health");
    expect(change.deliveries).toEqual([
      expect.objectContaining({ subscriptionId: subscription.id, delivered: true }),
    ]);
    const [delivery] = deliveries;
    if (!delivery) throw new TypeError("nothing was delivered");
    const body = delivery.body.toString("utf8");
    expect(JSON.parse(body)).toMatchObject({
      subscriptionId: subscription.id,
      recordId: change.entry.recordId,
      version: change.entry.version,
      event: "UPDATE",
    });
    const { secret } = subscription;

    const verdict = await verifyWebhookSignature(body, delivery.signature, secret);
    expect(verdict).toEqual({ ok: true, timestamp: expect.any(Number) });
    if (!verdict.ok) return;
    expect(Math.abs(verdict.timestamp - Date.now() / 1000)).toBeLessThan(300);
    const bytes = new Uint8Array(delivery.body);
    expect((await verifyWebhookSignature(bytes, delivery.signature, secret)).ok).toBe(true);
    expect(await signWebhookBody(body, secret, { timestamp: verdict.timestamp })).toBe(
      delivery.signature,
    );

    const tampered = body.replace(`"version":${change.entry.version}`, '"version":1');
    expect(tampered).not.toBe(body);
    expect(await verifyWebhookSignature(tampered, delivery.signature, secret)).toEqual({
      ok: false,
      reason: "signature_mismatch",
    });
    expect(await verifyWebhookSignature(body, delivery.signature, `${secret}x`)).toEqual({
      ok: false,
      reason: "signature_mismatch",
    });
    const otherTime = delivery.signature.replace(/^t=\d+/, `t=${verdict.timestamp - 1}`);
    expect(await verifyWebhookSignature(body, otherTime, secret)).toEqual({
      ok: false,
      reason: "signature_mismatch",
    });

    const later = (verdict.timestamp + 301) * 1000;
    expect(await verifyWebhookSignature(body, delivery.signature, secret, { now: later })).toEqual({
      ok: false,
      reason: "timestamp_out_of_tolerance",
    });
    const earlier = new Date((verdict.timestamp - 301) * 1000);
    expect(
      await verifyWebhookSignature(body, delivery.signature, secret, { now: earlier }),
    ).toEqual({ ok: false, reason: "timestamp_out_of_tolerance" });
    expect(
      await verifyWebhookSignature(body, delivery.signature, secret, {
        now: later,
        toleranceSeconds: 600,
      }),
    ).toEqual({ ok: true, timestamp: verdict.timestamp });
    await client.subscriptions.delete(subscription.id);
  });
});
