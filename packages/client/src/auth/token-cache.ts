import { NdcConfigurationError } from "../errors/ndc-configuration-error.js";
import type { Authorizer } from "./authorizer.js";

/** An access token and, when known, how many seconds it stays valid. */
export interface AccessToken {
  /** The bearer token. */
  readonly accessToken: string;
  /** Seconds from now until it expires; without it, the token is kept until the server refuses it. */
  readonly expiresIn?: number | undefined;
}

/** Gets an access token; a plain string is a token without a known lifetime. */
export type TokenProvider = () => Promise<string | AccessToken>;

/** A cache of one access token, shared by every call of a client. */
export interface TokenCache {
  /** The current token, or a new one; concurrent callers share one request for it. */
  get(signal?: AbortSignal): Promise<string>;
  /** Forgets the token if it is still the current one (the server refused it). */
  invalidate(token: string): void;
}

/** Refresh a little before expiry: 10 % of the lifetime, at most a minute. */
const skewMs = (lifetimeMs: number): number => Math.min(60_000, lifetimeMs / 10);

const abortable = <T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> => {
  if (!signal) return promise;
  signal.throwIfAborted();
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener("abort", onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener("abort", onAbort);
        reject(error);
      },
    );
  });
};

/**
 * A token cache over a provider: single-flight (any number of concurrent calls cause one token
 * request), refreshed before expiry, dropped when the server refuses it. One caller's abort
 * signal stops that caller's wait, never the shared request.
 */
export function createTokenCache(
  provider: TokenProvider,
  now: () => number,
  issued: (token: string) => void,
): TokenCache {
  let current: { token: string; refreshAt: number } | undefined;
  let pending: Promise<string> | undefined;

  const fetchToken = async (): Promise<string> => {
    const requestedAt = now();
    const answer = await provider();
    const grant = typeof answer === "string" ? { accessToken: answer } : answer;
    if (typeof grant?.accessToken !== "string" || grant.accessToken === "")
      throw new NdcConfigurationError("invalid_option", "tokenProvider gave no access token");
    issued(grant.accessToken);
    const lifetimeMs =
      typeof grant.expiresIn === "number" && grant.expiresIn > 0
        ? grant.expiresIn * 1000
        : undefined;
    current = {
      token: grant.accessToken,
      refreshAt:
        lifetimeMs === undefined
          ? Number.POSITIVE_INFINITY
          : requestedAt + lifetimeMs - skewMs(lifetimeMs),
    };
    return grant.accessToken;
  };

  return {
    get(signal) {
      if (current && now() < current.refreshAt) return Promise.resolve(current.token);
      if (!pending) {
        pending = fetchToken().finally(() => {
          pending = undefined;
        });
      }
      return abortable(pending, signal);
    },
    invalidate(token) {
      if (current?.token === token) current = undefined;
    },
  };
}

/** Bearer authorization from a token cache. */
export const bearer = (tokens: TokenCache): Authorizer => ({
  header: async (signal) => `Bearer ${await tokens.get(signal)}`,
  rejected(value) {
    tokens.invalidate(value.slice("Bearer ".length));
    return true;
  },
});
