// The seeded building blocks: the reseedable generator, the keyed permutations behind unique
// identifiers, weighted tables.
import { describe, expect, it } from "vitest";
import {
  choose,
  cumulativeIndex,
  digits,
  hash2,
  mix32,
  permute,
  Random,
  seedWords,
  unpermute,
  weighted,
} from "../src/random/index.js";

describe("Random", () => {
  it("gives the same stream for the same keys and different streams for different keys", () => {
    const a = new Random(1, 2, 3, 4);
    const b = new Random(1, 2, 3, 4);
    const c = new Random(1, 2, 3, 5);
    const sa = Array.from({ length: 20 }, () => a.nextUint32());
    expect(Array.from({ length: 20 }, () => b.nextUint32())).toEqual(sa);
    expect(Array.from({ length: 20 }, () => c.nextUint32())).not.toEqual(sa);
  });

  it("restarts a stream on reset, without allocating a new generator", () => {
    const rng = new Random();
    rng.reset(7, 8, 9, 10);
    const first = [rng.next(), rng.next(), rng.next()];
    rng.reset(7, 8, 9, 10);
    expect([rng.next(), rng.next(), rng.next()]).toEqual(first);
  });

  it("draws uniform floats in [0, 1) with a plausible mean and spread", () => {
    const rng = new Random(42, 0, 0, 0);
    let sum = 0;
    let min = 1;
    let max = 0;
    const n = 100_000;
    for (let i = 0; i < n; i++) {
      const x = rng.next();
      sum += x;
      min = Math.min(min, x);
      max = Math.max(max, x);
    }
    expect(sum / n).toBeGreaterThan(0.49);
    expect(sum / n).toBeLessThan(0.51);
    expect(min).toBeGreaterThanOrEqual(0);
    expect(max).toBeLessThan(1);
  });

  it("accepts any safe integer seed as two 32-bit words", () => {
    expect(seedWords(0)).toEqual([0, 0]);
    expect(seedWords(2 ** 32 + 5)).toEqual([5, 1]);
    expect(mix32(1)).not.toBe(mix32(2));
    expect(hash2(1, 2)).not.toBe(hash2(2, 1));
  });
});

describe("permute", () => {
  it.each([
    [1000, 1000],
    [10, 100_000],
    [7, 13],
  ])("is a bijection of [0, %i·%i) with its inverse", (a, b) => {
    const n = a * b;
    const seen = new Uint8Array(n);
    let bad = 0;
    for (let x = 0; x < n; x++) {
      const y = permute(x, a, b, 12345);
      if (!(y >= 0 && y < n) || seen[y] === 1) bad++;
      else seen[y] = 1;
      if (x % 97 === 0 && unpermute(y, a, b, 12345) !== x) bad++;
    }
    expect(bad).toBe(0);
  });

  it("handles domains beyond 2^32 (10-digit numbers)", () => {
    for (const x of [0, 1, 9_999_999_999, 123_456_789]) {
      const y = permute(x, 100_000, 100_000, 99);
      expect(y).toBeLessThan(1e10);
      expect(unpermute(y, 100_000, 100_000, 99)).toBe(x);
    }
  });

  it("depends on the key", () => {
    expect(permute(5, 1000, 1000, 1)).not.toBe(permute(5, 1000, 1000, 2));
  });

  it("pads digits", () => {
    expect(digits(42, 6)).toBe("000042");
    expect(digits(123456, 6)).toBe("123456");
  });
});

describe("weighted tables", () => {
  it("choose values with their weights", () => {
    const table = weighted([
      ["a", 1],
      ["b", 3],
      ["zero", 0],
    ]);
    expect(table.values).toEqual(["a", "b"]);
    expect(choose(table, 0)).toBe("a");
    expect(choose(table, 0.249)).toBe("a");
    expect(choose(table, 0.25)).toBe("b");
    expect(choose(table, 0.999)).toBe("b");
    expect(cumulativeIndex(table.cumulative, 0.5)).toBe(1);
  });

  it("refuse a table without a positive weight", () => {
    expect(() => weighted([["a", 0]])).toThrow(RangeError);
  });
});
