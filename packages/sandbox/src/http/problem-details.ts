// Problems as RFC 9457 problem details with the contract's stable codes: the title and status of a
// code are fixed; `detail` is said in the caller's language; `instance` names the request, never
// its path (which may hold a personal identifier).
import type { ProblemCode, ProblemDetails, ProblemIssue } from "@ndcvn/client";
import { type Locale, say } from "./messages.js";
import type { IssueSpec, ProblemSpec } from "./reply.js";

const KINDS: Readonly<Record<ProblemCode, { readonly status: number; readonly title: string }>> = {
  invalid_request: { status: 400, title: "Invalid request" },
  invalid_cursor: { status: 400, title: "Invalid cursor" },
  purpose_required: { status: 403, title: "Purpose required" },
  case_required: { status: 400, title: "Case number required" },
  unauthorized: { status: 401, title: "Unauthorized" },
  forbidden: { status: 403, title: "Forbidden" },
  purpose_not_allowed: { status: 403, title: "Purpose not allowed" },
  client_mismatch: { status: 403, title: "Client mismatch" },
  not_found: { status: 404, title: "Not found" },
  method_not_allowed: { status: 405, title: "Method not allowed" },
  conflict: { status: 409, title: "Conflict" },
  payload_too_large: { status: 413, title: "Payload too large" },
  rate_limited: { status: 429, title: "Too many requests" },
  internal: { status: 500, title: "Internal error" },
  unavailable: { status: 503, title: "Service unavailable" },
};

/** The most issues one problem lists: enough to fix a request, bounded for any input. */
export const MAX_ISSUES = 20;

/** Who the problem is about: the request's id and trace, and the caller's language. */
export interface ProblemContext {
  readonly requestId: string;
  readonly traceId: string;
  readonly locale: Locale;
}

/** The status of a problem. */
export function statusOf(spec: ProblemSpec): number {
  return spec.status ?? KINDS[spec.code].status;
}

function issueOf(spec: IssueSpec, locale: Locale): ProblemIssue {
  return {
    ...(spec.pointer !== undefined ? { pointer: spec.pointer } : {}),
    ...(spec.parameter !== undefined ? { parameter: spec.parameter } : {}),
    ...(spec.header !== undefined ? { header: spec.header } : {}),
    code: spec.code,
    detail: say(spec.message, locale, spec.params),
  };
}

/** The problem details of a problem. */
export function problemDetails(spec: ProblemSpec, context: ProblemContext): ProblemDetails {
  const errors = spec.errors?.slice(0, MAX_ISSUES).map((issue) => issueOf(issue, context.locale));
  return {
    type: `https://ndcvn.org/problems/${spec.code}`,
    title: KINDS[spec.code].title,
    status: statusOf(spec),
    detail: say(spec.message, context.locale, spec.params),
    instance: `urn:ndc:request:${context.requestId}`,
    code: spec.code,
    traceId: context.traceId,
    ...(errors && errors.length > 0 ? { errors } : {}),
  };
}
