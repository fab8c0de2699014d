// `POST /oauth/token`: the OAuth 2.0 client-credentials grant (RFC 6749 §4.4), the client
// authenticated by HTTP Basic or by `client_id` and `client_secret` in the form (§2.3.1). Errors
// take the OAuth form (§5.2), whose `error_description` must be ASCII (§5.2): English only.
import { createHash, timingSafeEqual } from "node:crypto";
import type { OAuthError } from "@ndcvn/client";
import type { RequestValidator } from "../contract/request-validator.js";
import { json, type Reply } from "../http/reply.js";
import type { ClientGrant } from "./clients.js";
import type { TokenStore } from "./tokens.js";

/** What the token endpoint needs of a request and of the sandbox. */
export interface TokenCall {
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly body: Buffer;
  readonly validate: RequestValidator;
  readonly clients: ReadonlyMap<string, ClientGrant>;
  readonly tokens: TokenStore;
  readonly now: number;
}

const NO_STORE = { "Cache-Control": "no-store", Pragma: "no-cache" };

function oauthError(error: OAuthError["error"], description: string): Reply {
  const body: OAuthError = { error, error_description: description };
  if (error === "invalid_client") {
    return json(401, body, { ...NO_STORE, "WWW-Authenticate": 'Basic realm="ndc"' });
  }
  return json(400, body, NO_STORE);
}

function sameSecret(given: string, expected: string): boolean {
  const digest = (text: string) => createHash("sha256").update(text).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

function formDecode(text: string): string | undefined {
  try {
    return decodeURIComponent(text.replaceAll("+", " "));
  } catch {
    return undefined;
  }
}

/** The client id and secret of an HTTP Basic header (RFC 6749 §2.3.1: each form-encoded). */
function basicCredentials(header: string): { id: string; secret: string } | undefined {
  const match = /^Basic +([A-Za-z0-9+/]+=*) *$/i.exec(header);
  if (!match) return undefined;
  const decoded = Buffer.from(match[1] as string, "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  if (colon < 0) return undefined;
  const id = formDecode(decoded.slice(0, colon));
  const secret = formDecode(decoded.slice(colon + 1));
  return id && secret ? { id, secret } : undefined;
}

/** Answers a token request. */
export function issueToken(call: TokenCall): Reply & { issued?: boolean } {
  const media = String(call.headers["content-type"] ?? "")
    .split(";")[0]
    ?.trim()
    .toLowerCase();
  if (media !== "application/x-www-form-urlencoded") {
    return oauthError("invalid_request", "The body must be application/x-www-form-urlencoded.");
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(call.body);
  } catch {
    return oauthError("invalid_request", "The body is not valid UTF-8.");
  }
  const params = new URLSearchParams(text);
  const form: Record<string, string> = {};
  for (const [name, value] of params) {
    // RFC 6749 §3.2: parameters must not be included more than once.
    if (Object.hasOwn(form, name)) {
      return oauthError("invalid_request", "A parameter of the form is given more than once.");
    }
    form[name] = value;
  }
  if (form.grant_type === undefined) {
    return oauthError("invalid_request", "The form lacks grant_type.");
  }
  if (form.grant_type !== "client_credentials") {
    return oauthError("unsupported_grant_type", "Only grant_type=client_credentials is supported.");
  }
  const check = call.validate({
    pathParams: {},
    query: new URLSearchParams(),
    headers: call.headers,
    body: form,
  });
  if (!check.ok) {
    const where = check.issues
      .map((issue) => `${issue.pointer ?? issue.header ?? issue.parameter ?? ""} (${issue.code})`)
      .join(", ");
    return oauthError("invalid_request", `The request breaks the contract at: ${where}.`);
  }

  const authorization = call.headers.authorization;
  let id = form.client_id;
  let secret = form.client_secret;
  if (typeof authorization === "string") {
    const basic = basicCredentials(authorization);
    if (!basic) return oauthError("invalid_client", "Client authentication failed.");
    // RFC 6749 §2.3: a client uses one authentication method per request.
    if (secret !== undefined) {
      return oauthError(
        "invalid_request",
        "Authenticate with HTTP Basic or with the form, not both.",
      );
    }
    if (id !== undefined && id !== basic.id) {
      return oauthError("invalid_request", "client_id differs from the HTTP Basic user.");
    }
    id = basic.id;
    secret = basic.secret;
  }
  const client = id === undefined ? undefined : call.clients.get(id);
  if (!client || secret === undefined || !sameSecret(secret, client.clientSecret)) {
    return oauthError("invalid_client", "Client authentication failed.");
  }

  let scopes = client.scopes;
  if (form.scope !== undefined) {
    const asked = form.scope.split(" ");
    const missing = asked.find((scope) => !client.scopes.has(scope));
    if (missing !== undefined) {
      return oauthError("invalid_scope", "The client does not hold every scope asked for.");
    }
    scopes = new Set(asked);
  }
  const { token, expiresIn } = call.tokens.issue(client, scopes, call.now);
  return {
    ...json(
      200,
      {
        access_token: token,
        token_type: "Bearer",
        expires_in: expiresIn,
        scope: [...scopes].join(" "),
      },
      NO_STORE,
    ),
    issued: true,
  };
}
