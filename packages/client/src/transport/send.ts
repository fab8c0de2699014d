// One logical call: the same X-Request-Id on every attempt, a fresh token per attempt, a retry
// after 401 with a new token, retries with backoff or Retry-After within the budget for calls
// that may be repeated, hooks with redacted payloads, and typed errors.
import type { Authorizer } from "../auth/authorizer.js";
import { isNdcError } from "../errors/is-ndc-error.js";
import { NdcApiError } from "../errors/ndc-api-error.js";
import { NdcNetworkError } from "../errors/ndc-network-error.js";
import { NdcTimeoutError } from "../errors/ndc-timeout-error.js";
import { NdcValidationError, type ResponseIssue } from "../errors/ndc-validation-error.js";
import type { NdcRequestInfo } from "../errors/request-info.js";
import type { ClientHooks, HookEventBase } from "../hooks/hooks.js";
import type { Redactor } from "../redaction/redactor.js";
import { attempt } from "./attempt.js";
import type { Clock } from "./clock.js";
import type { OperationSpec } from "./operations.js";
import { readError, readSuccess } from "./response-body.js";
import {
  backoffDelay,
  isRetryable,
  RETRY_STATUSES,
  type RetryOptions,
  retryAfterMs,
} from "./retry-policy.js";

/** What a client shares between its calls. */
export interface Transport {
  readonly fetch: typeof globalThis.fetch;
  readonly redactor: Redactor;
  readonly hooks: ClientHooks;
  readonly clock: Clock;
  readonly random: () => number;
}

/** One call, ready to send. */
export interface Call {
  readonly operation: OperationSpec;
  /** The full URL (not redacted: it is sent, never shown). */
  readonly url: string;
  /** Every header but `Authorization`; `X-Request-Id` included. */
  readonly headers: Headers;
  readonly body: string | URLSearchParams | undefined;
  readonly authorizer: Authorizer;
  readonly signal: AbortSignal | undefined;
  /** The limit of one attempt, in milliseconds. */
  readonly timeoutMs: number;
  readonly retry: RetryOptions;
  /** The shape the caller relies on; a success without it is `invalid_response`. */
  readonly expect?: ((data: unknown) => boolean) | undefined;
  /** Checks a success body; the issues found (none when valid). */
  readonly validate?: ((data: unknown) => Promise<readonly ResponseIssue[]>) | undefined;
}

/** How a call ended, short of an exception. */
export type SendOutcome =
  | {
      readonly ok: true;
      readonly data: unknown;
      readonly response: Response;
      readonly info: NdcRequestInfo;
    }
  | {
      readonly ok: false;
      readonly error: NdcApiError;
      readonly response: Response;
      readonly info: NdcRequestInfo;
    };

/**
 * Sends a call to its end. Resolves with the data, or with the {@link NdcApiError} of the last
 * answer; rejects with {@link NdcNetworkError}, {@link NdcTimeoutError} or
 * {@link NdcValidationError}, or with the abort reason of the caller's signal.
 */
export async function send(transport: Transport, call: Call): Promise<SendOutcome> {
  const { clock, redactor, hooks } = transport;
  const { operation, retry } = call;
  const deadline = clock.now() + retry.budgetMs;
  // Redacted when first needed (a hook, an error): a call that succeeds without hooks pays nothing.
  let shownBase: HookEventBase | undefined;
  const base = (): HookEventBase =>
    (shownBase ??= {
      operationId: operation.id,
      method: operation.method,
      url: redactor.text(call.url),
      requestId: redactor.text(call.headers.get("x-request-id") ?? ""),
    });
  const retryable = isRetryable(operation, call.headers.has("idempotency-key"));
  let attempts = 0;
  let retries = 0;
  let reauthorized = false;
  const info = (): NdcRequestInfo => ({ ...base(), attempts });

  /** Waits before the next attempt, unless the wait would end past the budget. */
  const waitToRetry = async (
    delayMs: number,
    reason: "status" | "network",
    status: number | undefined,
  ): Promise<boolean> => {
    if (!retryable || retries >= retry.limit || clock.now() + delayMs >= deadline) return false;
    retries++;
    await hooks.onRetry?.({ ...base(), attempt: attempts, delayMs, reason, status });
    await clock.sleep(delayMs, call.signal);
    return true;
  };

  const run = async (): Promise<SendOutcome> => {
    for (;;) {
      attempts++;
      call.signal?.throwIfAborted();
      // The call's own headers (made for this call alone), with this attempt's credential.
      const headers = call.headers;
      const authorization = await call.authorizer.header(call.signal);
      if (authorization !== undefined) headers.set("authorization", authorization);
      else headers.delete("authorization");
      const remaining = deadline - clock.now();
      if (remaining <= 0) throw new NdcTimeoutError(info(), "budget", retry.budgetMs);
      const limitedByBudget = remaining < call.timeoutMs;
      if (hooks.onRequest) {
        const shown = redactor.headers(headers);
        await hooks.onRequest({
          ...base(),
          attempt: attempts,
          headers: shown,
          purpose: shown["x-ndc-purpose"],
          user: shown["x-ndc-user"],
          case: shown["x-ndc-case"],
        });
      }
      const sentAt = clock.now();
      const outcome = await attempt(
        transport.fetch,
        { url: call.url, method: operation.method, headers, body: call.body },
        Math.min(call.timeoutMs, remaining),
        call.signal,
      );

      if (outcome.kind === "timeout") {
        throw limitedByBudget
          ? new NdcTimeoutError(info(), "budget", retry.budgetMs)
          : new NdcTimeoutError(info(), "attempt", call.timeoutMs);
      }
      if (outcome.kind === "network") {
        const delay = backoffDelay(retries + 1, retry, transport.random);
        if (await waitToRetry(delay, "network", undefined)) continue;
        throw new NdcNetworkError(info(), {
          message: redactor.text(outcome.message),
          code: outcome.code,
        });
      }

      const { response, text } = outcome;
      const failed = !response.ok && response.status !== 304;
      const errorBody = failed
        ? readError(response.status, response.headers.get("content-type"), text)
        : undefined;
      await hooks.onResponse?.({
        ...base(),
        attempt: attempts,
        status: response.status,
        durationMs: clock.now() - sentAt,
        traceId: errorBody?.traceId,
      });

      if (
        response.status === 401 &&
        !reauthorized &&
        authorization !== undefined &&
        call.authorizer.rejected(authorization)
      ) {
        reauthorized = true;
        await hooks.onRetry?.({
          ...base(),
          attempt: attempts,
          delayMs: 0,
          reason: "unauthorized",
          status: 401,
        });
        continue;
      }

      if (!errorBody) {
        const body = readSuccess(response.status, response.headers.get("content-type"), text);
        if (!body.ok || (call.expect && !call.expect(body.data))) {
          const error = new NdcApiError({
            ...info(),
            status: response.status,
            code: "invalid_response",
          });
          return { ok: false, error, response, info: info() };
        }
        const issues = call.validate ? await call.validate(body.data) : [];
        if (issues.length > 0) throw new NdcValidationError(info(), redactor.deep(issues));
        return {
          ok: true,
          data: body.data,
          response,
          get info() {
            return info();
          },
        };
      }

      const wait = retryAfterMs(response.headers.get("retry-after"), clock.now());
      if (RETRY_STATUSES.has(response.status)) {
        const delay = wait ?? backoffDelay(retries + 1, retry, transport.random);
        if (await waitToRetry(delay, "status", response.status)) continue;
      }
      const error = new NdcApiError({
        ...info(),
        status: response.status,
        code: errorBody.code,
        traceId: errorBody.traceId,
        problem: errorBody.problem && redactor.deep(errorBody.problem),
        oauthError: errorBody.oauthError,
        retryAfterMs: wait,
      });
      return { ok: false, error, response, info: info() };
    }
  };

  try {
    const outcome = await run();
    if (!outcome.ok) await hooks.onError?.({ ...base(), attempts, error: outcome.error });
    return outcome;
  } catch (error) {
    if (isNdcError(error)) await hooks.onError?.({ ...base(), attempts, error });
    throw error;
  }
}
