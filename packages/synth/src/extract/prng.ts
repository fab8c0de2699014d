// Hashing and a small pseudo-random generator for extracts. Every random choice of an extract is
// drawn from a generator seeded by a hash of what it is about (seed, database, record id, fault
// name…), never from a shared stream: results do not depend on the order in which records are made,
// and the same inputs give the same bytes in any process.

/** A 53-bit hash of a string (cyrb53: two multiplicative 32-bit lanes, mixed at the end). */
export function hash53(text: string, salt = 0): number {
  let h1 = 0xdeadbeef ^ salt;
  let h2 = 0x41c6ce57 ^ salt;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** A number in [0, 1) from a hash of the text: uniform, and independent for different texts. */
export function uniform(text: string): number {
  return hash53(text) / 9007199254740992;
}

/** A deterministic source of random numbers. */
export interface Random {
  /** A number in [0, 1). */
  next(): number;
  /** An integer in [0, n). */
  int(n: number): number;
  /** An integer in [min, max], both included. */
  between(min: number, max: number): number;
  /** One item of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** `count` digits as a string. */
  digits(count: number): string;
}

/**
 * A generator (sfc32) seeded by a hash of the text: every random choice of synth comes from one,
 * keyed by what it is about, and tools that make more synthetic data around synth's (the sandbox's
 * record histories and faults) use it the same way, so that one seed gives the same bytes anywhere.
 *
 * @example
 * ```ts
 * import { randomFor } from "@ndcvn/synth";
 * const random = randomFor("42|history|population|pop-1");
 * random.between(1, 60); // the same number for the same text, in every process
 * ```
 */
export function randomFor(text: string): Random {
  const h = hash53(text, 0x5bd1e995);
  let a = h >>> 0;
  let b = Math.floor(h / 4294967296) >>> 0;
  let c = hash53(text, 0x27d4eb2f) >>> 0;
  let d = 1;
  const next = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 12; i++) next();
  const int = (n: number): number => Math.floor(next() * n);
  return {
    next,
    int,
    between: (min, max) => min + int(max - min + 1),
    pick<T>(items: readonly T[]): T {
      return items[int(items.length)] as T;
    },
    digits(count) {
      let out = "";
      for (let i = 0; i < count; i++) out += String(int(10));
      return out;
    },
  };
}
