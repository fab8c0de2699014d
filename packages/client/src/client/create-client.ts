import { type CodeListsApi, codeListsApi } from "../api/code-lists.js";
import { type DatabasesApi, databasesApi } from "../api/databases.js";
import { type PeopleApi, peopleApi } from "../api/people.js";
import { type RecordsApi, recordsApi } from "../api/records.js";
import { type SubscriptionsApi, subscriptionsApi } from "../api/subscriptions.js";
import { clientCredentials } from "../auth/client-credentials.js";
import { bearer, createTokenCache, type TokenProvider } from "../auth/token-cache.js";
import { NdcConfigurationError } from "../errors/ndc-configuration-error.js";
import { rawCalls } from "../raw/raw-calls.js";
import type { RawCalls } from "../raw/raw-types.js";
import { createRedactor } from "../redaction/redactor.js";
import { checkBaseUrl } from "../transport/base-url.js";
import { systemClock } from "../transport/clock.js";
import { DEFAULT_RETRY, resolveRetry } from "../transport/retry-policy.js";
import type { Transport } from "../transport/send.js";
import { lazyValidators } from "../validation/response-validator.js";
import { clientIdentity } from "./client-identity.js";
import type { ClientConnection, ClientOptions } from "./client-options.js";
import { type ClientContext, timeoutOption } from "./prepare-call.js";

/** A client of the NDC Sharing API: raw typed calls, and friendly calls by resource. */
export interface NdcClient extends RawCalls {
  /** Person profiles: read, verify, read in batches. */
  readonly people: PeopleApi;
  /** The catalog of national databases. */
  readonly databases: DatabasesApi;
  /** Records and change feeds. */
  readonly records: RecordsApi;
  /** Code lists of the national data standard. */
  readonly codeLists: CodeListsApi;
  /** Webhook subscriptions. */
  readonly subscriptions: SubscriptionsApi;
  /** `X-NDC-Client` of every call, `VN/GOV/<agency>/<system>`. */
  readonly clientIdentity: string;
}

/**
 * A client of the NDC Sharing API. It gets and caches access tokens (client credentials, or your
 * `tokenProvider`), says who calls and why (`X-NDC-Client`, `X-NDC-Purpose`, …), retries what may
 * be retried, and throws typed, redacted errors. Plain `http://` is refused except on loopback.
 *
 * @example
 * ```ts
 * import { createClient } from "@ndcvn/client";
 * const client = createClient(
 *   { baseUrl: "https://ndc-gateway.example.vn", clientId: "h49-dvc-portal", clientSecret: process.env.NDC_SECRET! },
 *   { agency: "000.00.00.H49", system: "dvc-portal", purpose: "identity-verification" },
 * );
 * const person = await client.people.get("001099012345", { fields: ["name", "dateOfBirth"] });
 * ```
 */
export function createClient(connection: ClientConnection, options: ClientOptions): NdcClient {
  const baseUrl = checkBaseUrl(connection?.baseUrl);
  const identity = clientIdentity(options?.agency, options?.system);
  const secret = "clientSecret" in connection ? connection.clientSecret : undefined;
  const redactor = createRedactor(typeof secret === "string" ? [secret] : []);
  const clock = options.clock ?? systemClock;
  const transport: Transport = {
    fetch: options.fetch ?? globalThis.fetch.bind(globalThis),
    redactor,
    hooks: options.hooks ?? {},
    clock,
    random: options.random ?? Math.random,
  };
  const timeoutMs = timeoutOption(options.timeout, 30_000);
  const retry = resolveRetry(DEFAULT_RETRY, options.retry);

  let provider: TokenProvider;
  if (typeof connection.tokenProvider === "function") {
    provider = connection.tokenProvider;
  } else if (
    typeof connection.clientId === "string" &&
    connection.clientId !== "" &&
    typeof secret === "string" &&
    secret !== ""
  ) {
    provider = clientCredentials(transport, baseUrl, connection, { timeoutMs, retry });
  } else {
    throw new NdcConfigurationError("missing_credentials");
  }
  const tokens = createTokenCache(
    provider,
    () => clock.now(),
    (token) => redactor.remember(token),
  );

  const validateResponses = options.validateResponses;
  const context: ClientContext = {
    transport,
    baseUrl,
    identity,
    defaults: { purpose: options.purpose, user: options.user, case: options.case },
    timeoutMs,
    retry,
    authorizer: bearer(tokens),
    validator:
      validateResponses === true
        ? lazyValidators
        : validateResponses
          ? validateResponses
          : undefined,
  };

  return {
    ...rawCalls(context),
    people: peopleApi(context),
    databases: databasesApi(context),
    records: recordsApi(context),
    codeLists: codeListsApi(context),
    subscriptions: subscriptionsApi(context),
    clientIdentity: identity,
  };
}
