// The open brackets of a JSON value, one bit each: an element nested millions deep (skipped as too
// large, or checked after a parse error) costs an eighth of its size, not eight times it.

export class BracketStack {
  #bits = new Uint8Array(64);
  #depth = 0;

  get depth(): number {
    return this.#depth;
  }

  /** Open a bracket: `[` (array) or `{` (object). */
  push(isArray: boolean): void {
    const byte = this.#depth >> 3;
    if (byte >= this.#bits.length) {
      const grown = new Uint8Array(this.#bits.length * 2);
      grown.set(this.#bits);
      this.#bits = grown;
    }
    const mask = 1 << (this.#depth & 7);
    const bits = this.#bits[byte] as number;
    this.#bits[byte] = isArray ? bits | mask : bits & ~mask;
    this.#depth++;
  }

  /** Close the innermost bracket: whether it was `[` (true), `{` (false), or none (undefined). */
  pop(): boolean | undefined {
    if (this.#depth === 0) return undefined;
    this.#depth--;
    return (((this.#bits[this.#depth >> 3] as number) >> (this.#depth & 7)) & 1) === 1;
  }

  /** Whether the innermost bracket is `[` (true), `{` (false), or there is none (undefined). */
  peek(): boolean | undefined {
    if (this.#depth === 0) return undefined;
    const top = this.#depth - 1;
    return (((this.#bits[top >> 3] as number) >> (top & 7)) & 1) === 1;
  }

  clear(): void {
    this.#depth = 0;
    if (this.#bits.length > 64) this.#bits = new Uint8Array(64);
  }
}
