import { hasName } from "./has-name.js";
import { bilingual, clientMessages } from "./messages.js";
import { type NdcRequestInfo, requestInfoOf } from "./request-info.js";

/**
 * The call took too long: one attempt outlived `timeout` (`reason: "attempt"`), or the call as a
 * whole ran out of its retry budget (`reason: "budget"`). A timed-out attempt is not retried.
 */
export class NdcTimeoutError extends Error {
  override readonly name = "NdcTimeoutError" as const;
  /** Which limit was reached. */
  readonly reason: "attempt" | "budget";
  /** The limit, in milliseconds. */
  readonly timeoutMs: number;
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

  constructor(info: NdcRequestInfo, reason: "attempt" | "budget", timeoutMs: number) {
    const message =
      reason === "attempt" ? clientMessages.timeoutAttempt : clientMessages.timeoutBudget;
    super(
      `${bilingual(message)} (${timeoutMs} ms; ${info.method} ${info.url}, ` +
        `request ${info.requestId}, ${info.attempts} attempt(s))`,
    );
    this.reason = reason;
    this.timeoutMs = timeoutMs;
    const copy = requestInfoOf(info);
    this.operationId = copy.operationId;
    this.method = copy.method;
    this.url = copy.url;
    this.requestId = copy.requestId;
    this.attempts = copy.attempts;
  }
}

/**
 * Whether a value is an {@link NdcTimeoutError} (by name, so across realms too).
 *
 * @example
 * ```ts
 * import { isNdcTimeoutError } from "@ndcvn/client";
 * const slow = (error: unknown) => isNdcTimeoutError(error) && error.reason === "attempt";
 * ```
 */
export const isNdcTimeoutError = (value: unknown): value is NdcTimeoutError =>
  hasName(value, "NdcTimeoutError");
