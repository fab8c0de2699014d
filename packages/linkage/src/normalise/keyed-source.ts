// What the engine reads of a source: record ids, each record's key in each pass, and the values
// vetoes compare. Clear-text sources (NormalisedSource) and token sets (TokenSource) both provide it,
// so that the same pass semantics run on either.

/** Counts of what was read from a source. */
export interface InputStatistics {
  /** Records read. */
  readonly records: number;
  /**
   * Per field, how many records held a value of a type its first normaliser does not accept (an
   * object where text was expected, a boolean…): the field is missing for them. Only fields with a
   * count above zero, in field order.
   */
  readonly wrongType: Readonly<Record<string, number>>;
}

/** A source as the engine sees it. */
export interface KeyedSource {
  readonly name: string;
  readonly size: number;
  /** Record ids, in input order. */
  readonly ids: readonly string[];
  /** Record indexes sorted by id (UTF-16 code units); may be computed when first read. */
  readonly order: Int32Array;
  /** `cleartext` for records normalised here, `tokens` for a token set. */
  readonly mode: "cleartext" | "tokens";
  /**
   * The key of record `index` in pass `pass`: the normalised values of the pass's fields in key
   * order joined by U+0000 (or, for a token set, the token of that string); `null` when the record
   * lacks any of the fields.
   */
  passKey(pass: number, index: number): string | null;
  /** The value veto `veto` compares for record `index` (normalised value or its token), or `null`. */
  vetoValue(veto: number, index: number): string | null;
  /** For clear text, the normalised values of the pass's fields (field → value); `{}` for tokens. */
  agreed(pass: number, index: number): Readonly<Record<string, string>>;
  readonly statistics: InputStatistics;
}

/** The separator of values in a key; normalised values never contain it. */
export const KEY_SEPARATOR = "\u0000";
