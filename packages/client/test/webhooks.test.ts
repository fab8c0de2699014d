// Webhook signatures: the contract's own example verifies; tampered bodies, wrong secrets, old or
// future timestamps and malformed headers are refused with stable reasons.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { signWebhookBody, verifyWebhookSignature } from "../src/index.js";
import { webhookExample } from "./fixtures.js";

const { body, header, secret } = webhookExample;
const signedAt = Number(/^t=(\d+)/.exec(header)?.[1]);
const now = new Date(signedAt * 1000 + 30_000);

describe("signWebhookBody", () => {
  it("signs the contract's example body into the contract's example header", async () => {
    expect(await signWebhookBody(body, secret, { timestamp: signedAt })).toBe(header);
    expect(
      await signWebhookBody(new TextEncoder().encode(body), secret, { timestamp: signedAt }),
    ).toBe(header);
  });
});

describe("verifyWebhookSignature", () => {
  it("accepts the contract's example (string or bytes), with its timestamp", async () => {
    expect(await verifyWebhookSignature(body, header, secret, { now })).toEqual({
      ok: true,
      timestamp: signedAt,
    });
    expect(
      await verifyWebhookSignature(new TextEncoder().encode(body), header, secret, { now }),
    ).toEqual({ ok: true, timestamp: signedAt });
  });

  it.each([
    ["a tampered body", body.replace("UPDATE", "CANCEL"), header, secret],
    ["re-serialised JSON", JSON.stringify(JSON.parse(body), null, 2), header, secret],
    ["another secret", body, header, "whsec_0000000000000000000000000000000000"],
    ["a tampered signature", body, header.replace(/.$/, (c) => (c === "0" ? "1" : "0")), secret],
    ["a tampered timestamp", body, header.replace(/^t=\d+/, `t=${signedAt + 1}`), secret],
  ])("refuses %s: signature_mismatch", async (_, payload, signature, key) => {
    expect(await verifyWebhookSignature(payload, signature, key, { now })).toEqual({
      ok: false,
      reason: "signature_mismatch",
    });
  });

  it("refuses a timestamp more than the tolerance away, past or future", async () => {
    const late = new Date(signedAt * 1000 + 301_000);
    expect(await verifyWebhookSignature(body, header, secret, { now: late })).toEqual({
      ok: false,
      reason: "timestamp_out_of_tolerance",
    });
    const early = signedAt * 1000 - 301_000;
    expect(await verifyWebhookSignature(body, header, secret, { now: early })).toEqual({
      ok: false,
      reason: "timestamp_out_of_tolerance",
    });
    expect(
      (await verifyWebhookSignature(body, header, secret, { now: late, toleranceSeconds: 600 })).ok,
    ).toBe(true);
  });

  it("accepts any one of several v1 signatures (a secret being replaced)", async () => {
    const other = await signWebhookBody(body, "whsec_new0000000000000000000000000000000", {
      timestamp: signedAt,
    });
    const both = `${other},v1=${header.split("v1=")[1]}`;
    expect((await verifyWebhookSignature(body, both, secret, { now })).ok).toBe(true);
    expect((await verifyWebhookSignature(body, `${header},v2=zzz`, secret, { now })).ok).toBe(true);
  });

  it.each([
    [undefined, "missing_signature"],
    [null, "missing_signature"],
    ["", "missing_signature"],
    ["garbage", "malformed_signature"],
    [`t=${signedAt}`, "malformed_signature"],
    [`v1=${"a".repeat(64)}`, "malformed_signature"],
    [`t=${signedAt},t=${signedAt},v1=${"a".repeat(64)}`, "malformed_signature"],
    [`t=${signedAt},v1=${"a".repeat(63)}`, "malformed_signature"],
    [`t=${signedAt},v1=${"g".repeat(64)}`, "malformed_signature"],
    [`t=-1,v1=${"a".repeat(64)}`, "malformed_signature"],
  ])("refuses the header %j: %s", async (value, reason) => {
    expect(await verifyWebhookSignature(body, value, secret, { now })).toEqual({
      ok: false,
      reason,
    });
  });

  it("refuses an empty secret", async () => {
    expect(await verifyWebhookSignature(body, header, "", { now })).toEqual({
      ok: false,
      reason: "missing_secret",
    });
  });

  it("verifies what it signs, and nothing else (property)", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: "grapheme", maxLength: 200 }),
        fc.string({ minLength: 1, maxLength: 64 }),
        fc.integer({ min: 0, max: 4_000_000_000 }),
        fc.nat(),
        async (payload, key, timestamp, flip) => {
          const signature = await signWebhookBody(payload, key, { timestamp });
          const at = timestamp * 1000;
          expect(await verifyWebhookSignature(payload, signature, key, { now: at })).toEqual({
            ok: true,
            timestamp,
          });
          const bytes = new TextEncoder().encode(payload);
          if (bytes.length === 0) return;
          bytes[flip % bytes.length] = (bytes[flip % bytes.length] ?? 0) ^ 1;
          expect((await verifyWebhookSignature(bytes, signature, key, { now: at })).ok).toBe(false);
        },
      ),
      { numRuns: 100 },
    );
  });
});
