// A counter of string keys that stops adding new keys at a limit: memory stays bounded by the
// number of distinct keys, however unusual the data. Counts for keys beyond the limit go to one
// overflow key.

export class BoundedCounter {
  readonly #counts = new Map<string, number>();
  readonly #limit: number;
  readonly #overflowKey: string;

  constructor(limit: number, overflowKey: string) {
    this.#limit = limit;
    this.#overflowKey = overflowKey;
  }

  /** Add `by` to a key's count. */
  add(key: string, by = 1): void {
    const known = this.#counts.get(key);
    if (known !== undefined) this.#counts.set(key, known + by);
    else if (this.#counts.size < this.#limit) this.#counts.set(key, by);
    else this.#counts.set(this.#overflowKey, (this.#counts.get(this.#overflowKey) ?? 0) + by);
  }

  get size(): number {
    return this.#counts.size;
  }

  /** The keys by count (highest first), ties by key, at most `top`. */
  top(top: number): { key: string; count: number }[] {
    return [...this.#counts]
      .sort(([keyA, a], [keyB, b]) => b - a || compareText(keyA, keyB))
      .slice(0, Math.max(0, top))
      .map(([key, count]) => ({ key, count }));
  }
}

/** Compare strings by code unit, the same everywhere (unlike `localeCompare`). */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
