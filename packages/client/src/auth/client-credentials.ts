import { NdcApiError } from "../errors/ndc-api-error.js";
import { OPERATIONS } from "../transport/operations.js";
import { newRequestId } from "../transport/request-id.js";
import type { RetryOptions } from "../transport/retry-policy.js";
import { send, type Transport } from "../transport/send.js";
import { anonymous, fixedAuthorization } from "./authorizer.js";
import type { AccessToken, TokenProvider } from "./token-cache.js";

/** How the client authenticates to the token endpoint (RFC 6749 §2.3.1). */
export type ClientAuthentication = "client_secret_basic" | "client_secret_post";

/** The client credentials of an agency system, as issued when it was connected to the NDC. */
export interface ClientCredentials {
  readonly clientId: string;
  readonly clientSecret: string;
  /** Narrow the token to these space-separated scopes (default: every scope the client holds). */
  readonly scope?: string | undefined;
  /**
   * HTTP Basic (`client_secret_basic`) or the form (`client_secret_post`).
   * @defaultValue "client_secret_basic"
   */
  readonly clientAuthentication?: ClientAuthentication | undefined;
}

/** RFC 6749 §2.3.1: id and secret are form-encoded before they are joined for HTTP Basic. */
const formEncode = (value: string): string => encodeURIComponent(value).replace(/%20/g, "+");

/** The answer of the token endpoint, checked (RFC 6749 §5.1); `undefined` when it is not one. */
function readToken(data: unknown): AccessToken | undefined {
  if (typeof data !== "object" || data === null) return undefined;
  const { access_token, token_type, expires_in } = data as Record<string, unknown>;
  if (typeof access_token !== "string" || access_token === "") return undefined;
  if (typeof token_type !== "string" || token_type.toLowerCase() !== "bearer") return undefined;
  if (expires_in !== undefined && (typeof expires_in !== "number" || !(expires_in > 0)))
    return undefined;
  return { accessToken: access_token, expiresIn: expires_in };
}

/**
 * A token provider over `POST /oauth/token` with the client-credentials grant, form-encoded. The
 * token request is retried like any idempotent call (`x-ndc-idempotent: true`).
 */
export function clientCredentials(
  transport: Transport,
  baseUrl: string,
  credentials: ClientCredentials,
  settings: { readonly timeoutMs: number; readonly retry: RetryOptions },
): TokenProvider {
  const post = credentials.clientAuthentication === "client_secret_post";
  return async () => {
    const form = new URLSearchParams({ grant_type: "client_credentials" });
    if (credentials.scope) form.set("scope", credentials.scope);
    if (post) {
      form.set("client_id", credentials.clientId);
      form.set("client_secret", credentials.clientSecret);
    }
    const headers = new Headers({ accept: "application/json", "x-request-id": newRequestId() });
    const basic = `Basic ${btoa(`${formEncode(credentials.clientId)}:${formEncode(credentials.clientSecret)}`)}`;
    const outcome = await send(transport, {
      operation: OPERATIONS.issueToken,
      url: `${baseUrl}/oauth/token`,
      headers,
      body: form,
      authorizer: post ? anonymous : fixedAuthorization(basic),
      signal: undefined,
      timeoutMs: settings.timeoutMs,
      retry: settings.retry,
    });
    if (!outcome.ok) throw outcome.error;
    const token = readToken(outcome.data);
    if (!token)
      throw new NdcApiError({
        ...outcome.info,
        status: outcome.response.status,
        code: "invalid_response",
      });
    return token;
  };
}
