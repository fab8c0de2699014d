import type { ClientCredentials } from "../auth/client-credentials.js";
import type { TokenProvider } from "../auth/token-cache.js";
import type { PurposeCode } from "../contract-types.js";
import type { ClientHooks } from "../hooks/hooks.js";
import type { Clock } from "../transport/clock.js";
import type { RetryOverrides } from "../transport/retry-policy.js";
import type { ResponseValidator } from "../validation/response-validator.js";

/** Where the API is and how the client gets its tokens: client credentials or a token provider. */
export type ClientConnection =
  | ({
      /**
       * The base URL of the API: `https://…`, or `http://` on loopback only (the sandbox). Paths
       * are appended to it, so it may carry a base path.
       */
      readonly baseUrl: string;
      readonly tokenProvider?: never;
    } & ClientCredentials)
  | {
      /** The base URL of the API (see above). */
      readonly baseUrl: string;
      /**
       * Gets an access token (a string, or `{ accessToken, expiresIn }` with the lifetime in
       * seconds); for tokens issued elsewhere. The client caches what it returns.
       */
      readonly tokenProvider: TokenProvider;
      readonly clientId?: never;
      readonly clientSecret?: never;
    };

/** Who calls, why, and how the client behaves. */
export interface ClientOptions {
  /**
   * The agency's electronic identifier (Decision 20/2020/QĐ-TTg), e.g. `000.00.00.H49`; or the
   * whole `X-NDC-Client` value, `VN/GOV/000.00.00.H49/dvc-portal`, without `system`.
   */
  readonly agency: string;
  /** The name of the calling system the agency registered, e.g. `dvc-portal`. */
  readonly system?: string | undefined;
  /** The default `X-NDC-Purpose` of calls for personal data. */
  readonly purpose?: PurposeCode | undefined;
  /** The default `X-NDC-User` (an account name, never a personal ID). */
  readonly user?: string | undefined;
  /** The default `X-NDC-Case`. */
  readonly case?: string | undefined;
  /**
   * The limit of one attempt, from sending to the end of the body, in milliseconds.
   * @defaultValue 30000
   */
  readonly timeout?: number | undefined;
  /** Retries: `{ limit: 3, budgetMs: 60000, backoff: { baseMs: 250, maxMs: 8000 } }` unless changed. */
  readonly retry?: RetryOverrides | undefined;
  /** Audit and metrics hooks; their payloads are redacted. */
  readonly hooks?: ClientHooks | undefined;
  /**
   * Check person profiles, record envelopes (with their data) and code lists against their schema
   * documents: `true` loads `@ndcvn/validators` on first use; or give a {@link ResponseValidator}.
   * @defaultValue false
   */
  readonly validateResponses?: boolean | ResponseValidator | undefined;
  /** The `fetch` to send with (a test server, a proxy agent). @defaultValue `globalThis.fetch` */
  readonly fetch?: typeof globalThis.fetch | undefined;
  /** Time, for tests and simulations. @defaultValue the system clock */
  readonly clock?: Clock | undefined;
  /** The random source of retry jitter, in [0, 1). @defaultValue `Math.random` */
  readonly random?: (() => number) | undefined;
}
