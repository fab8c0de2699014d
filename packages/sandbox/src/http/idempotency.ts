// `Idempotency-Key`: the answer to a write is kept under its key (per client and operation) for 24
// hours; a retry with the same key and the same request gets it again, the same key with another
// request is `409 conflict`.
import { createHash } from "node:crypto";
import type { JsonReply } from "./reply.js";

const KEEP_MS = 24 * 3600 * 1000;
/** Keys kept at most; beyond, the oldest is forgotten. */
const MAX_KEYS = 10_000;

interface Kept {
  readonly fingerprint: string;
  readonly reply: JsonReply | { readonly kind: "empty"; readonly status: number };
  readonly at: number;
}

/** What a key says about a request. */
export type IdempotencyLookup =
  | { readonly kind: "new" }
  | { readonly kind: "replay"; readonly reply: Kept["reply"] }
  | { readonly kind: "conflict" };

/** A fingerprint of a request: its path parameters and body. */
export function fingerprintOf(request: unknown): string {
  return createHash("sha256")
    .update(JSON.stringify(request) ?? "")
    .digest("hex");
}

/** The kept answers of one sandbox. */
export class IdempotencyStore {
  readonly #kept = new Map<string, Kept>();

  lookup(scope: string, key: string, fingerprint: string, now: number): IdempotencyLookup {
    const kept = this.#kept.get(`${scope}|${key}`);
    if (!kept || now - kept.at > KEEP_MS) return { kind: "new" };
    return kept.fingerprint === fingerprint
      ? { kind: "replay", reply: kept.reply }
      : { kind: "conflict" };
  }

  keep(scope: string, key: string, fingerprint: string, reply: Kept["reply"], now: number): void {
    if (this.#kept.size >= MAX_KEYS) {
      const oldest = this.#kept.keys().next().value;
      if (oldest !== undefined) this.#kept.delete(oldest);
    }
    this.#kept.set(`${scope}|${key}`, { fingerprint, reply, at: now });
  }
}
