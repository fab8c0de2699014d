// Vietnamese tone marks and where they go. A syllable has one tone (level tone has no mark); in
// Unicode the tone is one of five combining marks, which NFC composes with the vowel — and with the
// circumflex, breve or horn that the vowel may already carry.

/** Combining marks of the five written tones: grave, acute, tilde, hook above, dot below. */
export const TONE_MARKS = new Set(["\u0300", "\u0301", "\u0303", "\u0309", "\u0323"]);

const TONED = new Map<string, { readonly base: string; readonly tone: string }>();
for (const base of "aăâeêioôơuưyAĂÂEÊIOÔƠUƯY") {
  for (const tone of TONE_MARKS) TONED.set(`${base}${tone}`.normalize("NFC"), { base, tone });
}

/** An NFC letter split into its base (circumflex, breve or horn kept) and its tone mark ("" if none). */
export function splitTone(letter: string): { readonly base: string; readonly tone: string } {
  return TONED.get(letter) ?? { base: letter, tone: "" };
}

/** The NFC letter of a base with a tone mark. */
export function withTone(base: string, tone: string): string {
  return tone === "" ? base : `${base}${tone}`.normalize("NFC");
}

/** Vietnamese vowel letters (lower case, toneless). */
export const VOWELS: ReadonlySet<string> = new Set([..."aăâeêioôơuưy"]);
const MODIFIED_VOWELS = new Set([..."ăâêôơư"]);
/** Initial consonants of a Vietnamese syllable, longest first ("" for none). */
export const INITIALS: readonly string[] = [
  "ngh",
  "ng",
  "gh",
  "gi",
  "kh",
  "nh",
  "ph",
  "qu",
  "th",
  "tr",
  "ch",
  "b",
  "c",
  "d",
  "đ",
  "g",
  "h",
  "k",
  "l",
  "m",
  "n",
  "p",
  "r",
  "s",
  "t",
  "v",
  "x",
  "",
];
const FINALS = new Set(["", "c", "ch", "m", "n", "ng", "nh", "p", "t"]);

/**
 * The index, within a lower-case toneless syllable, of the vowel that carries the tone, by the
 * placement rule this project uses ("new style": the tone goes on the main vowel, so `hoà`,
 * `thuỷ`, `khoẻ`), or -1 when the text is not a Vietnamese syllable.
 */
export function tonePosition(syllable: string): number {
  for (const initial of INITIALS) {
    if (!syllable.startsWith(initial)) continue;
    const start = initial.length;
    let end = start;
    while (end < syllable.length && VOWELS.has(syllable[end] as string)) end++;
    // In `gi` + vowel and `qu` + vowel the i/u belongs to the initial; in `gì`, `gìn` the i is the
    // vowel: `gi` then finds no vowel and the plain `g` is tried.
    const final = syllable.slice(end);
    if (end === start || !FINALS.has(final)) continue;
    const vowels = syllable.slice(start, end);
    if (vowels.length > 3) return -1;
    // A vowel with circumflex, breve or horn carries the tone; in ươ, the ơ.
    let modified = -1;
    for (let i = 0; i < vowels.length; i++)
      if (MODIFIED_VOWELS.has(vowels[i] as string)) modified = i;
    if (modified >= 0) return start + modified;
    if (vowels.length === 1) return start;
    if (final !== "") return start + vowels.length - 1;
    if (vowels.length === 3) return start + 1;
    // Open syllable, two vowels: oa, oe, uy have a medial glide and the tone on the second vowel;
    // in ai, ao, au, ay, eo, ia, iu, oi, ua, ui, … the first vowel is the main one.
    return vowels === "oa" || vowels === "oe" || vowels === "uy" ? start + 1 : start;
  }
  return -1;
}
