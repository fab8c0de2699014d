import type { OAuthError, ProblemCode, ProblemDetails } from "../contract-types.js";
import { hasName } from "./has-name.js";
import { apiErrorTitles, bilingual } from "./messages.js";
import { type NdcRequestInfo, requestInfoOf } from "./request-info.js";

/**
 * The code of an {@link NdcApiError}: a {@link ProblemCode} of the API, or `invalid_response` when
 * the server answered something the client cannot read (malformed JSON, a wrong content type, a
 * token response without a token).
 */
export type NdcApiErrorCode = ProblemCode | "invalid_response";

/** What an {@link NdcApiError} is made from; every string already redacted. */
export interface NdcApiErrorInit extends NdcRequestInfo {
  readonly status: number;
  readonly code: NdcApiErrorCode;
  readonly traceId?: string | undefined;
  readonly problem?: ProblemDetails | undefined;
  readonly oauthError?: OAuthError["error"] | undefined;
  readonly retryAfterMs?: number | undefined;
}

/**
 * The API answered with an error (after any retries), or with a success the client cannot read.
 * Branch on `code`, never on the message. `problem` is the RFC 9457 body with its texts redacted;
 * the token never appears.
 */
export class NdcApiError extends Error {
  override readonly name = "NdcApiError" as const;
  /** The HTTP status (`200` with code `invalid_response` for an unreadable success). */
  readonly status: number;
  /** The stable code: from the problem body, else from the status. */
  readonly code: NdcApiErrorCode;
  /** The server's trace id (32 hex digits), to quote when reporting the problem. */
  readonly traceId: string | undefined;
  /** The problem details as received, with `detail`, `instance` and issue texts redacted. */
  readonly problem: ProblemDetails | undefined;
  /** The OAuth 2.0 `error` of the token endpoint (`invalid_client`, …), when it answered one. */
  readonly oauthError: OAuthError["error"] | undefined;
  /** How long the server asked to wait (`Retry-After`), in milliseconds. */
  readonly retryAfterMs: number | undefined;
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

  constructor(init: NdcApiErrorInit) {
    const title = bilingual(apiErrorTitles[init.code] ?? apiErrorTitles.internal);
    const detail = init.problem?.detail ?? init.oauthError;
    super(
      `[${init.code}] ${title}${detail ? `: ${detail}` : ""} ` +
        `(HTTP ${init.status}, ${init.method} ${init.url}, request ${init.requestId}` +
        `${init.traceId ? `, trace ${init.traceId}` : ""})`,
    );
    this.status = init.status;
    this.code = init.code;
    this.traceId = init.traceId;
    this.problem = init.problem;
    this.oauthError = init.oauthError;
    this.retryAfterMs = init.retryAfterMs;
    const info = requestInfoOf(init);
    this.operationId = info.operationId;
    this.method = info.method;
    this.url = info.url;
    this.requestId = info.requestId;
    this.attempts = info.attempts;
  }
}

/**
 * Whether a value is an {@link NdcApiError} (by name, so across realms and bundled copies too).
 *
 * @example
 * ```ts
 * import { isNdcApiError } from "@ndcvn/client";
 * try {
 *   await client.people.get("001099012345", { fields: ["name"] });
 * } catch (error) {
 *   if (isNdcApiError(error) && error.code === "not_found") console.log("no such person");
 *   else throw error;
 * }
 * ```
 */
export const isNdcApiError = (value: unknown): value is NdcApiError =>
  hasName(value, "NdcApiError");
