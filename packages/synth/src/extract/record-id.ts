// Record ids: opaque, stable and unique within a database. The person's index in the population
// (from the synthetic person id `P` + digits, never from a personal identifier), the record type's
// slot and the copy (0 the record, 1 its duplicate) make a 40-bit number, which a keyed Feistel
// permutation scrambles: distinct inputs give distinct ids, and nothing in the id tells who it is.
import { hash53 } from "./prng.js";

const HALF = 2 ** 20;
const MASK = HALF - 1;
/** Person indexes up to 2^35 (with 8 slots × 2 copies that fills the 40-bit domain). */
const MAX_INDEX = 2 ** 35;

function round(value: number, key: number, step: number): number {
  let h = Math.imul(value ^ key ^ Math.imul(step + 1, 0x9e3779b9), 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h & MASK;
}

/** A bijection of [0, 2^40) keyed by `keys` (four 32-bit round keys). */
function permute(value: number, keys: readonly number[]): number {
  let left = Math.floor(value / HALF);
  let right = value % HALF;
  for (let step = 0; step < keys.length; step++) {
    const next = left ^ round(right, keys[step] as number, step);
    left = right;
    right = next;
  }
  return left * HALF + right;
}

/** Makes the record ids of one extract (one seed, one database). */
export function recordIdMaker(
  seed: number,
  database: string,
  prefix: string,
): (personId: string, slot: number, copy: 0 | 1) => string {
  const keys = [0, 1, 2, 3].map((k) => hash53(`${seed}|${database}|record-id|${k}`) >>> 0);
  return (personId, slot, copy) => {
    const match = /^P(\d{1,11})$/.exec(personId);
    const index = match ? Number(match[1]) : Number.NaN;
    if (Number.isSafeInteger(index) && index < MAX_INDEX) {
      const value = permute(index * 16 + slot * 2 + copy, keys);
      return `${prefix}-${value.toString(16).padStart(10, "0")}`;
    }
    // A person id outside the documented form: a 53-bit hash (unique in practice, not by design).
    const hash = hash53(`${seed}|${database}|${personId}|${slot}|${copy}`);
    return `${prefix}-x${hash.toString(16).padStart(14, "0")}`;
  };
}
