import { describe, expect, it } from "vitest";
import { foldDiacritics, normalizeVietnamese } from "../src/index.js";
import { placeToneMark } from "../src/text/normalize-vietnamese.js";

describe("normalizeVietnamese", () => {
  it.each([
    // Old and new tone placement give the new style (FACTS §7).
    ["Khánh Hòa", "Khánh Hoà"],
    ["Khánh Hoà", "Khánh Hoà"],
    ["thủy", "thuỷ"],
    ["khỏe", "khoẻ"],
    ["HÒA BÌNH", "HOÀ BÌNH"],
    ["ủy ban", "uỷ ban"],
    // With a final consonant, or with a modified vowel, both styles agree and nothing moves.
    ["Hoàng", "Hoàng"],
    ["thuyền", "thuyền"],
    ["Nguyễn", "Nguyễn"],
    ["người", "người"],
    ["tuổi", "tuổi"],
    // ia, ua, ưa: the first vowel carries the tone; a misplaced mark moves there.
    ["mía", "mía"],
    ["cuả", "của"],
    ["mưà", "mừa"],
    // qu and gi belong to the initial.
    ["quý", "quý"],
    ["già", "già"],
    ["gìn giữ", "gìn giữ"],
    // Three vowels: the middle one.
    ["khuỷu", "khuỷu"],
    ["hoài", "hoài"],
    // Not Vietnamese syllables: untouched.
    ["café", "café"],
    ["Zürich", "Zürich"],
  ])("%s → %s", (input, expected) => {
    expect(normalizeVietnamese(input)).toBe(expected);
  });

  it("gives the same text for NFC and NFD input", () => {
    const nfc = "Nguyễn Thị Thủy, Phường Khánh Hòa";
    expect(normalizeVietnamese(nfc.normalize("NFD"))).toBe(normalizeVietnamese(nfc));
    expect(normalizeVietnamese(nfc.normalize("NFD"))).toBe("Nguyễn Thị Thuỷ, Phường Khánh Hoà");
  });

  it("collapses white space and removes invisible characters", () => {
    expect(normalizeVietnamese("\u00a0 Lê\u200b  Văn\t\nAn  ")).toBe("Lê Văn An");
  });

  it("changes case on request", () => {
    expect(normalizeVietnamese("nguyễn thị thủy", { case: "title" })).toBe("Nguyễn Thị Thuỷ");
    expect(normalizeVietnamese("Đặng Văn Hòa", { case: "upper" })).toBe("ĐẶNG VĂN HOÀ");
    expect(normalizeVietnamese("ĐẶNG VĂN HÒA", { case: "lower" })).toBe("đặng văn hoà");
  });

  it("answers empty text for a non-string", () => {
    expect(normalizeVietnamese(42 as unknown as string)).toBe("");
  });

  it("leaves a word with two tone marks as it is", () => {
    expect(placeToneMark("hóà")).toBe("hóà");
  });
});

describe("foldDiacritics", () => {
  it("removes every mark and folds đ", () => {
    expect(foldDiacritics("Đặng Thị Hoà, Phường Ngọc Hà")).toBe("Dang Thi Hoa, Phuong Ngoc Ha");
    expect(foldDiacritics("ƯƠ ươ Ă â")).toBe("UO uo A a");
    expect(foldDiacritics("Đặng".normalize("NFD"))).toBe("Dang");
  });
});
