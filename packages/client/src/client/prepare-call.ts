import type { Authorizer } from "../auth/authorizer.js";
import { NdcConfigurationError } from "../errors/ndc-configuration-error.js";
import type { OperationSpec } from "../transport/operations.js";
import { newRequestId } from "../transport/request-id.js";
import { type ParameterValue, requestUrl } from "../transport/request-url.js";
import { type RetryOptions, resolveRetry } from "../transport/retry-policy.js";
import type { Call, Transport } from "../transport/send.js";
import { type ResponseValidator, responseCheck } from "../validation/response-validator.js";
import type { CallOptions } from "./call-options.js";

/** What every call of a client starts from. */
export interface ClientContext {
  readonly transport: Transport;
  readonly baseUrl: string;
  /** `X-NDC-Client`. */
  readonly identity: string;
  readonly defaults: Pick<CallOptions, "purpose" | "user" | "case">;
  readonly timeoutMs: number;
  readonly retry: RetryOptions;
  readonly authorizer: Authorizer;
  readonly validator: ResponseValidator | undefined;
}

/** The parts of a request a call gives. */
export interface CallRequest {
  readonly path?: Readonly<Record<string, ParameterValue>> | undefined;
  readonly query?: Readonly<Record<string, ParameterValue>> | undefined;
  readonly header?: Readonly<Record<string, string | undefined>> | undefined;
  readonly body?: unknown;
}

/** What HTTP can carry in a header value without a platform-specific error. */
const HEADER_VALUE = /^[\t\x20-\x7e]*$/;

/** Checks a timeout option: a positive number of milliseconds. */
export function timeoutOption(value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!(typeof value === "number" && value > 0 && value <= 2_147_483_647))
    throw new NdcConfigurationError("invalid_option", "timeout");
  return value;
}

/**
 * A call ready to send: the URL, the headers in order of precedence (the client's own, its
 * defaults, the call's options, the operation's typed headers, then `headers`), a fresh
 * `X-Request-Id` unless the caller gave one, and the body encoded as the operation declares.
 */
export function prepareCall(
  context: ClientContext,
  operation: OperationSpec,
  request: CallRequest,
  options: CallOptions = {},
  expect?: (data: unknown) => boolean,
): Call {
  const headers = new Headers();
  const put = (name: string, value: string) => {
    if (typeof value === "string" && HEADER_VALUE.test(value)) {
      try {
        headers.set(name, value);
        return;
      } catch {
        // A name HTTP cannot carry: refused below like a bad value.
      }
    }
    const shown = /^[A-Za-z0-9-]{1,64}$/.test(name) ? name : "header name";
    throw new NdcConfigurationError("invalid_header", shown);
  };
  put("accept", "application/json, application/problem+json");
  put("x-ndc-client", context.identity);
  const declared: readonly string[] = operation.headers;
  const choose = (name: string, value: string | undefined) => {
    if (value !== undefined && declared.includes(name)) put(name, value);
  };
  choose("X-NDC-Purpose", options.purpose ?? context.defaults.purpose);
  choose("X-NDC-User", options.user ?? context.defaults.user);
  choose("X-NDC-Case", options.case ?? context.defaults.case);
  if (options.idempotencyKey !== undefined) put("idempotency-key", options.idempotencyKey);
  for (const [name, value] of Object.entries(request.header ?? {}))
    if (value !== undefined) put(name, value);
  for (const [name, value] of Object.entries(options.headers ?? {})) {
    if (name.toLowerCase() === "authorization")
      throw new NdcConfigurationError("authorization_header");
    put(name, value);
  }
  if (!headers.has("x-request-id")) put("x-request-id", newRequestId());

  let body: string | URLSearchParams | undefined;
  if (operation.body === "json") {
    put("content-type", "application/json");
    body = JSON.stringify(request.body);
  } else if (operation.body === "form") {
    body = new URLSearchParams(request.body as Record<string, string>);
  }

  return {
    operation,
    url: requestUrl(context.baseUrl, operation.path, request.path, request.query),
    headers,
    body,
    authorizer: context.authorizer,
    signal: options.signal,
    timeoutMs: timeoutOption(options.timeout, context.timeoutMs),
    retry: options.retry ? resolveRetry(context.retry, options.retry) : context.retry,
    validate: context.validator ? responseCheck(operation.id, context.validator) : undefined,
    expect,
  };
}
