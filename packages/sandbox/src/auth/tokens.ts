// Access tokens: opaque random strings, held in memory with their client, scopes and expiry. A
// token the sandbox never issued is invalid; one past its expiry is expired (both `401`).
import { randomBytes } from "node:crypto";
import type { ClientGrant } from "./clients.js";

/** A token the sandbox issued. */
export interface IssuedToken {
  readonly client: ClientGrant;
  readonly scopes: ReadonlySet<string>;
  /** Epoch milliseconds. */
  expiresAt: number;
}

/** Why a bearer token was refused. */
export type TokenRefusal = "missing" | "invalid" | "expired";

/** Tokens beyond which expired ones are swept when a new one is issued. */
const SWEEP_ABOVE = 10_000;

/** The tokens of one sandbox. */
export class TokenStore {
  readonly #tokens = new Map<string, IssuedToken>();
  readonly #ttlSeconds: number;

  constructor(ttlSeconds: number) {
    this.#ttlSeconds = ttlSeconds;
  }

  /** Issues a token; answers it with its lifetime in seconds. */
  issue(client: ClientGrant, scopes: ReadonlySet<string>, now: number) {
    if (this.#tokens.size > SWEEP_ABOVE) {
      for (const [token, issued] of this.#tokens) {
        if (issued.expiresAt <= now) this.#tokens.delete(token);
      }
    }
    const token = `ndc_at_${randomBytes(24).toString("base64url")}`;
    this.#tokens.set(token, { client, scopes, expiresAt: now + this.#ttlSeconds * 1000 });
    return { token, expiresIn: this.#ttlSeconds };
  }

  /** The token of an `Authorization` header, or why it is refused. */
  check(authorization: string | undefined, now: number): IssuedToken | TokenRefusal {
    if (authorization === undefined) return "missing";
    const match = /^Bearer +([A-Za-z0-9._~+/-]+=*) *$/i.exec(authorization);
    if (!match) return "invalid";
    const issued = this.#tokens.get(match[1] as string);
    if (!issued) return "invalid";
    return issued.expiresAt <= now ? "expired" : issued;
  }

  /** Makes every token issued so far expire now; answers how many were still valid. */
  expireAll(now: number): number {
    let valid = 0;
    for (const issued of this.#tokens.values()) {
      if (issued.expiresAt > now) valid++;
      issued.expiresAt = Math.min(issued.expiresAt, now);
    }
    return valid;
  }
}
