import type { NdcError } from "../errors/is-ndc-error.js";

/** What every hook event says about the call; all of it redacted. */
export interface HookEventBase {
  /** The `operationId` of the contract, e.g. `getPerson` (`issueToken` for token requests). */
  readonly operationId: string;
  /** `GET`, `POST` or `DELETE`. */
  readonly method: string;
  /** The URL, with personal IDs masked (`/people/001*******45`). */
  readonly url: string;
  /** The `X-Request-Id`, the same on every attempt of the call. */
  readonly requestId: string;
}

/** An attempt is about to be sent. */
export interface RequestEvent extends HookEventBase {
  /** 1 for the first attempt. */
  readonly attempt: number;
  /** The request headers, redacted; `Authorization` shows its scheme only. */
  readonly headers: Readonly<Record<string, string>>;
  /** `X-NDC-Purpose`, when sent. */
  readonly purpose: string | undefined;
  /** `X-NDC-User`, when sent. */
  readonly user: string | undefined;
  /** `X-NDC-Case`, when sent (redacted like any text). */
  readonly case: string | undefined;
}

/** An attempt was answered (any status). */
export interface ResponseEvent extends HookEventBase {
  readonly attempt: number;
  /** The HTTP status. */
  readonly status: number;
  /** From sending to the end of the body, in milliseconds. */
  readonly durationMs: number;
  /** The server's trace id of an error, when it gave one. */
  readonly traceId: string | undefined;
}

/** An attempt failed and the call will be tried again. */
export interface RetryEvent extends HookEventBase {
  /** The attempt that failed. */
  readonly attempt: number;
  /** How long the client waits before the next attempt, in milliseconds. */
  readonly delayMs: number;
  /** Why: an HTTP status worth retrying, a network failure, or a `401` that a new token may cure. */
  readonly reason: "status" | "network" | "unauthorized";
  /** The status of the failed attempt, when there was one. */
  readonly status: number | undefined;
}

/** The call ended with an error (after any retries). */
export interface CallErrorEvent extends HookEventBase {
  /** How many attempts were made. */
  readonly attempts: number;
  /** The error the call rejects with (or returns, for raw calls). */
  readonly error: NdcError;
}

/**
 * Functions the client calls as a call goes (audit logging, metrics). They are awaited; a hook that
 * throws fails the call with its error. Every payload is redacted: no personal ID in full, no
 * token, no secret.
 */
export interface ClientHooks {
  /** Before each attempt is sent. */
  readonly onRequest?: ((event: RequestEvent) => void | Promise<void>) | undefined;
  /** After each attempt is answered. */
  readonly onResponse?: ((event: ResponseEvent) => void | Promise<void>) | undefined;
  /** Before waiting to try again. */
  readonly onRetry?: ((event: RetryEvent) => void | Promise<void>) | undefined;
  /** When a call ends with an error. */
  readonly onError?: ((event: CallErrorEvent) => void | Promise<void>) | undefined;
}
