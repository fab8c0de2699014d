// Splitting a Vietnamese full name into family name, middle name(s) and given name ("họ, chữ đệm
// và tên", Civil Code 91/2015/QH13 art. 26). The split is a reading, not a fact: when the record
// holds the parts, they win.
import { normalizeVietnamese } from "./normalize-vietnamese.js";

/** The parts of a full name. */
export interface PersonNameParts {
  /** The whole name, normalised. */
  readonly fullName: string;
  readonly familyName: string;
  /** Absent when the name has no middle name. */
  readonly middleName?: string;
  readonly givenName: string;
  /** True when another split is as plausible (e.g. whether a second family name is a middle name). */
  readonly ambiguous: boolean;
}

// Family names of more than one word that are one family name (historic and royal lineages).
const COMPOUND_FAMILY_NAMES = [
  "công tằng tôn nữ",
  "tôn thất",
  "tôn nữ",
  "âu dương",
  "tư mã",
  "gia cát",
];

// The compound family names split into normalised words, made once on first use: normalising them
// on every call was most of the cost of parsing a name.
let compoundWords: readonly (readonly string[])[] | undefined;
function compoundFamilyNames(): readonly (readonly string[])[] {
  compoundWords ??= COMPOUND_FAMILY_NAMES.map((name) => normalizeVietnamese(name).split(" "));
  return compoundWords;
}

// Common family names (FACTS §7 and the long tail of frequent ones); a second word from this list
// may be a second family name ("Nguyễn Lê Bảo Anh").
const FAMILY_NAMES = new Set(
  [
    "nguyễn",
    "trần",
    "lê",
    "phạm",
    "hoàng",
    "huỳnh",
    "phan",
    "vũ",
    "võ",
    "đặng",
    "bùi",
    "đỗ",
    "hồ",
    "ngô",
    "dương",
    "lý",
    "đinh",
    "đoàn",
    "trương",
    "lâm",
    "mai",
    "trịnh",
    "cao",
    "lương",
    "tạ",
    "hà",
    "tô",
    "quách",
  ].map((name) => normalizeVietnamese(name)),
);

// Middle names so common that a second word from FAMILY_NAMES is more likely a middle name when
// the third word is one of these.
const COMMON_MIDDLE = new Set(
  ["văn", "thị", "hữu", "đức", "công", "quang", "minh", "ngọc", "thanh"].map((n) =>
    normalizeVietnamese(n),
  ),
);

/**
 * Split a full name into family, middle and given name. Known compound family names ("Tôn Thất")
 * stay whole; two family names in a row are read as a double family name only when at least two
 * more words follow and the third is not a common middle name, and the reading is then marked
 * `ambiguous`. Returns `undefined` for text without a word.
 *
 * @example
 * ```ts
 * import { parsePersonName } from "@ndcvn/validators";
 * parsePersonName("nguyễn thị thu hà");
 * // { fullName: "Nguyễn Thị Thu Hà", familyName: "Nguyễn", middleName: "Thị Thu", givenName: "Hà", ambiguous: false }
 * ```
 */
export function parsePersonName(fullName: string): PersonNameParts | undefined {
  if (typeof fullName !== "string") return undefined;
  const normalized = normalizeVietnamese(fullName, { case: "title" });
  const words = normalized.split(" ").filter((word) => word !== "");
  if (words.length === 0) return undefined;
  const lower = words.map((word) => word.toLowerCase());
  if (words.length === 1)
    return { fullName: normalized, familyName: "", givenName: words[0] as string, ambiguous: true };

  let familyWords = 1;
  let ambiguous = false;
  const compound = compoundFamilyNames().find(
    (parts) => parts.length < words.length && parts.every((part, i) => lower[i] === part),
  );
  if (compound) {
    familyWords = compound.length;
  } else if (
    words.length >= 4 &&
    FAMILY_NAMES.has(lower[0] as string) &&
    FAMILY_NAMES.has(lower[1] as string) &&
    !COMMON_MIDDLE.has(lower[2] as string)
  ) {
    familyWords = 2;
    ambiguous = true;
  }
  const familyName = words.slice(0, familyWords).join(" ");
  const middle = words.slice(familyWords, -1).join(" ");
  const givenName = words[words.length - 1] as string;
  return {
    fullName: normalized,
    familyName,
    ...(middle ? { middleName: middle } : {}),
    givenName,
    ambiguous,
  };
}
