// Legacy encodings TCVN3 (ABC) and VNI: tables, round trips through an encoder built here from the
// tables (inverted), detection on realistic and foreign text, and properties (fast-check).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  convertLegacyEncoding,
  detectLegacyEncoding,
  type LegacyEncoding,
  repairVietnameseText,
} from "../src/text/legacy-encoding.js";
import {
  TCVN3_DECODE,
  TCVN3_VN2_CAPITALS,
  TONE_ORDER,
  VNI_DECODE,
} from "../src/text/legacy-encoding-tables.js";

// Every Vietnamese letter that is not ASCII: 12 vowels × 6 tones less the 6 plain ASCII vowels, and
// đ — 67 lower-case and 67 capitals.
const BASES = [..."aăâeêioôơuưy"];
const LOWER = [
  ...BASES.flatMap((base) => ["", ...TONE_ORDER].map((tone) => (base + tone).normalize("NFC"))),
  "đ",
].filter((letter) => !/^[a-z]$/.test(letter));
const UPPER = LOWER.map((letter) => letter.toUpperCase());
const VN2_CAPITALS = new Set(Object.keys(TCVN3_VN2_CAPITALS));

// Encoders: the decoding tables inverted. TCVN3 (VN3) has no capitals with a tone mark; like
// UniKey, the encoder writes them with the lower-case byte.
const TCVN3_ENCODE = new Map<string, string>();
for (const [byte, letter] of TCVN3_DECODE)
  if (!VN2_CAPITALS.has(letter)) TCVN3_ENCODE.set(letter, byte);
const VNI_ENCODE = new Map<string, string>();
for (const [bytes, letter] of VNI_DECODE) VNI_ENCODE.set(letter, bytes);

function encode(text: string, to: LegacyEncoding): string {
  let out = "";
  for (const char of text.normalize("NFC")) {
    if (to === "vni") out += VNI_ENCODE.get(char) ?? char;
    else out += TCVN3_ENCODE.get(char) ?? TCVN3_ENCODE.get(char.toLowerCase()) ?? char;
  }
  return out;
}

// What TCVN3 keeps of a letter: a capital with a tone mark becomes lower case.
const tcvn3Case = (letter: string) =>
  UPPER.includes(letter) && !TCVN3_ENCODE.has(letter) ? letter.toLowerCase() : letter;

describe("tables", () => {
  it("TCVN3: 74 VN3 letters and 16 VN2 capitals, one byte each, from 0xA1 to 0xFF", () => {
    expect(TCVN3_DECODE.size).toBe(90);
    expect(TCVN3_ENCODE.size).toBe(74);
    expect(new Set(TCVN3_DECODE.values()).size).toBe(90);
    for (const [byte, letter] of TCVN3_DECODE) {
      expect(byte.length).toBe(1);
      expect(byte.charCodeAt(0)).toBeGreaterThanOrEqual(0xa1);
      expect(letter).toBe(letter.normalize("NFC"));
    }
    // VN3 = all 67 lower-case letters and the 7 capitals without tone mark.
    expect([...TCVN3_ENCODE.keys()].sort()).toEqual(
      [...LOWER, ..."ĂÂĐÊÔƠƯ"].sort((a, b) => (a < b ? -1 : 1)),
    );
  });

  it("TCVN3: bytes as in TCVN 5712 (libiconv, UniKey, xvnkb)", () => {
    const bytes: [number, string][] = [
      [0xb8, "á"],
      [0xb5, "à"],
      [0xa8, "ă"],
      [0xa9, "â"],
      [0xae, "đ"],
      [0xa7, "Đ"],
      [0xad, "ư"],
      [0xd0, "é"], // Not đ, as one converter has it.
      [0xd4, "ễ"],
      [0xe9, "ộ"],
      [0xea, "ờ"],
      [0xf8, "ứ"],
      [0xfd, "ý"],
      [0xfe, "ỵ"],
      [0xc0, "Ắ"], // VN2
      [0xff, "Ố"], // VN2
    ];
    for (const [byte, letter] of bytes)
      expect(TCVN3_DECODE.get(String.fromCharCode(byte))).toBe(letter);
  });

  it("VNI: every Vietnamese letter in both cases, marks in the case of their base", () => {
    expect(VNI_DECODE.size).toBe(134);
    expect(new Set(VNI_DECODE.values())).toEqual(new Set([...LOWER, ...UPPER]));
    const sequences: [string, string][] = [
      ["aù", "á"],
      ["aâ", "â"],
      ["aá", "ấ"],
      ["aê", "ă"],
      ["aú", "ẳ"],
      ["oâ", "ô"],
      ["ô", "ơ"],
      ["öø", "ừ"],
      ["ñ", "đ"],
      ["Ñ", "Đ"],
      ["ó", "ĩ"],
      ["î", "ỵ"],
      ["EÃ", "Ễ"],
      ["ÔÙ", "Ớ"],
    ];
    for (const [bytes, letter] of sequences) expect(VNI_DECODE.get(bytes)).toBe(letter);
  });
});

describe("round trip through the inverted tables", () => {
  it("TCVN3: every lower-case letter, and the capitals that VN3 has", () => {
    for (const letter of [...LOWER, ..."ĂÂĐÊÔƠƯ"]) {
      expect(convertLegacyEncoding(encode(letter, "tcvn3"), "tcvn3")).toBe(letter);
      expect(convertLegacyEncoding(encode(`x${letter}x`, "tcvn3"), "tcvn3")).toBe(`x${letter}x`);
    }
  });

  it("TCVN3: a capital with a tone mark comes back lower case, except in an all-capitals word", () => {
    for (const capital of UPPER.filter((c) => !TCVN3_ENCODE.has(c))) {
      const lower = capital.toLowerCase();
      expect(convertLegacyEncoding(encode(`${capital}x`, "tcvn3"), "tcvn3")).toBe(`${lower}x`);
      expect(convertLegacyEncoding(encode(`X${capital}X`, "tcvn3"), "tcvn3")).toBe(`X${capital}X`);
    }
    expect(convertLegacyEncoding("NGUYÔN V¨N AN", "tcvn3")).toBe("NGUYỄN VĂN AN");
    expect(convertLegacyEncoding("Hµ", "tcvn3")).toBe("Hà");
  });

  it("TCVN3: the VN2 capitals decode, though VN3 cannot write them", () => {
    for (const [capital, byte] of Object.entries(TCVN3_VN2_CAPITALS))
      expect(convertLegacyEncoding(`x${String.fromCharCode(byte)}`, "tcvn3")).toBe(`x${capital}`);
  });

  it("VNI: every letter in both cases, alone and between letters", () => {
    for (const letter of [...LOWER, ...UPPER]) {
      expect(convertLegacyEncoding(encode(letter, "vni"), "vni")).toBe(letter);
      for (const around of ["a", "o", "u", "N", "ư", "ơ"])
        expect(convertLegacyEncoding(encode(`${around}${letter}${around}`, "vni"), "vni")).toBe(
          `${around}${letter}${around}`,
        );
    }
  });

  it("VNI: a mark byte without a base it can go on stays as it is", () => {
    expect(convertLegacyEncoding("Zürich", "vni")).toBe("Zürich");
    expect(convertLegacyEncoding("aÙ Aù", "vni")).toBe("aÙ Aù");
    expect(convertLegacyEncoding("iù", "vni")).toBe("iù");
  });

  it("the examples of the brief", () => {
    expect(convertLegacyEncoding("NguyÔn V¨n An", "tcvn3")).toBe("Nguyễn Văn An");
    expect(convertLegacyEncoding("Nguyeãn Vaên An", "vni")).toBe("Nguyễn Văn An");
    expect(convertLegacyEncoding("Tr\u00adêng", "tcvn3")).toBe("Trường");
  });
});

const NAMES = [
  "Nguyễn Thị Thu Hà",
  "Phường Ngọc Hà, Thành phố Hà Nội",
  "Đặng Văn Hoà",
  "Trần Quốc Toản",
  "Lê Thị Hồng Gấm",
  "Phạm Ngọc Thạch, Phường Võ Thị Sáu, Quận 3",
  "Huỳnh Tấn Phát",
  "Bùi Thị Xuân, Xã Quảng Điền, Tỉnh Thừa Thiên Huế",
  "Vũ Trọng Phụng",
  "Số 12 ngõ 34 phố Hàng Bạc, Phường Hoàn Kiếm",
  "Trương Định, Thị xã Gò Công",
  "Đỗ Nhuận",
  "Ngô Gia Tự, Xã Đắk Mil, Tỉnh Lâm Đồng",
  "Dương Quảng Hàm",
  "Hồ Xuân Hương",
  "Nguyễn Ngọc Ánh",
  "Tổ dân phố số 5, Phường Khương Đình",
];
const ENCODINGS: LegacyEncoding[] = ["tcvn3", "vni"];

describe("realistic names and addresses (synthetic)", () => {
  for (const encoding of ENCODINGS)
    it.each(NAMES)(`${encoding}: %s is detected and converted back`, (name) => {
      const legacy = encode(name, encoding);
      // TCVN3 loses the capital of a toned capital (in a word that is not all capitals).
      const expected = encoding === "vni" ? name : [...name].map(tcvn3Case).join("");
      const detection = detectLegacyEncoding(legacy);
      expect(detection.encoding).toBe(encoding);
      expect(detection.confidence).toBeGreaterThanOrEqual(0.7);
      expect(convertLegacyEncoding(legacy, encoding)).toBe(expected);
      expect(repairVietnameseText(legacy)).toEqual({ text: expected, from: encoding });
    });

  it("a toned capital in TCVN3 is lost, as documented", () => {
    expect(repairVietnameseText(encode("Nguyễn Ngọc Ánh", "tcvn3")).text).toBe("Nguyễn Ngọc ánh");
  });

  it("all-capitals TCVN3 (typed for a .VnTimeH font)", () => {
    expect(repairVietnameseText("TRÇN QUèC TO¶N")).toEqual({
      text: "TRẦN QUỐC TOẢN",
      from: "tcvn3",
    });
  });

  it("the whole list at once", () => {
    const text = NAMES.join("; ");
    for (const encoding of ENCODINGS) {
      const detection = detectLegacyEncoding(encode(text, encoding));
      expect(detection.encoding).toBe(encoding);
      expect(detection.confidence).toBeGreaterThanOrEqual(0.9);
    }
  });
});

describe("no false alarms", () => {
  const unicode = [
    ...NAMES,
    "Lê Tô Hà",
    "Hà Lê",
    "Thị xã Đắk Lắk",
    "Hoà Bình, Khánh Hòa, thuỷ, thủy",
    "Cộng hoà xã hội chủ nghĩa Việt Nam — Độc lập, Tự do, Hạnh phúc",
  ];
  it.each(unicode)("Unicode Vietnamese: %s", (text) => {
    const detection = detectLegacyEncoding(text);
    expect(detection.encoding).toBe("unicode");
    expect(detection.confidence).toBeGreaterThanOrEqual(0.75);
    expect(repairVietnameseText(text)).toEqual({ text, from: "unicode" });
  });

  const foreign = [
    "café",
    "Zürich",
    "Ærø",
    "où",
    "Je ne sais pas où est le café, à côté de la gare",
    "Müller, Straße 5, München",
    "São Paulo, España, Peña, Ñuñoa",
    "« Bonjour » — naïve façade, déjà vu",
    "Raúl Núñez, Bogotá",
    "Smørrebrød på Ærø",
    "25 °C ± 2, 3 × 4 ÷ 2, ½ µg",
  ];
  it.each(foreign)("other languages: %s", (text) => {
    expect(detectLegacyEncoding(text).encoding).toBe("unicode");
    expect(repairVietnameseText(text)).toEqual({ text, from: "unicode" });
  });

  it.each(["Nguyen Van An", "The quick brown fox", "0123456789", "+84 912 345 678", ""])(
    "ASCII and numbers tell nothing: %j",
    (text) => {
      expect(detectLegacyEncoding(text)).toEqual({ encoding: "unicode", confidence: 0.5 });
      expect(repairVietnameseText(text)).toEqual({ text, from: "unicode" });
    },
  );

  it("one short word is not enough to convert", () => {
    expect(repairVietnameseText("Hµ")).toEqual({ text: "Hµ", from: "unknown" });
    expect(repairVietnameseText("Hµ", { minConfidence: 0.6 })).toEqual({
      text: "Hà",
      from: "tcvn3",
    });
  });
});

describe("decomposed and damaged text", () => {
  it("NFD Vietnamese is nfd, repaired to NFC", () => {
    const nfd = "Nguyễn Thị Thủy, Phường Khánh Hòa".normalize("NFD");
    expect(detectLegacyEncoding(nfd)).toEqual({ encoding: "nfd", confidence: 0.95 });
    expect(repairVietnameseText(nfd)).toEqual({
      text: nfd.normalize("NFC"),
      from: "nfd",
    });
  });

  it("UTF-8 read as Windows-1252 and replacement characters are unknown, and left alone", () => {
    for (const text of ["Nguyá»…n VÄƒn An", "Tráº§n Quá»‘c Toáº£n", "Nguy\ufffdn V\ufffdn An"]) {
      expect(detectLegacyEncoding(text).encoding).toBe("unknown");
      expect(repairVietnameseText(text)).toEqual({ text, from: "unknown" });
    }
  });

  it("non-strings", () => {
    expect(detectLegacyEncoding(42 as unknown as string)).toEqual({
      encoding: "unknown",
      confidence: 0,
    });
    expect(convertLegacyEncoding(null as unknown as string, "vni")).toBe("");
    expect(repairVietnameseText(undefined as unknown as string)).toEqual({
      text: "",
      from: "unknown",
    });
  });
});

// Arbitraries: Vietnamese syllable-like text, the same in a legacy encoding, Latin-1 soup (the
// alphabet of legacy text), and anything.
const vietnameseLetter = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...LOWER, ...UPPER) },
  { weight: 3, arbitrary: fc.constantFrom(..."bcdghklmnpqrstvxaeiouyNTHGB") },
);
const vietnameseText = fc
  .array(
    fc.oneof(
      fc.string({ unit: vietnameseLetter, minLength: 1, maxLength: 7 }),
      fc.constantFrom(" ", ", ", "-", " 12 "),
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(""));
const latin1 = fc.string({
  unit: fc.integer({ min: 0x20, max: 0xff }).map((c) => String.fromCharCode(c)),
  maxLength: 40,
});
const anyText = fc.oneof(
  vietnameseText,
  vietnameseText.map((text) => encode(text, "tcvn3")),
  vietnameseText.map((text) => encode(text, "vni")),
  latin1,
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.tuple(latin1, vietnameseText).map(([a, b]) => `${a} ${b}`),
);

// The characters each encoding reads: TCVN3 its bytes; VNI its bytes and the base letters.
const TCVN3_CHARS = new Set(TCVN3_DECODE.keys());
const VNI_CHARS = new Set([...VNI_DECODE.keys()].flatMap((bytes) => [...bytes]));

function codePointCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const c of text.normalize("NFD")) counts.set(c, (counts.get(c) ?? 0) + 1);
  return counts;
}

describe("properties", () => {
  it("repairVietnameseText never throws and is idempotent on its output", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const once = repairVietnameseText(text);
        expect(once.text).toBe(once.text.normalize("NFC"));
        expect(repairVietnameseText(once.text).text).toBe(once.text);
      }),
      { numRuns: 3000 },
    );
    fc.assert(fc.property(fc.anything(), (value) => void repairVietnameseText(value as string)));
  });

  it("detection never throws and gives a confidence between 0 and 1", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const { confidence } = detectLegacyEncoding(text);
        expect(confidence).toBeGreaterThanOrEqual(0);
        expect(confidence).toBeLessThanOrEqual(1);
      }),
    );
  });

  it("converting never loses a character that is not part of the encoding", () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom(...ENCODINGS), (text, encoding) => {
        const chars = encoding === "tcvn3" ? TCVN3_CHARS : VNI_CHARS;
        const kept = [...text.normalize("NFC")].filter((c) => !chars.has(c)).join("");
        const out = codePointCounts(convertLegacyEncoding(text, encoding));
        for (const [c, n] of codePointCounts(kept))
          expect(out.get(c) ?? 0).toBeGreaterThanOrEqual(n);
      }),
      { numRuns: 2000 },
    );
  });

  it("encoded Vietnamese text converts back", () => {
    fc.assert(
      fc.property(vietnameseText, (text) => {
        expect(convertLegacyEncoding(encode(text, "vni"), "vni")).toBe(text);
        const lower = text.toLowerCase();
        expect(convertLegacyEncoding(encode(lower, "tcvn3"), "tcvn3")).toBe(lower);
      }),
      { numRuns: 2000 },
    );
  });
});
