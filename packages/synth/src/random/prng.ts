// A reseedable xoshiro128** generator (Blackman & Vigna, public domain), seeded through splitmix32
// from up to four 32-bit keys. One instance is reused for every person: reseeding allocates nothing.
import { mix32 } from "./hash.js";

const TWO_32 = 4294967296;

export class Random {
  private s0 = 1;
  private s1 = 2;
  private s2 = 3;
  private s3 = 4;

  constructor(k0 = 0, k1 = 0, k2 = 0, k3 = 0) {
    this.reset(k0, k1, k2, k3);
  }

  /** Restart the generator on the stream named by four 32-bit keys (128 bits of state). */
  reset(k0: number, k1: number, k2: number, k3: number): this {
    // Each state word mixes every key, so that nearby keys give unrelated streams.
    const a = mix32(k0 ^ 0x243f6a88);
    const b = mix32(a ^ k1 ^ 0x85a308d3);
    const c = mix32(b ^ k2 ^ 0x13198a2e);
    const d = mix32(c ^ k3 ^ 0x03707344);
    this.s0 = mix32(d + 0x9e3779b9) | 0;
    this.s1 = mix32(d + 0x3c6ef372) | 0;
    this.s2 = mix32(d + 0xdaa66d2b) | 0;
    this.s3 = mix32(d + 0x78dde6e4) | 1;
    return this;
  }

  /** The next 32-bit unsigned integer. */
  nextUint32(): number {
    const s1 = this.s1;
    const r5 = Math.imul(s1, 5);
    const result = Math.imul((r5 << 7) | (r5 >>> 25), 9);
    const t = s1 << 9;
    this.s2 ^= this.s0;
    this.s3 ^= this.s1;
    this.s1 ^= this.s2;
    this.s0 ^= this.s3;
    this.s2 ^= t;
    this.s3 = (this.s3 << 11) | (this.s3 >>> 21);
    return result >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    return this.nextUint32() / TWO_32;
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** An integer in [min, max] (inclusive). */
  range(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** One element of a non-empty list, uniformly. */
  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.next() * list.length)] as T;
  }

  /** An approximately normal value (mean 0, standard deviation 1): Irwin–Hall sum of 4 uniforms. */
  normal(): number {
    return (this.next() + this.next() + this.next() + this.next() - 2) * 1.7320508075688772;
  }
}
