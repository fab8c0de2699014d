// Webhook deliveries to a local HTTPS receiver (a self-signed certificate for 127.0.0.1, made for
// these tests): the notice follows the contract and its signature verifies, as a receiver would
// check it with node:crypto; 410 Gone suspends the subscription.
import { createHmac, timingSafeEqual } from "node:crypto";
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:https";
import type { AddressInfo } from "node:net";
import path from "node:path";
import type { SubscriptionCreated } from "@ndcvn/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  call,
  fixturesDir,
  headersOf,
  schemaErrors,
  startTestSandbox,
  type TestSandbox,
  tokenOf,
} from "./support.js";

const cert = readFileSync(path.join(fixturesDir, "loopback-cert.pem"), "utf8");
const key = readFileSync(path.join(fixturesDir, "loopback-key.pem"), "utf8");

interface Received {
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: string;
}

let sandbox: TestSandbox;
let token: string;
let receiver: Server;
let received: Received[] = [];
let answerWith = 200;

beforeAll(async () => {
  receiver = createServer({ cert, key }, (req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString("utf8") });
      res.writeHead(answerWith);
      res.end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  sandbox = await startTestSandbox({ seed: 9, people: 100, webhooks: { ca: cert, attempts: 2 } });
  token = await tokenOf(sandbox);
});
afterAll(async () => {
  expect(sandbox.internalErrors).toEqual([]);
  await sandbox.close();
  await new Promise((resolve) => receiver.close(resolve));
});

const callbackUrl = () => `https://127.0.0.1:${(receiver.address() as AddressInfo).port}/ndc/hooks`;

async function subscribe(database: string, events: string[]): Promise<SubscriptionCreated> {
  const answer = await call<SubscriptionCreated>(sandbox, "/subscriptions", {
    method: "POST",
    headers: headersOf(sandbox, token),
    body: { callbackUrl: callbackUrl(), database, events },
  });
  expect(answer.status).toBe(201);
  return answer.body;
}

/** The receiver's check, by the contract's rule: HMAC-SHA256 of "<t>.<body>", hex, constant time. */
function verifySignature(header: string, body: string, secret: string, now: number): boolean {
  const match = /^t=(\d+)((?:,v1=[0-9a-f]{64})+)$/.exec(header);
  if (!match) return false;
  const t = Number(match[1]);
  if (Math.abs(now / 1000 - t) > 300) return false;
  const expected = createHmac("sha256", secret).update(`${t}.${body}`).digest();
  return (match[2] as string)
    .split(",v1=")
    .slice(1)
    .some((hex) => timingSafeEqual(Buffer.from(hex, "hex"), expected));
}

describe("webhook deliveries", () => {
  it("posts a signed notice that follows the contract to each matching subscription", async () => {
    received = [];
    answerWith = 200;
    const wanted = await subscribe("insurance", ["UPDATE"]);
    await subscribe("insurance", ["CANCEL"]);
    await subscribe("tax", ["UPDATE"]);
    const result = await sandbox.recordChange("insurance");
    expect(result.deliveries).toEqual([
      expect.objectContaining({
        subscriptionId: wanted.id,
        delivered: true,
        status: 200,
        attempts: 1,
      }),
    ]);
    expect(received).toHaveLength(1);
    const [delivery] = received as [Received];
    const notice = JSON.parse(delivery.body);
    expect(schemaErrors("RecordChangeNotice", notice)).toEqual([]);
    expect(notice).toMatchObject({
      id: result.deliveries[0]?.deliveryId,
      subscriptionId: wanted.id,
      type: "record.changed",
      database: "insurance",
      recordId: result.entry.recordId,
      event: "UPDATE",
      version: result.entry.version,
      updatedAt: result.entry.updatedAt,
    });
    expect(delivery.headers["x-ndc-delivery"]).toBe(notice.id);
    expect(delivery.headers["x-ndc-subscription"]).toBe(wanted.id);
    expect(delivery.headers["content-type"]).toBe("application/json");
    const signature = String(delivery.headers["x-ndc-signature"]);
    expect(signature).toMatch(/^t=[0-9]+(,v1=[0-9a-f]{64})+$/);
    expect(verifySignature(signature, delivery.body, wanted.secret, Date.now())).toBe(true);
    expect(
      verifySignature(
        signature,
        delivery.body.replace("UPDATE", "CANCEL"),
        wanted.secret,
        Date.now(),
      ),
    ).toBe(false);
    expect(verifySignature(signature, delivery.body, `${wanted.secret}x`, Date.now())).toBe(false);
  });

  it("retries a failing callback with the same delivery id, and suspends on 410 Gone", async () => {
    received = [];
    answerWith = 500;
    const failing = await subscribe("population", ["UPDATE"]);
    const failed = await sandbox.recordChange("population");
    expect(failed.deliveries).toEqual([
      expect.objectContaining({
        subscriptionId: failing.id,
        delivered: false,
        status: 500,
        attempts: 2,
      }),
    ]);
    expect(received.map((r) => r.headers["x-ndc-delivery"])).toEqual([
      failed.deliveries[0]?.deliveryId,
      failed.deliveries[0]?.deliveryId,
    ]);
    answerWith = 410;
    const gone = await sandbox.recordChange("population");
    expect(gone.deliveries[0]).toMatchObject({ status: 410, attempts: 1, delivered: false });
    const listed = await call<{ subscriptions: { id: string; status: string }[] }>(
      sandbox,
      "/subscriptions",
      {
        headers: headersOf(sandbox, token),
      },
    );
    expect(listed.body.subscriptions.find((s) => s.id === failing.id)?.status).toBe("suspended");
    const after = await sandbox.recordChange("population");
    expect(after.deliveries).toEqual([]);
  });
});
