// One place decides what the client may repeat: every message, URL and hook payload it produces
// goes through a Redactor, so that no personal identifier, token or secret reaches a log.

/** Runs of 9 or more digits: personal IDs (12), old ID cards (9), phone and insurance numbers (10), tax codes (10, 13). */
const DIGIT_RUN = /\d{9,}/g;
/** `Bearer <token>` and `Basic <credentials>` wherever they appear (a header echoed in a message). */
const AUTH_SCHEME = /\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/gi;
/** OAuth token members and form fields: `"access_token": "…"`, `client_secret=…`. */
const CREDENTIAL_FIELD =
  /("?(?:access_token|refresh_token|client_secret|secret)"?\s*[:=]\s*"?)([^"&,\s}]+)/gi;
/** Webhook signing secrets (`whsec_…`) of the subscriptions API. */
const WEBHOOK_SECRET = /whsec_[A-Za-z0-9]+/g;

const MASK = "[redacted]";

/** The scheme of an `Authorization` value, never its credentials. */
const authorization = (value: string): string => {
  const scheme = /^(Bearer|Basic)\s/i.exec(value)?.[1];
  return scheme ? `${scheme} ${MASK}` : MASK;
};

/** The first 3 and last 2 digits of a personal ID stay readable for support; nothing in between. */
function maskDigits(run: string): string {
  return run.length >= 12
    ? `${run.slice(0, 3)}${"*".repeat(run.length - 5)}${run.slice(-2)}`
    : `${"*".repeat(run.length - 2)}${run.slice(-2)}`;
}

/** Masks personal identifiers, tokens and secrets in the text the client produces. */
export interface Redactor {
  /** The text with every personal identifier, token and known secret masked. */
  text(value: string): string;
  /** A copy of a JSON value with every string in it redacted. */
  deep<T>(value: T): T;
  /** Headers as a plain object, redacted; `Authorization` is never shown. */
  headers(headers: Headers): Record<string, string>;
  /** Adds a secret (a token just issued) to be masked wherever it appears. */
  remember(secret: string): void;
}

/**
 * A redactor that also masks the given secrets verbatim (the client secret, tokens issued to the
 * client). Only the last few tokens are remembered: an old token is useless and unlikely to recur.
 *
 * @example
 * ```ts
 * import { createRedactor } from "@ndcvn/client";
 * createRedactor(["s3cret-value"]).text("GET /people/001099012345 with s3cret-value");
 * // "GET /people/001*******45 with [redacted]"
 * ```
 */
export function createRedactor(secrets: readonly string[] = []): Redactor {
  const fixed = secrets.filter((s) => s.length >= 4);
  const tokens: string[] = [];
  const text = (value: string): string => {
    let out = String(value);
    for (const secret of [...fixed, ...tokens]) out = out.split(secret).join(MASK);
    return out
      .replace(AUTH_SCHEME, (_, scheme: string) => `${scheme} ${MASK}`)
      .replace(CREDENTIAL_FIELD, (_, name: string) => `${name}${MASK}`)
      .replace(WEBHOOK_SECRET, `whsec_${MASK}`)
      .replace(DIGIT_RUN, maskDigits);
  };
  const deep = <T>(value: T): T => {
    if (typeof value === "string") return text(value) as T;
    if (Array.isArray(value)) return value.map(deep) as T;
    if (typeof value === "object" && value !== null) {
      const out: Record<string, unknown> = {};
      for (const [key, child] of Object.entries(value)) out[key] = deep(child);
      return out as T;
    }
    return value;
  };
  return {
    text,
    deep,
    headers(headers) {
      const out: Record<string, string> = {};
      headers.forEach((value, name) => {
        out[name] = name === "authorization" ? authorization(value) : text(value);
      });
      return out;
    },
    remember(secret) {
      if (secret.length < 4 || tokens.includes(secret)) return;
      tokens.push(secret);
      if (tokens.length > 4) tokens.shift();
    },
  };
}
