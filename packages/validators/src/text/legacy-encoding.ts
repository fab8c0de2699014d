// Detection and conversion of text typed in the legacy Vietnamese encodings TCVN3 (ABC) and VNI and
// then read as Windows-1252 / Latin-1: "NguyÔn V¨n An" (TCVN3) and "Nguyeãn Vaên An" (VNI) for
// "Nguyễn Văn An". Unicode (TCVN 6909:2001) is mandatory for state bodies since 2003 (Decision
// 72/2002/QĐ-TTg), but old records still carry these (FACTS §7). The tables and their sources are in
// legacy-encoding-tables.ts.
//
// Detection reads the text word by word. A word that contains a non-ASCII character and is not a
// Vietnamese syllable as it stands, but becomes one once decoded, is evidence for that encoding;
// words that stay or become non-syllables, and Vietnamese syllables that decoding would break, are
// evidence against. A syllable here is checked strictly: Vietnamese letters only, a known initial,
// a known rime (vowel group and final consonant), one tone at most, and only sắc or nặng before a
// final c, ch, p, t. Plain ASCII reads the same in every encoding and tells nothing.
//
// Limits, by design: one short word is often ambiguous ("mét" is TCVN3 for "một" and a word of its
// own; Portuguese "mãe" reads as TCVN3 "móe"), so detect on as much text as there is (all the fields
// of a record, a whole file) and pass the encoding to convertLegacyEncoding when the source is
// known. TCVN3 capitals with a tone mark come out lower case (see convertLegacyEncoding). VN1
// capitals (C0 and 0x80–0x9F), VISCII and VNI for Mac are not handled, nor is UTF-8 read as
// Windows-1252 ("Nguyá»…n"), which is reported as `unknown`: decode those bytes as UTF-8 instead.
import { TCVN3_DECODE, VNI_DECODE } from "./legacy-encoding-tables.js";
import { INITIALS, splitTone, VOWELS } from "./tone-marks.js";

/** A legacy encoding that can be converted. */
export type LegacyEncoding = "tcvn3" | "vni";

/**
 * What the text appears to be: `unicode` (fine as it is), `nfd` (Unicode with combining marks:
 * normalise to NFC), `tcvn3` or `vni` (legacy text read as Latin-1: convert), or `unknown` (damaged
 * in a way this module does not repair — replacement characters, UTF-8 read as Windows-1252 — or
 * equally well explained by both legacy encodings).
 */
export type DetectedEncoding = "unicode" | "nfd" | LegacyEncoding | "unknown";

/** The answer of {@link detectLegacyEncoding}. */
export interface EncodingDetection {
  readonly encoding: DetectedEncoding;
  /** 0–1: how strongly the text supports the answer. Plain ASCII gives `unicode` with 0.5. */
  readonly confidence: number;
}

/** Options of {@link repairVietnameseText}. */
export interface RepairOptions {
  /** The least detection confidence at which a legacy encoding is converted. @default 0.7 */
  readonly minConfidence?: number;
}

/** The answer of {@link repairVietnameseText}. */
export interface RepairResult {
  /** The text in NFC, converted from `from` when that is a legacy encoding. */
  readonly text: string;
  /** What the text was taken to be. A legacy guess below the confidence threshold is `unknown`. */
  readonly from: DetectedEncoding;
}

// Words: ASCII letters, every Latin-1 character from ¡ to ÿ (TCVN3 uses symbols such as ¨ ¸ µ and
// the soft hyphen as letters), and any other letter or mark. Digits, spaces and punctuation split.
const WORD = /[A-Za-z\u00A1-\u00FF\p{L}\p{M}]+/gu;
// Within a word, anything but an ASCII letter is non-ASCII.
const NON_ASCII = /[^A-Za-z]/;
const NON_LETTER = /[^\p{L}\p{M}]/u;
const LETTER = /\p{L}/gu;
// UTF-8 read as Windows-1252: a lead byte (Ã Ä Å Æ, or á + º/» for U+1Exx) then a continuation
// byte 0x80–0xBF, as Latin-1 or as its Windows-1252 character.
const CONTINUATION =
  "\\u0080-\\u00BF\\u0152\\u0153\\u0160\\u0161\\u0178\\u017D\\u017E\\u0192\\u02C6\\u02DC\\u2013\\u2014\\u2018-\\u201E\\u2020-\\u2022\\u2026\\u2030\\u2039\\u203A\\u20AC\\u2122";
const UTF8_AS_CP1252 = new RegExp(`[ÃÄÅÆ][${CONTINUATION}]|á[º»][${CONTINUATION}]`);

const REPORT_THRESHOLD = 0.6;
const DEFAULT_REPAIR_THRESHOLD = 0.7;
// Words that are syllables both as they stand and decoded ("Thò" is VNI for "Thị" and a Unicode word
// of its own; "Phông" is TCVN3 for "Phụng") count this much against a legacy reading, and half as
// much towards the amount of evidence once some word has been explained by it.
const AMBIGUOUS_WEIGHT = 0.2;

// ---------------------------------------------------------------------------------------------
// Vietnamese syllables

const ALPHABET = new Set([..."aăâbcdđeêghiklmnoôơpqrstuưvxy"]);
// Vowel group → allowed finals ("-" = none). k is accepted where c is, for the Central Highlands
// names written with it (Đắk Lắk).
const RIMES: Readonly<Record<string, string>> = {
  a: "- c ch m n ng nh p t",
  ă: "c m n ng p t",
  â: "c m n ng p t",
  e: "- c m n ng p t",
  ê: "- ch m n nh p t",
  i: "- ch m n nh p t",
  o: "- c m n ng p t",
  ô: "- c m n ng p t",
  ơ: "- m n p t",
  u: "- c m n ng p t",
  ư: "- c n ng t",
  y: "- ch n nh t",
  iê: "c m n ng p t",
  yê: "c m n ng p t",
  uô: "c m n ng t",
  ươ: "c m n ng p t",
  oa: "- c ch m n ng nh p t",
  oă: "c m n ng p t",
  oe: "- n t",
  oo: "c ng",
  uâ: "c n ng t",
  uê: "- ch n nh",
  uy: "- ch n nh p t",
  uyê: "n t",
  ai: "-",
  ao: "-",
  au: "-",
  ay: "-",
  âu: "-",
  ây: "-",
  eo: "-",
  êu: "-",
  ia: "-",
  iu: "-",
  oi: "-",
  ôi: "-",
  ơi: "-",
  ua: "-",
  ui: "-",
  uơ: "-",
  ưa: "-",
  ưi: "-",
  ưu: "-",
  iêu: "-",
  yêu: "-",
  oai: "-",
  oao: "-",
  oay: "-",
  oeo: "-",
  uây: "-",
  uôi: "-",
  ươi: "-",
  ươu: "-",
  uya: "-",
  uyu: "-",
};
const RIME_FINALS = new Map(
  Object.entries(RIMES).map(([vowels, finals]) => {
    const set = new Set(finals.split(" ").map((f) => (f === "-" ? "" : f)));
    if (set.has("c")) set.add("k");
    return [vowels, set] as const;
  }),
);
const STOP_FINALS = new Set(["c", "ch", "k", "p", "t"]);
const STOP_TONES = new Set(["\u0301", "\u0323"]);
const FRONT_VOWELS = new Set(["e", "ê", "i", "y"]);

/** True when the word (any case, NFC) is one Vietnamese syllable. */
function isSyllable(word: string): boolean {
  let tone = "";
  let bases = "";
  for (const letter of word.toLowerCase()) {
    const split = splitTone(letter);
    if (split.tone !== "") {
      if (tone !== "") return false;
      tone = split.tone;
    }
    if (!ALPHABET.has(split.base)) return false;
    bases += split.base;
  }
  for (const initial of INITIALS) {
    if (!bases.startsWith(initial)) continue;
    let end = initial.length;
    while (end < bases.length && VOWELS.has(bases[end] as string)) end++;
    const vowels = bases.slice(initial.length, end);
    const final = bases.slice(end);
    if (!RIME_FINALS.get(vowels)?.has(final)) continue;
    if (STOP_FINALS.has(final) && tone !== "" && !STOP_TONES.has(tone)) continue;
    // k, gh, ngh only before e, ê, i, y; c and ng never there.
    const front = FRONT_VOWELS.has(vowels[0] as string);
    if ((initial === "k" || initial === "gh" || initial === "ngh") && !front) continue;
    if ((initial === "c" || initial === "ng") && front) continue;
    return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Conversion

// A word typed for an all-capitals font (.VnTimeH) has capital ASCII letters and lower-case TCVN3
// bytes: "NGUYÔN" is NGUYỄN, not NGUYễN. A capital in first place only ("Hµ") is a capitalised word.
const ALL_CAPITALS = /^.+[A-Z]/su;
const ASCII_LOWER = /[a-z]/;

function decodeTcvn3Word(word: string): string {
  const capitals = ALL_CAPITALS.test(word) && !ASCII_LOWER.test(word);
  let out = "";
  for (const char of word) {
    const letter = TCVN3_DECODE.get(char);
    if (letter === undefined) out += char;
    else out += capitals ? letter.toUpperCase() : letter;
  }
  return out;
}

function decodeVniWord(word: string): string {
  const chars = [...word];
  let out = "";
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i] as string;
    const pair = VNI_DECODE.get(char + (chars[i + 1] ?? ""));
    if (pair !== undefined && i + 1 < chars.length) {
      out += pair;
      i++;
    } else {
      out += VNI_DECODE.get(char) ?? char;
    }
  }
  return out;
}

function decodeWord(word: string, from: LegacyEncoding): string {
  return from === "tcvn3" ? decodeTcvn3Word(word) : decodeVniWord(word);
}

/**
 * Convert text typed in TCVN3 (ABC) or VNI and read as Windows-1252 / Latin-1 to Unicode NFC.
 * Characters that are not part of the encoding are kept. The input is put in NFC first (legacy text
 * is precomposed Latin-1, which NFC leaves as it is).
 *
 * TCVN3 has no capitals with a tone mark (they were typed in an all-capitals font with the
 * lower-case bytes): they come out lower case, except in a word whose ASCII letters are all
 * capitals ("NGUYÔN" → "NGUYỄN"). The soft hyphen U+00AD is TCVN3's ư: convert before anything
 * strips invisible characters (`normalizeVietnamese` does).
 *
 * @example
 * ```ts
 * convertLegacyEncoding("NguyÔn V¨n An", "tcvn3");   // "Nguyễn Văn An"
 * convertLegacyEncoding("Tr\u00ADêng", "tcvn3");     // "Trường"
 * convertLegacyEncoding("Nguyeãn Vaên An", "vni");   // "Nguyễn Văn An"
 * ```
 */
export function convertLegacyEncoding(text: string, from: LegacyEncoding): string {
  if (typeof text !== "string") return "";
  const nfc = text.normalize("NFC");
  if (from !== "tcvn3" && from !== "vni") return nfc;
  return nfc.replace(WORD, (word) => decodeWord(word, from)).normalize("NFC");
}

// ---------------------------------------------------------------------------------------------
// Detection

interface Score {
  readonly encoding: LegacyEncoding;
  readonly confidence: number;
}

// Weight of a word by its length: one letter tells little, three or more tell a lot.
function lengthWeight(length: number): number {
  return length >= 3 ? 1 : length === 2 ? 0.5 : 0.15;
}

function scoreLegacy(words: readonly string[], encoding: LegacyEncoding): Score {
  let hits = 0;
  let against = 0;
  let ambiguous = 0;
  for (const word of words) {
    const asIs = isSyllable(word);
    const decoded = decodeWord(word, encoding).normalize("NFC");
    const weight = lengthWeight([...word].length);
    if (decoded === word) {
      against += weight; // Nothing to decode: a Unicode word, or one this encoding cannot explain.
      continue;
    }
    const valid = isSyllable(decoded);
    if (valid && !asIs) {
      // Weighed by the length of the word as it came, the same for both encodings (VNI decoding
      // shortens words); a one-letter syllable ("où" → ó) is easily had by chance. A symbol inside a
      // word ("V¨n", "§i") is a strong TCVN3 sign whatever the length.
      const letters = decoded.match(LETTER)?.length ?? 0;
      const symbol = word.length >= 2 && NON_LETTER.test(word);
      hits += symbol ? 1 : letters <= 1 ? lengthWeight(1) : weight;
    } else if (valid && asIs) {
      ambiguous += weight;
    } else {
      against += weight;
    }
  }
  if (hits === 0) return { encoding, confidence: 0 };
  const ratio = hits / (hits + against + AMBIGUOUS_WEIGHT * ambiguous);
  const evidence = Math.min(1, 0.5 + (hits + ambiguous / 2) / 3);
  return { encoding, confidence: round(ratio * evidence) };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

function legacyWords(nfc: string): string[] {
  return (nfc.match(WORD) ?? []).filter((word) => NON_ASCII.test(word));
}

/** The scores of both legacy readings of NFC text, the better first, and how many words counted. */
function bestLegacy(nfc: string): { best: Score; other: Score; words: number } {
  const words = legacyWords(nfc);
  const tcvn3 = scoreLegacy(words, "tcvn3");
  const vni = scoreLegacy(words, "vni");
  return tcvn3.confidence >= vni.confidence
    ? { best: tcvn3, other: vni, words: words.length }
    : { best: vni, other: tcvn3, words: words.length };
}

function classify(text: string, nfc: string): EncodingDetection {
  const { best, other, words } = bestLegacy(nfc);
  if (best.confidence >= REPORT_THRESHOLD) {
    if (other.confidence >= REPORT_THRESHOLD && best.confidence - other.confidence < 0.1)
      return { encoding: "unknown", confidence: 0.5 };
    return { encoding: best.encoding, confidence: best.confidence };
  }
  if (nfc.includes("\uFFFD") || UTF8_AS_CP1252.test(nfc))
    return { encoding: "unknown", confidence: 0.8 };
  if (text !== nfc) {
    // Decomposed: certain when NFC composes Vietnamese letters that Latin-1 does not have.
    const vietnamese = /[ăâđêôơưĂÂĐÊÔƠƯĩũĨŨ\u1EA0-\u1EF9]/.test(nfc);
    return { encoding: "nfd", confidence: vietnamese ? 0.95 : 0.8 };
  }
  if (words === 0) return { encoding: "unicode", confidence: 0.5 };
  const evidence = Math.min(1, 0.5 + words / 4);
  return {
    encoding: "unicode",
    confidence: round(Math.max(0.5, (1 - best.confidence) * evidence)),
  };
}

/**
 * Tell whether text is Unicode, decomposed Unicode (NFD), or TCVN3 / VNI legacy text read as
 * Windows-1252 / Latin-1, from the characters it uses and whether its words are Vietnamese
 * syllables as they stand or once decoded. Never throws; a non-string is `unknown` with 0.
 *
 * @example
 * ```ts
 * detectLegacyEncoding("NguyÔn V¨n An");     // { encoding: "tcvn3", confidence: 1 }
 * detectLegacyEncoding("Nguyeãn Vaên An");   // { encoding: "vni", confidence: 1 }
 * detectLegacyEncoding("Nguyễn Văn An");     // { encoding: "unicode", confidence: 1 }
 * detectLegacyEncoding("Nguyen Van An");     // { encoding: "unicode", confidence: 0.5 }
 * ```
 */
export function detectLegacyEncoding(text: string): EncodingDetection {
  if (typeof text !== "string") return { encoding: "unknown", confidence: 0 };
  return classify(text, text.normalize("NFC"));
}

/**
 * Repair Vietnamese text: convert it from TCVN3 or VNI when detection is confident enough, and
 * return it in NFC in every case. Text that would itself still look like legacy text once
 * converted is left alone, so the repair is idempotent: repairing its output changes nothing.
 * Never throws; a non-string gives empty text.
 *
 * @example
 * ```ts
 * repairVietnameseText("Ph\u00ADêng Ngäc Hµ");    // { text: "Phường Ngọc Hà", from: "tcvn3" }
 * repairVietnameseText("Ñaëng Vaên Hoaø");      // { text: "Đặng Văn Hoà", from: "vni" }
 * repairVietnameseText("Hà Nội".normalize("NFD")); // { text: "Hà Nội", from: "nfd" }
 * repairVietnameseText("café");                 // { text: "café", from: "unicode" }
 * ```
 */
export function repairVietnameseText(text: string, options: RepairOptions = {}): RepairResult {
  if (typeof text !== "string") return { text: "", from: "unknown" };
  const asked = options?.minConfidence;
  const minConfidence =
    typeof asked === "number" && Number.isFinite(asked) ? asked : DEFAULT_REPAIR_THRESHOLD;
  const nfc = text.normalize("NFC");
  const detection = classify(text, nfc);
  const { encoding } = detection;
  if (encoding !== "tcvn3" && encoding !== "vni") return { text: nfc, from: encoding };
  if (detection.confidence < minConfidence) return { text: nfc, from: "unknown" };
  const converted = convertLegacyEncoding(nfc, encoding);
  // The guard that makes repair idempotent: never hand back text we would convert again.
  if (bestLegacy(converted).best.confidence >= Math.min(minConfidence, REPORT_THRESHOLD))
    return { text: nfc, from: "unknown" };
  return { text: converted, from: encoding };
}
