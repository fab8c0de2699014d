// The text of the record being read, gathered across chunks, up to a size limit: past the limit the
// text is dropped (the record will be reported as too large) and nothing more is kept.
import { utf8Length } from "./utf8.js";

export class RecordBuffer {
  readonly #limit: number;
  #parts: string[] = [];
  /** UTF-16 code units gathered. */
  #units = 0;
  /** UTF-8 bytes gathered, counted once the code units alone no longer prove the size is small. */
  #bytes = -1;
  #overflowed = false;

  constructor(limit: number) {
    this.#limit = limit;
  }

  /** Whether the record has gone over the limit (its text is not kept). */
  get overflowed(): boolean {
    return this.#overflowed;
  }

  /** Add text[start, end) to the record. */
  append(text: string, start: number, end: number): void {
    if (this.#overflowed || end <= start) return;
    const piece = start === 0 && end === text.length ? text : text.slice(start, end);
    if (this.#fits(piece)) this.#parts.push(piece);
  }

  /**
   * The record's whole text, ending with text[start, end), or `undefined` when it is over the
   * limit; the buffer is then empty for the next record.
   */
  finish(text: string, start: number, end: number): string | undefined {
    let whole: string | undefined;
    if (!this.#overflowed) {
      const piece = text.slice(start, end);
      if (this.#fits(piece)) {
        whole = this.#parts.length === 0 ? piece : this.#parts.join("") + piece;
      }
    }
    this.reset();
    return whole;
  }

  /** Forget the record. */
  reset(): void {
    this.#parts = [];
    this.#units = 0;
    this.#bytes = -1;
    this.#overflowed = false;
  }

  /** Count a piece in; false (and the record marked too large) when it goes over the limit. */
  #fits(piece: string): boolean {
    this.#units += piece.length;
    // A code unit is 1 to 3 bytes: below limit/3 units the record is surely small enough, above
    // `limit` units surely too large; in between count the bytes.
    if (this.#units > this.#limit) return this.#overflow();
    if (this.#bytes < 0) {
      if (this.#units * 3 <= this.#limit) return true;
      // A surrogate pair may be split between pieces (string chunks): count it as one character.
      let bytes = 0;
      let previous = "";
      for (const part of [...this.#parts, piece]) {
        bytes += utf8Length(part, endsWithHighSurrogate(previous));
        previous = part;
      }
      this.#bytes = bytes;
    } else {
      this.#bytes += utf8Length(piece, endsWithHighSurrogate(this.#parts.at(-1) ?? ""));
    }
    return this.#bytes <= this.#limit || this.#overflow();
  }

  #overflow(): false {
    this.#overflowed = true;
    this.#parts = [];
    return false;
  }
}

function endsWithHighSurrogate(text: string): boolean {
  const code = text.charCodeAt(text.length - 1);
  return code >= 0xd800 && code <= 0xdbff;
}
