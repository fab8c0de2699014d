// A token set: what an agency hands over instead of its records for privacy-preserving linkage.
// Record ids, and per record one HMAC token per pass key and per veto value, under keys derived
// from a shared secret; nothing else of the records.

/** The tokens of one record. */
export interface TokenRecord {
  readonly id: string;
  /** Per pass, in spec order: the token of the record's key, or `null` when it has none. */
  readonly keys: readonly (string | null)[];
  /** Per veto, in spec order: the token of the value the veto compares, or `null`. */
  readonly vetoes: readonly (string | null)[];
}

/** Tokens of one source's records, from {@link tokenize}. Plain JSON: send it as it is. */
export interface TokenSet {
  readonly format: "ndcvn-linkage-tokens";
  readonly version: 1;
  /** The hash of the spec the tokens were made with; linking needs the same spec. */
  readonly specHash: string;
  readonly normalizerVersion: string;
  /** Identifies the secret (not derivable into it): token sets with different ids cannot match. */
  readonly keyId: string;
  /** The source the records were read as. */
  readonly source: string;
  /** Pass names, in spec order (the order of `keys`). */
  readonly passes: readonly string[];
  /** Veto names, in spec order (the order of `vetoes`). */
  readonly vetoes: readonly string[];
  readonly records: readonly TokenRecord[];
  /** What was read from the source's records (counts only). */
  readonly statistics: {
    readonly records: number;
    readonly wrongType: Readonly<Record<string, number>>;
  };
}

/**
 * Whether a value looks like a token set (its `format` says so); its content is checked when used.
 *
 * @example
 * ```ts
 * import { isTokenSet } from "@ndcvn/linkage";
 * const received = JSON.parse(body);
 * if (!isTokenSet(received)) throw new Error("not a token set");
 * ```
 */
export function isTokenSet(value: unknown): value is TokenSet {
  return (
    typeof value === "object" &&
    value !== null &&
    (value as { format?: unknown }).format === "ndcvn-linkage-tokens"
  );
}
