import type { PurposeCode } from "../contract-types.js";
import type { RetryOverrides } from "../transport/retry-policy.js";

/** Options of one call, raw or friendly; each overrides the client's setting of the same name. */
export interface CallOptions {
  /**
   * More request headers (e.g. a test's `X-NDC-Sandbox-Fault`). They override the client's own,
   * except `Authorization`, which the client manages (setting it is an error).
   */
  readonly headers?: Readonly<Record<string, string>> | undefined;
  /** Aborts the call, waits and retries included; the call rejects with the signal's reason. */
  readonly signal?: AbortSignal | undefined;
  /** The limit of one attempt, in milliseconds (from sending to the end of the body). */
  readonly timeout?: number | undefined;
  /** `X-NDC-Purpose`: why the data is needed (a code of the `purposes` code list). */
  readonly purpose?: PurposeCode | undefined;
  /** `X-NDC-User`: the official acting, as the calling system knows them (never a personal ID). */
  readonly user?: string | undefined;
  /** `X-NDC-Case`: the dossier or case number that justifies the access. */
  readonly case?: string | undefined;
  /**
   * `Idempotency-Key`: with it, a write (`POST /subscriptions`) is retried like a read, and the
   * server answers a repeat with the first response. Use a fresh UUID per logical write.
   */
  readonly idempotencyKey?: string | undefined;
  /** Retry options for this call. */
  readonly retry?: RetryOverrides | undefined;
}
