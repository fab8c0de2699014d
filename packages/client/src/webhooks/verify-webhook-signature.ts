import { fromHex, hmacKey, signedPayload } from "./hmac.js";
import { parseSignatureHeader } from "./signature-header.js";

/** Why a delivery's signature was refused; stable codes to branch and log on. */
export type WebhookRejection =
  | "missing_signature"
  | "malformed_signature"
  | "missing_secret"
  | "signature_mismatch"
  | "timestamp_out_of_tolerance";

/** The verdict on a delivery: its signed timestamp, or why it was refused. */
export type WebhookVerification =
  | { readonly ok: true; readonly timestamp: number }
  | { readonly ok: false; readonly reason: WebhookRejection };

/** Options of {@link verifyWebhookSignature}. */
export interface VerifyWebhookOptions {
  /**
   * How far the signed time may be from now, in seconds; the contract asks receivers to refuse
   * more than 5 minutes.
   * @defaultValue 300
   */
  readonly toleranceSeconds?: number | undefined;
  /** The time to check against (a `Date`, or milliseconds since the epoch). @defaultValue now */
  readonly now?: Date | number | undefined;
}

/**
 * Verifies the `X-NDC-Signature` of a webhook delivery before anything else is done with it: the
 * HMAC-SHA256 of `<t>.<body>` keyed with the subscription's secret must equal one of the `v1`
 * values (compared in constant time by WebCrypto), and `t` must be within the tolerance. Pass the
 * raw body exactly as received (a string or its bytes), not re-serialised JSON. Never throws:
 * the answer says why a delivery was refused.
 *
 * @example
 * ```ts
 * import { verifyWebhookSignature } from "@ndcvn/client";
 * // in an HTTP handler, with the raw body:
 * const verdict = await verifyWebhookSignature(rawBody, request.headers["x-ndc-signature"], secret);
 * if (!verdict.ok) return respond(401, verdict.reason);
 * ```
 */
export async function verifyWebhookSignature(
  body: string | Uint8Array,
  header: string | null | undefined,
  secret: string,
  options: VerifyWebhookOptions = {},
): Promise<WebhookVerification> {
  if (typeof header !== "string" || header.trim() === "")
    return { ok: false, reason: "missing_signature" };
  if (typeof secret !== "string" || secret === "") return { ok: false, reason: "missing_secret" };
  const parsed = parseSignatureHeader(header);
  if (!parsed || (typeof body !== "string" && !(body instanceof Uint8Array)))
    return { ok: false, reason: "malformed_signature" };

  const key = await hmacKey(secret, "verify");
  const payload = signedPayload(parsed.timestamp, body);
  let matched = false;
  // Every candidate is checked, so that timing does not tell which one matched.
  for (const signature of parsed.signatures) {
    const valid = await globalThis.crypto.subtle.verify("HMAC", key, fromHex(signature), payload);
    matched ||= valid;
  }
  if (!matched) return { ok: false, reason: "signature_mismatch" };

  const nowMs = options.now instanceof Date ? options.now.getTime() : (options.now ?? Date.now());
  const tolerance = options.toleranceSeconds ?? 300;
  if (Math.abs(nowMs / 1000 - parsed.timestamp) > tolerance)
    return { ok: false, reason: "timestamp_out_of_tolerance" };
  return { ok: true, timestamp: parsed.timestamp };
}
