import { NdcConfigurationError } from "../errors/ndc-configuration-error.js";
import type { OperationSpec } from "./operations.js";

/** How the client retries a call that may safely be repeated. */
export interface RetryOptions {
  /**
   * How many times a call may be retried after its first attempt (a refresh after `401` does not
   * count).
   * @defaultValue 3
   */
  readonly limit: number;
  /**
   * The total time of one call, attempts and waits included, in milliseconds. No wait is begun
   * that would end past it: a `Retry-After` longer than what is left ends the call with the error
   * the server gave.
   * @defaultValue 60000
   */
  readonly budgetMs: number;
  /**
   * Exponential backoff with full jitter: before retry `n` (1, 2, …) the client waits a random
   * time between 0 and `min(maxMs, baseMs × 2^(n-1))`, unless the server said `Retry-After`.
   * @defaultValue `{ baseMs: 250, maxMs: 8000 }`
   */
  readonly backoff: { readonly baseMs: number; readonly maxMs: number };
}

/** Retry options to change, for a client or one call; what is left out keeps its value. */
export interface RetryOverrides {
  /** See {@link RetryOptions.limit}. */
  readonly limit?: number | undefined;
  /** See {@link RetryOptions.budgetMs}. */
  readonly budgetMs?: number | undefined;
  /** See {@link RetryOptions.backoff}. */
  readonly backoff?: { readonly baseMs?: number | undefined; readonly maxMs?: number | undefined };
}

/** The retry options when none are given. */
export const DEFAULT_RETRY: RetryOptions = {
  limit: 3,
  budgetMs: 60_000,
  backoff: { baseMs: 250, maxMs: 8_000 },
};

/** Statuses worth another attempt: the server was busy or failed before it could answer. */
export const RETRY_STATUSES: ReadonlySet<number> = new Set([408, 429, 500, 502, 503, 504]);

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS", "PUT", "DELETE"]);

/**
 * Whether a call may be repeated: an idempotent method, an operation the contract marks
 * `x-ndc-idempotent: true`, or any call that carries an `Idempotency-Key` (the server answers a
 * repeat with the first response). Never a POST without one.
 */
export const isRetryable = (operation: OperationSpec, idempotencyKey: boolean): boolean =>
  operation.idempotent === true || idempotencyKey || SAFE_METHODS.has(operation.method);

/** The full-jitter wait before retry `n` (1-based). */
export function backoffDelay(n: number, retry: RetryOptions, random: () => number): number {
  const ceiling = Math.min(retry.backoff.maxMs, retry.backoff.baseMs * 2 ** Math.max(0, n - 1));
  return Math.floor(Math.max(0, Math.min(1, random())) * ceiling);
}

/** `Retry-After` (delay seconds or an HTTP date, RFC 9110 §10.2.3) in milliseconds from `now`. */
export function retryAfterMs(value: string | null, now: number): number | undefined {
  if (value === null || value.trim() === "") return undefined;
  const text = value.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Retry options with the defaults filled in and every number checked. */
export function resolveRetry(
  base: RetryOptions,
  override: RetryOverrides | undefined,
): RetryOptions {
  const merged: RetryOptions = {
    limit: override?.limit ?? base.limit,
    budgetMs: override?.budgetMs ?? base.budgetMs,
    backoff: {
      baseMs: override?.backoff?.baseMs ?? base.backoff.baseMs,
      maxMs: override?.backoff?.maxMs ?? base.backoff.maxMs,
    },
  };
  const finite = (n: number) => Number.isFinite(n) && n >= 0;
  if (
    !Number.isInteger(merged.limit) ||
    !finite(merged.limit) ||
    !finite(merged.budgetMs) ||
    !finite(merged.backoff.baseMs) ||
    !finite(merged.backoff.maxMs)
  )
    throw new NdcConfigurationError("invalid_option", "retry: non-negative numbers expected");
  return merged;
}
