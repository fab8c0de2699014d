// Tone-placement variant: in the open syllables oa, oe, uy the tone mark goes on the first vowel in
// the old style ("Hòa", "Khỏe", "Thủy") and on the second in the new style ("Hoà", "Khoẻ", "Thuỷ");
// official texts use both (FACTS §7). The fault switches every such syllable of the name to the
// other placement: a name written in the new style — the one `normalizeVietnamese` produces —
// comes out in the old style, and the reverse. Applicable where the name has such a syllable with
// a tone mark.
import type { DraftFault } from "./fault.js";
import { changesName, mapNameParts } from "./name-parts.js";

const TONES = ["\u0300", "\u0301", "\u0303", "\u0309", "\u0323"];
const TONED = new Map<string, { readonly base: string; readonly tone: string }>();
for (const base of "aeiouyAEIOUY") {
  for (const tone of TONES) TONED.set(`${base}${tone}`.normalize("NFC"), { base, tone });
}
const VOWELS = new Set([..."aăâeêioôơuưy"]);
const PAIRS = new Set(["oa", "oe", "uy"]);

function withTone(base: string, tone: string): string {
  return `${base}${tone}`.normalize("NFC");
}

/** The word with its oa/oe/uy tone mark on the other vowel, or the word unchanged. */
export function switchTonePlacement(word: string): string {
  const letters = [...word.normalize("NFC")];
  const n = letters.length;
  if (n < 2) return word;
  const first = TONED.get(letters[n - 2] as string);
  const second = TONED.get(letters[n - 1] as string);
  const bases = letters.map((letter) => TONED.get(letter)?.base ?? letter);
  const pair = `${bases[n - 2]}${bases[n - 1]}`.toLowerCase();
  if (!PAIRS.has(pair)) return word;
  const before = (bases[n - 3] ?? "").toLowerCase();
  // "quy": the u belongs to the initial qu; a third vowel makes another nucleus (oai, uya, …).
  if (before === "q" || VOWELS.has(before)) return word;
  // Exactly one tone mark in the word, on one of the two vowels.
  const toned = letters.filter((letter) => TONED.has(letter)).length;
  if (toned !== 1) return word;
  if (first) {
    letters[n - 2] = first.base;
    letters[n - 1] = withTone(letters[n - 1] as string, first.tone);
  } else if (second) {
    letters[n - 1] = second.base;
    letters[n - 2] = withTone(letters[n - 2] as string, second.tone);
  } else {
    return word;
  }
  return letters.join("");
}

/** Every word of the text with its tone placement switched where it can be. */
export function switchTonePlacementInText(text: string): string {
  return text.replace(/\p{L}+/gu, switchTonePlacement);
}

export const tonePlacement: DraftFault = {
  name: "tonePlacement",
  applies: (draft) => changesName(draft.name, switchTonePlacementInText),
  apply(draft) {
    draft.name = mapNameParts(draft.name, switchTonePlacementInText);
  },
};
