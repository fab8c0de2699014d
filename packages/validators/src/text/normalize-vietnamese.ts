// Vietnamese text normalisation, version NORMALIZER_VERSION. The specification:
//   1. Unicode NFC (TCVN 6909:2001 text is precomposed; NFD input becomes the same text).
//   2. Zero-width characters and soft hyphens are removed; every run of white space becomes one
//      space; leading and trailing space is removed.
//   3. Each Vietnamese syllable gets its tone mark on the vowel of the "new style" placement: the
//      main vowel, so that open syllables oa, oe, uy carry it on the second vowel (hoà, khoẻ,
//      thuỷ), the style of the 2026 official list of administrative units. "Hòa" and "Hoà" become
//      the same text. Words that are not Vietnamese syllables (loanwords, codes) are left as they are.
//   4. Optionally, case: lower, upper, or each word capitalised (`title`).
import { splitTone, tonePosition, withTone } from "./tone-marks.js";

export interface NormalizeOptions {
  /** Change of case after normalisation. @default "preserve" */
  readonly case?: "preserve" | "lower" | "upper" | "title";
}

const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const SPACE = /\s+/g;
const WORD = /\p{L}+/gu;

/** The word with its tone mark moved to the canonical vowel, or the word unchanged. */
export function placeToneMark(word: string): string {
  const letters = [...word];
  let tone = "";
  let toneCount = 0;
  const bases = letters.map((letter) => {
    const split = splitTone(letter);
    if (split.tone !== "") {
      tone = split.tone;
      toneCount++;
    }
    return split.base;
  });
  if (toneCount !== 1) return word;
  const position = tonePosition(bases.join("").toLowerCase());
  if (position < 0) return word;
  bases[position] = withTone(bases[position] as string, tone);
  return bases.join("");
}

// A first letter whose capital is longer (ligatures such as "ﬀ") stays as it is, so that title case
// is idempotent.
function titleCase(word: string): string {
  const [first = "", ...rest] = word;
  const capital = first.toUpperCase();
  return (capital.length === first.length ? capital : first) + rest.join("").toLowerCase();
}

/**
 * Normalise Vietnamese text: NFC, invisible characters removed, white space collapsed, one
 * canonical tone-mark placement ("Hòa" → "Hoà"), and optionally a change of case. Idempotent, and
 * the same for NFC and NFD input.
 *
 * @example
 * ```ts
 * import { normalizeVietnamese } from "@ndcvn/validators";
 * normalizeVietnamese("  Khánh   Hòa ");               // "Khánh Hoà"
 * normalizeVietnamese("nguyễn thị thủy", { case: "title" }); // "Nguyễn Thị Thuỷ"
 * ```
 */
export function normalizeVietnamese(text: string, options: NormalizeOptions = {}): string {
  if (typeof text !== "string") return "";
  let out = text.normalize("NFC").replace(INVISIBLE, "").replace(SPACE, " ").trim();
  out = out.replace(WORD, placeToneMark);
  switch (options?.case) {
    case "lower":
      out = out.toLowerCase();
      break;
    case "upper":
      out = out.toUpperCase();
      break;
    case "title":
      out = out.replace(WORD, titleCase);
      break;
  }
  // A change of case can decompose (Greek capitals with accents): compose again.
  return out.normalize("NFC");
}
