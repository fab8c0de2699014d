// Delivery of webhook notices (`webhooks.recordChanged`): a POST of the notice to the callback,
// signed `X-NDC-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">` with the
// subscription's secret, retried with exponential backoff until a 2xx; `410 Gone` suspends the
// subscription at once. The sandbox compresses the contract's 24 hours of retries into a few
// attempts a fraction of a second apart.
import { createHmac } from "node:crypto";
import { request } from "node:https";

/** How the sandbox delivers webhook notices. */
export interface WebhookOptions {
  /**
   * Certificates to trust for callbacks, besides the system's (PEM): a local receiver's
   * self-signed certificate, for example.
   */
  readonly ca?: string | readonly string[];
  /** Time a callback has to answer, in milliseconds. @default 10000 */
  readonly timeoutMs?: number;
  /** Attempts per notice before giving up. @default 3 */
  readonly attempts?: number;
}

/** The outcome of delivering one notice to one subscription. */
export interface WebhookDelivery {
  readonly subscriptionId: string;
  /** `X-NDC-Delivery`: the same on every attempt. */
  readonly deliveryId: string;
  /** Whether the callback answered 2xx. */
  readonly delivered: boolean;
  /** The last status the callback answered, if it answered. */
  readonly status?: number;
  readonly attempts: number;
}

/**
 * The `X-NDC-Signature` of a notice body: `t=<unix seconds>,v1=<hex>`, the lowercase hex
 * HMAC-SHA256 of `<t>.<body>` keyed with the subscription's secret (as UTF-8).
 *
 * @example
 * ```ts
 * import { signatureOf } from "@ndcvn/sandbox";
 * signatureOf("whsec_5Yq2mV8xR3tN7bK1pL9dF4hJ6wZ0cS2a", '{"id":"dlv_3Fh8Tn2QzR6v"}', 1757813402);
 * // "t=1757813402,v1=…" (64 hex digits)
 * ```
 */
export function signatureOf(secret: string, body: string, unixSeconds: number): string {
  const mac = createHmac("sha256", Buffer.from(secret, "utf8"))
    .update(`${unixSeconds}.${body}`, "utf8")
    .digest("hex");
  return `t=${unixSeconds},v1=${mac}`;
}

/** Posts a body; resolves to the status, or undefined when there was no answer. */
function post(
  url: URL,
  body: string,
  headers: Record<string, string>,
  options: WebhookOptions,
  signal: AbortSignal,
): Promise<number | undefined> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve(undefined);
    const req = request(url, {
      method: "POST",
      headers: { ...headers, "Content-Length": String(Buffer.byteLength(body)) },
      timeout: options.timeoutMs ?? 10_000,
      signal,
      ...(options.ca !== undefined ? { ca: [...[options.ca].flat()] } : {}),
    });
    req.on("response", (response) => {
      response.resume();
      response.on("end", () => resolve(response.statusCode));
      response.on("error", () => resolve(response.statusCode));
    });
    req.on("timeout", () => req.destroy());
    req.on("error", () => resolve(undefined));
    req.end(body);
  });
}

const pause = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener("abort", () => {
      clearTimeout(timer);
      resolve();
    });
  });

/** One notice to deliver. */
export interface NoticeDelivery {
  readonly callbackUrl: string;
  readonly secret: string;
  readonly subscriptionId: string;
  readonly deliveryId: string;
  /** The body of an attempt sent at an instant (its `sentAt` changes per attempt). */
  readonly bodyAt: (now: number) => string;
}

/** Delivers a notice: attempts until a 2xx, a `410`, or the last attempt. */
export async function deliverNotice(
  notice: NoticeDelivery,
  options: WebhookOptions,
  signal: AbortSignal,
): Promise<WebhookDelivery> {
  const attempts = options.attempts ?? 3;
  const url = new URL(notice.callbackUrl);
  let status: number | undefined;
  let attempt = 0;
  while (attempt < attempts && !signal.aborted) {
    if (attempt > 0) await pause(100 * 2 ** (attempt - 1), signal);
    attempt++;
    const now = Date.now();
    const body = notice.bodyAt(now);
    status = await post(
      url,
      body,
      {
        "Content-Type": "application/json",
        "User-Agent": "ndcvn-sandbox",
        "X-NDC-Signature": signatureOf(notice.secret, body, Math.floor(now / 1000)),
        "X-NDC-Delivery": notice.deliveryId,
        "X-NDC-Subscription": notice.subscriptionId,
      },
      options,
      signal,
    );
    if (status !== undefined && ((status >= 200 && status < 300) || status === 410)) break;
  }
  return {
    subscriptionId: notice.subscriptionId,
    deliveryId: notice.deliveryId,
    delivered: status !== undefined && status >= 200 && status < 300,
    ...(status !== undefined ? { status } : {}),
    attempts: attempt,
  };
}
