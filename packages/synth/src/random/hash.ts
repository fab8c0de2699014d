// 32-bit integer hashing: the only source of randomness of the package. Every random draw is a
// pure function of (seed, stream, index), so any part of the population can be regenerated alone.

/** A 32-bit avalanche mix ("lowbias32", C. Wellons' hash prospector): bijective on 32-bit integers. */
export function mix32(x: number): number {
  let h = x | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x846ca68b);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Hash of two 32-bit words. */
export function hash2(a: number, b: number): number {
  return mix32(mix32(a ^ 0x9e3779b9) ^ (b + 0x7f4a7c15));
}

/** Hash of three 32-bit words. */
export function hash3(a: number, b: number, c: number): number {
  return mix32(hash2(a, b) ^ (c + 0x165667b1));
}

/** The seed as two 32-bit words (it may be any safe non-negative integer). */
export function seedWords(seed: number): readonly [number, number] {
  return [seed >>> 0, Math.floor(seed / 4294967296) >>> 0];
}
