import { hasName } from "./has-name.js";
import { bilingual, clientMessages } from "./messages.js";
import { type NdcRequestInfo, requestInfoOf } from "./request-info.js";

/** Where a response breaks its schema: a JSON Pointer into the response body and a stable code — never the value. */
export interface ResponseIssue {
  /** JSON Pointer (RFC 6901) into the response body, e.g. `/results/0/profile/dateOfBirth`. */
  readonly pointer: string;
  /** The rule that failed (`required`, `pattern`, `invalid_check_digit`, …). */
  readonly code: string;
  /** The `$id` of the schema document that was broken. */
  readonly schemaId: string;
}

/**
 * A response did not follow its schema document (with `validateResponses`). The issues name where
 * and which rule, never the value, so the error can be logged.
 */
export class NdcValidationError extends Error {
  override readonly name = "NdcValidationError" as const;
  /** Every issue found. */
  readonly issues: readonly ResponseIssue[];
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

  constructor(info: NdcRequestInfo, issues: readonly ResponseIssue[]) {
    const shown = issues
      .slice(0, 5)
      .map((issue) => `${issue.pointer || "/"} ${issue.code}`)
      .join("; ");
    super(
      `${bilingual(clientMessages.validation)}: ${issues.length} issue(s): ${shown}` +
        `${issues.length > 5 ? "; …" : ""} (${info.method} ${info.url}, request ${info.requestId})`,
    );
    this.issues = issues;
    const copy = requestInfoOf(info);
    this.operationId = copy.operationId;
    this.method = copy.method;
    this.url = copy.url;
    this.requestId = copy.requestId;
    this.attempts = copy.attempts;
  }
}

/**
 * Whether a value is an {@link NdcValidationError} (by name, so across realms too).
 *
 * @example
 * ```ts
 * import { isNdcValidationError } from "@ndcvn/client";
 * const pointers = (error: unknown) =>
 *   isNdcValidationError(error) ? error.issues.map((issue) => issue.pointer) : [];
 * ```
 */
export const isNdcValidationError = (value: unknown): value is NdcValidationError =>
  hasName(value, "NdcValidationError");
