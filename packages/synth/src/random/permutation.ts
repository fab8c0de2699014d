// Keyed bijections of [0, a·b) onto itself: an alternating Feistel network over the mixed radix
// (a, b). Identifiers are permuted indexes, so two persons never share one, by construction, and
// the numbers still look random.
import { mix32 } from "./hash.js";

/** Rounds of the network: even, so that the radix order is (a, b) again at the end. */
export const ROUNDS = 4;

/** The round keys of a permutation key (precompute them for keys used many times). */
export function roundKeys(key: number): Uint32Array {
  const keys = new Uint32Array(ROUNDS);
  for (let round = 0; round < ROUNDS; round++)
    keys[round] = mix32(key + Math.imul(round + 1, 0x9e3779b9));
  return keys;
}

/**
 * The image of `x` (0 ≤ x < a·b) under the permutation with these round keys. `a·b` may exceed
 * 2^32 but must stay below 2^53; `a` and `b` must each be below 2^31.
 */
export function permuteWith(x: number, a: number, b: number, keys: Uint32Array): number {
  let left = Math.floor(x / b); // in [0, a)
  let right = x - left * b; // in [0, b)
  let sizeLeft = a;
  let sizeRight = b;
  for (let round = 0; round < ROUNDS; round++) {
    const f = mix32(right ^ (keys[round] as number)) % sizeLeft;
    const next = (left + f) % sizeLeft;
    left = right;
    right = next;
    const size = sizeLeft;
    sizeLeft = sizeRight;
    sizeRight = size;
  }
  return left * sizeRight + right;
}

/** The image of `x` under the permutation named by `key` (see permuteWith). */
export function permute(x: number, a: number, b: number, key: number): number {
  return permuteWith(x, a, b, roundKeys(key));
}

/** The inverse of `permute` with the same a, b and key (used by the tests). */
export function unpermute(y: number, a: number, b: number, key: number): number {
  const keys = roundKeys(key);
  let left = Math.floor(y / b);
  let right = y - left * b;
  let sizeLeft = a;
  let sizeRight = b;
  for (let round = ROUNDS - 1; round >= 0; round--) {
    // Undo: (left, right) came from (l0, r0) with left = r0, right = (l0 + F(r0)) mod |l0|.
    const sizeL0 = sizeRight;
    const r0 = left;
    const f = mix32(r0 ^ (keys[round] as number)) % sizeL0;
    const l0 = (((right - f) % sizeL0) + sizeL0) % sizeL0;
    left = l0;
    right = r0;
    sizeRight = sizeLeft;
    sizeLeft = sizeL0;
  }
  return left * sizeRight + right;
}

const ZEROS = ["", "0", "00", "000", "0000", "00000", "000000", "0000000", "00000000", "000000000"];

/** `value` as a string of exactly `width` digits (at most 10), with leading zeros. */
export function digits(value: number, width: number): string {
  const text = String(value);
  const missing = width - text.length;
  return missing <= 0 ? text : (ZEROS[missing] as string) + text;
}
