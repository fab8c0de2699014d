import type { OAuthError, ProblemCode, ProblemDetails } from "../contract-types.js";

const PROBLEM_CODES: ReadonlySet<string> = new Set<ProblemCode>([
  "invalid_request",
  "invalid_cursor",
  "purpose_required",
  "case_required",
  "unauthorized",
  "forbidden",
  "purpose_not_allowed",
  "client_mismatch",
  "not_found",
  "method_not_allowed",
  "conflict",
  "payload_too_large",
  "rate_limited",
  "internal",
  "unavailable",
]);

const OAUTH_ERRORS: ReadonlySet<string> = new Set<OAuthError["error"]>([
  "invalid_request",
  "invalid_client",
  "invalid_grant",
  "unauthorized_client",
  "unsupported_grant_type",
  "invalid_scope",
]);

/** The W3C Trace Context trace-id the contract promises; anything else is not repeated. */
const TRACE_ID = /^[0-9a-f]{32}$/;

/** `application/json`, `application/problem+json` and any other `+json` type. */
const isJson = (contentType: string | null): boolean =>
  contentType !== null && /^application\/([a-z0-9.-]+\+)?json\s*(;|$)/i.test(contentType.trim());

const parse = (text: string): { ok: true; value: unknown } | { ok: false } => {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
};

/** The body of a success: JSON for 200 and 201, nothing for 204 and 304. */
export function readSuccess(
  status: number,
  contentType: string | null,
  text: string,
): { ok: true; data: unknown } | { ok: false } {
  if (status === 204 || status === 304) return { ok: true, data: undefined };
  if (!isJson(contentType) || text.trim() === "") return { ok: false };
  const parsed = parse(text);
  return parsed.ok ? { ok: true, data: parsed.value } : { ok: false };
}

/** The stable code for a status whose body did not give one. */
export function codeOfStatus(status: number): ProblemCode {
  const known: Record<number, ProblemCode> = {
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    409: "conflict",
    413: "payload_too_large",
    429: "rate_limited",
    502: "unavailable",
    503: "unavailable",
    504: "unavailable",
  };
  return known[status] ?? (status >= 500 ? "internal" : "invalid_request");
}

/** What an error response says, as far as it can be read; never throws on a malformed body. */
export interface ErrorBody {
  readonly code: ProblemCode;
  readonly problem: ProblemDetails | undefined;
  readonly oauthError: OAuthError["error"] | undefined;
  readonly traceId: string | undefined;
}

/** Reads an error response: a problem (RFC 9457), an OAuth error (RFC 6749 §5.2), or neither. */
export function readError(status: number, contentType: string | null, text: string): ErrorBody {
  const parsed = isJson(contentType) ? parse(text) : { ok: false as const };
  const body =
    parsed.ok && typeof parsed.value === "object" && parsed.value !== null
      ? (parsed.value as Record<string, unknown>)
      : undefined;
  const oauthError =
    typeof body?.error === "string" && OAUTH_ERRORS.has(body.error)
      ? (body.error as OAuthError["error"])
      : undefined;
  const problem =
    body && typeof body.code === "string" && PROBLEM_CODES.has(body.code)
      ? (body as unknown as ProblemDetails)
      : undefined;
  const traceId =
    typeof problem?.traceId === "string" && TRACE_ID.test(problem.traceId)
      ? problem.traceId
      : undefined;
  return { code: problem?.code ?? codeOfStatus(status), problem, oauthError, traceId };
}
