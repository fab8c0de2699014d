// Diacritic folding for keys that must match whether or not the text was typed with diacritics.

const COMBINING = /[\u0300-\u036f]/g;

/**
 * Remove every diacritic: tone marks, circumflex, breve and horn; `đ`/`Đ` (which Unicode does not
 * decompose) become `d`/`D`.
 *
 * @example
 * ```ts
 * import { foldDiacritics } from "@ndcvn/validators";
 * foldDiacritics("Đặng Thị Hoà"); // "Dang Thi Hoa"
 * ```
 */
export function foldDiacritics(text: string): string {
  if (typeof text !== "string") return "";
  return text
    .normalize("NFD")
    .replace(COMBINING, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .normalize("NFC");
}
