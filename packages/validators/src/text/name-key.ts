// Keys for comparing names across records: diacritics folded, lower case, one space between words.
import { foldDiacritics } from "./fold-diacritics.js";
import { normalizeVietnamese } from "./normalize-vietnamese.js";
import { parsePersonName } from "./person-name.js";

export interface NameKeyOptions {
  /**
   * Treat northern and southern forms of the same family name as one: Huỳnh → Hoàng, Võ → Vũ
   * (FACTS §7). Applied to the family name only. @default false
   */
  readonly familyNameVariants?: boolean;
  /** Leave out the middle name(s). @default false */
  readonly dropMiddleName?: boolean;
  /** Keep diacritics (tone placement still canonical). @default false */
  readonly keepDiacritics?: boolean;
}

const FAMILY_VARIANTS: Readonly<Record<string, string>> = { huỳnh: "hoàng", võ: "vũ" };

/**
 * A comparison key for a person's name: "Nguyễn Thị Thu Hà" → `nguyen thi thu ha`. Names typed
 * without diacritics, in another case, with other spacing or tone placement, or in NFD give the
 * same key.
 *
 * @example
 * ```ts
 * import { nameKey } from "@ndcvn/validators";
 * nameKey("Huỳnh Văn Hòa", { familyNameVariants: true }); // "hoang van hoa"
 * nameKey("Nguyễn Thị Thu Hà", { dropMiddleName: true }); // "nguyen ha"
 * ```
 */
export function nameKey(fullName: string, options: NameKeyOptions = {}): string {
  const parts = parsePersonName(fullName);
  if (!parts) return "";
  const fold = (text: string) => {
    const lower = normalizeVietnamese(text, { case: "lower" });
    return options.keepDiacritics ? lower : foldDiacritics(lower);
  };
  const family = normalizeVietnamese(parts.familyName, { case: "lower" })
    .split(" ")
    .map((word) =>
      options.familyNameVariants && Object.hasOwn(FAMILY_VARIANTS, word)
        ? (FAMILY_VARIANTS[word] ?? word)
        : word,
    )
    .join(" ");
  const words = [
    fold(family),
    options.dropMiddleName ? "" : fold(parts.middleName ?? ""),
    fold(parts.givenName),
  ];
  return words.filter((word) => word !== "").join(" ");
}
