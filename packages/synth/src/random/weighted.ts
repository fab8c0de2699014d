// Weighted choice from precomputed cumulative tables: one uniform draw and a binary search.

/** A table of values with their cumulative weights, normalised to 1. */
export interface WeightedTable<T> {
  readonly values: readonly T[];
  readonly cumulative: Float64Array;
}

/** Build a table from `[value, weight]` pairs (weights need not sum to 1; zero weights are dropped). */
export function weighted<T>(entries: readonly (readonly [T, number])[]): WeightedTable<T> {
  const kept = entries.filter(([, weight]) => weight > 0);
  if (kept.length === 0) throw new RangeError("A weighted table needs a positive weight.");
  const total = kept.reduce((sum, [, weight]) => sum + weight, 0);
  const cumulative = new Float64Array(kept.length);
  let running = 0;
  kept.forEach(([, weight], i) => {
    running += weight;
    cumulative[i] = running / total;
  });
  cumulative[kept.length - 1] = 1;
  return { values: kept.map(([value]) => value), cumulative };
}

/** The index in a cumulative table of the uniform draw `u` in [0, 1). */
export function cumulativeIndex(cumulative: Float64Array, u: number): number {
  let low = 0;
  let high = cumulative.length - 1;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (u < (cumulative[mid] as number)) high = mid;
    else low = mid + 1;
  }
  return low;
}

/** The value of a weighted table for the uniform draw `u` in [0, 1). */
export function choose<T>(table: WeightedTable<T>, u: number): T {
  return table.values[cumulativeIndex(table.cumulative, u)] as T;
}
