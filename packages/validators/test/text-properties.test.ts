// Properties of the text functions on arbitrary text (fast-check).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldDiacritics, nameKey, normalizeVietnamese, parsePersonName } from "../src/index.js";

const VIETNAMESE = [..."aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ"];
const letter = fc.oneof(
  fc.constantFrom(...VIETNAMESE, ...VIETNAMESE.map((c) => c.toUpperCase())),
  fc.constantFrom(..."bcdghklmnpqrstvx"),
);
// Syllable-like words and arbitrary Unicode, with assorted white space.
const vietnameseText = fc
  .array(
    fc.oneof(
      fc.string({ unit: letter, minLength: 1, maxLength: 7 }),
      fc.constantFrom(" ", "  ", "\t", "\u200b", "\u00a0"),
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(""));
const anyText = fc.oneof(
  vietnameseText,
  fc.string({ unit: "grapheme", maxLength: 60 }),
  fc.string({ unit: "binary", maxLength: 60 }),
);
const cases = ["preserve", "lower", "upper", "title"] as const;

describe("normalizeVietnamese", () => {
  it("is idempotent, for every case option", () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom(...cases), (text, textCase) => {
        const once = normalizeVietnamese(text, { case: textCase });
        expect(normalizeVietnamese(once, { case: textCase })).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });

  it("gives the same result for NFC and NFD input", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(normalizeVietnamese(text.normalize("NFD"))).toBe(
          normalizeVietnamese(text.normalize("NFC")),
        );
      }),
      { numRuns: 2000 },
    );
  });

  it("outputs NFC with no leading, trailing or double white space", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const out = normalizeVietnamese(text);
        expect(out).toBe(out.normalize("NFC"));
        expect(out).toBe(out.trim());
        expect(out).not.toMatch(/\s\s/);
      }),
    );
  });

  it("never throws on any value and is quick on a huge text", () => {
    fc.assert(fc.property(fc.anything(), (value) => void normalizeVietnamese(value as string)));
    const huge = "Nguyễn Thị Thủy ".repeat(100_000);
    expect(normalizeVietnamese(huge).length).toBeGreaterThan(0);
  });
});

describe("foldDiacritics, parsePersonName, nameKey", () => {
  it("fold to ASCII letters for Vietnamese text, idempotently", () => {
    fc.assert(
      fc.property(vietnameseText, (text) => {
        const folded = foldDiacritics(text);
        expect(
          [...folded].every((c) => c.charCodeAt(0) < 0x80 || c === "\u00a0" || c === "\u200b"),
        ).toBe(true);
        expect(foldDiacritics(folded)).toBe(folded);
      }),
    );
  });

  it("name keys do not depend on case, diacritics, tone placement or Unicode form", () => {
    fc.assert(
      fc.property(vietnameseText, (text) => {
        const key = nameKey(text);
        expect(nameKey(text.normalize("NFD").toUpperCase())).toBe(key);
        expect(nameKey(foldDiacritics(text))).toBe(key);
        expect(nameKey(key)).toBe(key);
      }),
      { numRuns: 2000 },
    );
  });

  it("parsed parts put together give the full name again", () => {
    fc.assert(
      fc.property(vietnameseText, (text) => {
        const parts = parsePersonName(text);
        if (!parts) return;
        expect(
          [parts.familyName, parts.middleName, parts.givenName].filter(Boolean).join(" "),
        ).toBe(parts.fullName);
      }),
    );
  });

  it("never throw on any value", () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        foldDiacritics(value as string);
        parsePersonName(value as string);
        nameKey(value as string);
      }),
    );
  });
});
