// Sạch: strings that are not in canonical form — what `normalizeVietnamese` would change.
import { normalizeVietnamese } from "../text/normalize-vietnamese.js";
import { BoundedCounter } from "./bounded-counter.js";
import { UNKNOWN } from "./path-pattern.js";
import type { TextFieldSummary } from "./types.js";

const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/;
const INVISIBLE_ALL = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
/** Two white-space characters in a row, white space at either end, or white space other than U+0020. */
const ODD_SPACE = /\s\s|^\s|\s$|[^\S ]/;

/** Why a string is not canonical (several reasons may hold). */
export interface TextReasons {
  readonly nfd: boolean;
  readonly whitespace: boolean;
  readonly toneMarks: boolean;
}

/** Printable ASCII words with single spaces: canonical already (codes, numbers, dates). */
const PLAIN_ASCII = /^(?:[\x21-\x7e]+(?: [\x21-\x7e]+)*)?$/;

/** The reasons a string is not canonical, or `undefined` when it is. */
export function textReasons(value: string): TextReasons | undefined {
  if (PLAIN_ASCII.test(value) || normalizeVietnamese(value) === value) return undefined;
  const nfc = value.normalize("NFC");
  const spaced = nfc.replace(INVISIBLE_ALL, "").replace(/\s+/g, " ").trim();
  return {
    nfd: nfc !== value,
    whitespace: INVISIBLE.test(nfc) || ODD_SPACE.test(nfc),
    toneMarks: normalizeVietnamese(spaced) !== spaced,
  };
}

export class TextTally {
  records = 0;
  values = 0;
  nfd = 0;
  whitespace = 0;
  toneMarks = 0;
  readonly #fields = new BoundedCounter(500, `/${UNKNOWN}`);
  #current = false;

  /** Start a record. */
  begin(): void {
    this.#current = false;
  }

  /** Check one string of the record. */
  check(value: string, pattern: string): void {
    const reasons = textReasons(value);
    if (!reasons) return;
    this.values++;
    if (reasons.nfd) this.nfd++;
    if (reasons.whitespace) this.whitespace++;
    if (reasons.toneMarks) this.toneMarks++;
    this.#fields.add(pattern);
    if (!this.#current) {
      this.#current = true;
      this.records++;
    }
  }

  /** Whether the current record had non-canonical text. */
  get flagged(): boolean {
    return this.#current;
  }

  fields(top: number): TextFieldSummary[] {
    return this.#fields.top(top).map(({ key, count }) => ({ path: key, count }));
  }
}
