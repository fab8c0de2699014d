import { hasName } from "./has-name.js";
import { bilingual, clientMessages } from "./messages.js";
import { type NdcRequestInfo, requestInfoOf } from "./request-info.js";

/**
 * The request did not get an answer: the connection was refused, reset or cut in the middle of the
 * body. Idempotent calls were retried before this was thrown. `cause` is a redacted copy of the
 * platform's error (its message and `code`), never the original, which may name the URL.
 */
export class NdcNetworkError extends Error {
  override readonly name = "NdcNetworkError" as const;
  /** The platform's error code when it gave one (`ECONNREFUSED`, `UND_ERR_SOCKET`, …). */
  readonly causeCode: string | undefined;
  /** The `operationId` of the call. */
  readonly operationId: string;
  /** The HTTP method. */
  readonly method: string;
  /** The URL, redacted. */
  readonly url: string;
  /** The `X-Request-Id` of the call. */
  readonly requestId: string;
  /** How many attempts were made. */
  readonly attempts: number;

  constructor(info: NdcRequestInfo, cause: { message: string; code?: string | undefined }) {
    super(
      `${bilingual(clientMessages.network)}: ${cause.message} ` +
        `(${info.method} ${info.url}, request ${info.requestId}, ${info.attempts} attempt(s))`,
      { cause: Object.assign(new Error(cause.message), { code: cause.code }) },
    );
    this.causeCode = cause.code;
    const copy = requestInfoOf(info);
    this.operationId = copy.operationId;
    this.method = copy.method;
    this.url = copy.url;
    this.requestId = copy.requestId;
    this.attempts = copy.attempts;
  }
}

/**
 * Whether a value is an {@link NdcNetworkError} (by name, so across realms too).
 *
 * @example
 * ```ts
 * import { isNdcNetworkError } from "@ndcvn/client";
 * const offline = (error: unknown) => isNdcNetworkError(error);
 * ```
 */
export const isNdcNetworkError = (value: unknown): value is NdcNetworkError =>
  hasName(value, "NdcNetworkError");
