import { NdcConfigurationError } from "../errors/ndc-configuration-error.js";
import { hmacKey, signedPayload, toHex } from "./hmac.js";

/** Options of {@link signWebhookBody}. */
export interface SignWebhookOptions {
  /** The time of signing, in Unix seconds. @defaultValue now */
  readonly timestamp?: number | undefined;
}

/**
 * The `X-NDC-Signature` of a webhook delivery: `t=<unix seconds>,v1=<hex>`, the lowercase hex
 * HMAC-SHA256 of `<t>.<body>` keyed with the subscription's secret. What the NDC (and the ndcvn
 * sandbox) sends; useful to test a receiver.
 *
 * @example
 * ```ts
 * import { signWebhookBody, verifyWebhookSignature } from "@ndcvn/client";
 * const body = JSON.stringify({ id: "dlv_3Fh8Tn2QzR6v", type: "record.changed" });
 * const header = await signWebhookBody(body, "whsec_5Yq2mV8xR3tN7bK1pL9dF4hJ6wZ0cS2a");
 * console.log((await verifyWebhookSignature(body, header, "whsec_5Yq2mV8xR3tN7bK1pL9dF4hJ6wZ0cS2a")).ok); // true
 * ```
 */
export async function signWebhookBody(
  body: string | Uint8Array,
  secret: string,
  options: SignWebhookOptions = {},
): Promise<string> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  if (!Number.isInteger(timestamp) || timestamp < 0)
    throw new NdcConfigurationError("invalid_option", "timestamp: whole Unix seconds");
  const key = await hmacKey(secret, "sign");
  const mac = await globalThis.crypto.subtle.sign("HMAC", key, signedPayload(timestamp, body));
  return `t=${timestamp},v1=${toHex(mac)}`;
}
