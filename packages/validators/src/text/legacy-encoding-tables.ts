// Character tables of the two legacy Vietnamese 8-bit encodings that still arrive in old data,
// TCVN3 (ABC) and VNI-Windows, as they look once the bytes were read as Windows-1252 / Latin-1.
// Every byte these tables use is 0xA0–0xFF, where Windows-1252 and Latin-1 agree, so a byte b shows
// up as the code point U+00b.
//
// TCVN3 is VN3 of TCVN 5712:1993 (VSCII-3, "ABC", the .VnTime fonts): ASCII plus 67 lower-case
// letters, the 7 capitals Ă Â Đ Ê Ô Ơ Ư and the no-break space. Capitals with a tone mark are not in
// VN3: they were typed with the lower-case bytes in a separate all-capitals font (.VnTimeH), so the
// bytes alone say "lower case". VN2 (VSCII-2) adds 16 capitals with a tone mark in unused positions
// of the upper half; they are decoded too (no VN3 text uses those bytes), never produced. VN1's
// other capitals (in C0 and 0x80–0x9F, which Windows-1252 turns into quotation marks and dashes)
// and VN1/VN2's combining tone marks at 0xB0–0xB4 (° ± ² ³ ´) are not decoded.
//
// VNI-Windows (VNI Software, proprietary; VNI-Times and other VNI fonts) writes most letters as two
// bytes, an ASCII base letter followed by a byte that the font draws as a mark over it ("aù" = á),
// and a few letters as one byte (ñ = đ, ô = ơ, ö = ư, i with tones, ỵ). The mark byte is the
// upper-case one after an upper-case base.
//
// Sources, each table checked against at least two independent ones (2025):
//   TCVN3 — GNU libiconv lib/tcvn.h ("TCVN-5712", Bruno Haible; upper half 0xA0–0xFF); UniKey's
//           VnConv library ukengine/data.cpp, TCVN3 table (Pham Kim Long); xvnkb tcvn.h (Dao Hai
//           Lam); Wikipedia "VSCII" for which characters make VN3 and VN2. All agree on the 74 VN3
//           letters and the 16 VN2 capitals below.
//   VNI   — UniKey VnConv ukengine/data.cpp, VNI-WIN table; xvnkb vni.h; duydev/vietnamese-conversion
//           src/charsets.ts. All agree.
// Disagreements found, and what this table does:
//   - Capitals with a tone mark in TCVN3: UniKey writes them with the lower-case byte (Á → 0xB8,
//     as the .VnTime fonts force); duydev/vietnamese-conversion writes the plain capital followed by
//     the lower-case toned byte (Á → "A¸"), which VN3 fonts show as two letters. We follow UniKey
//     and VN3: such capitals are not representable, and "A¸" decodes as "Aá".
//   - A smaller converter snippet seen in the search maps 0xD0 (Ð) to đ; libiconv, UniKey and xvnkb
//     all give é, which we use (đ is 0xAE).

/** Combining tone marks in the order of the tables: sắc, huyền, hỏi, ngã, nặng. */
export const TONE_ORDER = ["\u0301", "\u0300", "\u0309", "\u0303", "\u0323"] as const;

/**
 * TCVN3 (VN3) bytes of each lower-case vowel: [without tone, sắc, huyền, hỏi, ngã, nặng]. 0 means
 * the ASCII letter itself.
 */
export const TCVN3_VOWELS: Readonly<Record<string, readonly number[]>> = {
  a: [0, 0xb8, 0xb5, 0xb6, 0xb7, 0xb9],
  ă: [0xa8, 0xbe, 0xbb, 0xbc, 0xbd, 0xc6],
  â: [0xa9, 0xca, 0xc7, 0xc8, 0xc9, 0xcb],
  e: [0, 0xd0, 0xcc, 0xce, 0xcf, 0xd1],
  ê: [0xaa, 0xd5, 0xd2, 0xd3, 0xd4, 0xd6],
  i: [0, 0xdd, 0xd7, 0xd8, 0xdc, 0xde],
  o: [0, 0xe3, 0xdf, 0xe1, 0xe2, 0xe4],
  ô: [0xab, 0xe8, 0xe5, 0xe6, 0xe7, 0xe9],
  ơ: [0xac, 0xed, 0xea, 0xeb, 0xec, 0xee],
  u: [0, 0xf3, 0xef, 0xf1, 0xf2, 0xf4],
  ư: [0xad, 0xf8, 0xf5, 0xf6, 0xf7, 0xf9], // 0xAD is the soft hyphen in Latin-1: "Tr­êng" hides it.
  y: [0, 0xfd, 0xfa, 0xfb, 0xfc, 0xfe], // 0xFD is ý in both.
};

/** The other VN3 letters: đ and the seven capitals without tone mark. */
export const TCVN3_LETTERS: Readonly<Record<string, number>> = {
  đ: 0xae,
  Ă: 0xa1,
  Â: 0xa2,
  Ê: 0xa3,
  Ô: 0xa4,
  Ơ: 0xa5,
  Ư: 0xa6,
  Đ: 0xa7,
};

/** VN2 capitals with a tone mark in the upper half: decoded, never produced. */
export const TCVN3_VN2_CAPITALS: Readonly<Record<string, number>> = {
  Ằ: 0xaf,
  Ẳ: 0xba,
  Ẵ: 0xbf,
  Ắ: 0xc0,
  Ầ: 0xc1,
  Ẩ: 0xc2,
  Ẫ: 0xc3,
  Ấ: 0xc4,
  Ề: 0xc5,
  Ể: 0xcd,
  Ễ: 0xd9,
  Ế: 0xda,
  Ồ: 0xdb,
  Ổ: 0xe0,
  Ỗ: 0xf0,
  Ố: 0xff,
};

/** VNI mark bytes (lower-case form) that add a tone: index into TONE_ORDER. */
export const VNI_TONE_MARKS: Readonly<Record<string, number>> = {
  ù: 0,
  ø: 1,
  û: 2,
  õ: 3,
  ï: 4,
};

/** VNI mark bytes that add a circumflex (on a, e, o), with a tone (index) or none (-1). */
export const VNI_CIRCUMFLEX_MARKS: Readonly<Record<string, number>> = {
  â: -1,
  á: 0,
  à: 1,
  å: 2,
  ã: 3,
  ä: 4,
};

/** VNI mark bytes that add a breve (on a only), with a tone (index) or none (-1). */
export const VNI_BREVE_MARKS: Readonly<Record<string, number>> = {
  ê: -1,
  é: 0,
  è: 1,
  ú: 2,
  ü: 3,
  ë: 4,
};

/** VNI letters written with one byte (lower-case form; the capital byte is its Latin-1 capital). */
export const VNI_SINGLE_LETTERS: Readonly<Record<string, string>> = {
  ñ: "đ",
  ô: "ơ",
  ö: "ư",
  í: "í",
  ì: "ì",
  æ: "ỉ",
  ó: "ĩ",
  ò: "ị",
  î: "ỵ",
};

/** VNI single-byte letters that also take a tone mark byte after them: ô (ơ) and ö (ư). */
const VNI_TONED_SINGLE_BASES = ["ô", "ö"];

const compose = (text: string) => text.normalize("NFC");

function buildTcvn3(): Map<string, string> {
  const map = new Map<string, string>();
  for (const [vowel, bytes] of Object.entries(TCVN3_VOWELS)) {
    bytes.forEach((byte, i) => {
      if (byte === 0) return;
      const tone = i === 0 ? "" : TONE_ORDER[i - 1];
      map.set(String.fromCharCode(byte), compose(vowel + tone));
    });
  }
  for (const [letter, byte] of Object.entries(TCVN3_LETTERS))
    map.set(String.fromCharCode(byte), letter);
  for (const [letter, byte] of Object.entries(TCVN3_VN2_CAPITALS))
    map.set(String.fromCharCode(byte), letter);
  return map;
}

function buildVni(): Map<string, string> {
  const lower = new Map<string, string>();
  const tone = (i: number) => (i < 0 ? "" : TONE_ORDER[i]);
  for (const [mark, i] of Object.entries(VNI_TONE_MARKS)) {
    // ỵ is the single byte î, not y + ï.
    for (const base of "aeouy")
      if (!(base === "y" && i === 4)) lower.set(base + mark, base + tone(i));
    for (const base of VNI_TONED_SINGLE_BASES)
      lower.set(base + mark, (VNI_SINGLE_LETTERS[base] as string) + tone(i));
  }
  for (const [mark, i] of Object.entries(VNI_CIRCUMFLEX_MARKS))
    for (const base of "aeo") lower.set(base + mark, `${base}\u0302${tone(i)}`);
  for (const [mark, i] of Object.entries(VNI_BREVE_MARKS))
    lower.set(`a${mark}`, `a\u0306${tone(i)}`);
  for (const [byte, letter] of Object.entries(VNI_SINGLE_LETTERS)) lower.set(byte, letter);
  const map = new Map<string, string>();
  for (const [bytes, letter] of lower) {
    map.set(bytes, compose(letter));
    map.set(bytes.toUpperCase(), compose(letter).toUpperCase());
  }
  return map;
}

/** TCVN3 character (as read in Latin-1) → Unicode letter (NFC): the 74 VN3 and 16 VN2 letters. */
export const TCVN3_DECODE: ReadonlyMap<string, string> = buildTcvn3();

/**
 * VNI sequence (one or two characters, as read in Latin-1) → Unicode letter (NFC): all 134
 * Vietnamese letters other than the ASCII ones.
 */
export const VNI_DECODE: ReadonlyMap<string, string> = buildVni();
