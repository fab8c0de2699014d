// Name keys at linkage speed. The output is exactly `nameKey` of @ndcvn/validators (a differential
// test holds them together): the same text functions, applied word by word with a cache, because
// one population repeats a few thousand words across millions of names while a whole-name call
// costs tens of microseconds. The split into family, middle and given name is parsePersonName's,
// asked once per distinct start of a name (it depends on the first four words and the word count).
import { foldDiacritics, normalizeVietnamese, parsePersonName } from "@ndcvn/validators";

/** Options of a name key, as `nameKey` takes them. */
export interface NameKeyOptions {
  readonly familyNameVariants?: boolean;
  readonly dropMiddleName?: boolean;
  readonly keepDiacritics?: boolean;
}

// The steps of normalizeVietnamese before the word-level ones: NFC, invisible characters out,
// white space split (the same characters as its own patterns).
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const SPACE = /\s+/;
// FACTS §7: southern and northern forms of one family name (as nameKey's familyNameVariants).
const FAMILY_VARIANTS: Readonly<Record<string, string>> = { huỳnh: "hoàng", võ: "vũ" };
const CACHE_LIMIT = 200_000;

interface WordForms {
  /** The word as parsePersonName writes it (title case, canonical tone placement). */
  readonly title: string;
  /** Lower case with diacritics. */
  readonly lower: string;
  /** Lower case without diacritics. */
  readonly folded: string;
}

const words = new Map<string, WordForms>();
const familyWordCounts = new Map<string, number>();

function formsOf(raw: string): WordForms {
  let forms = words.get(raw);
  if (forms === undefined) {
    const title = normalizeVietnamese(raw, { case: "title" });
    const lower = normalizeVietnamese(title, { case: "lower" });
    forms = { title, lower, folded: foldDiacritics(lower) };
    if (words.size >= CACHE_LIMIT) words.clear();
    words.set(raw, forms);
  }
  return forms;
}

/**
 * How many leading words are the family name. parsePersonName decides from the first four words
 * and whether the name has more than four, so it is asked with those alone.
 */
function familyWordCount(title: readonly string[]): number {
  if (title.length < 2) return 0;
  const probe = title.slice(0, 4);
  if (title.length > 4) probe.push("X");
  const key = probe.join(" ");
  let count = familyWordCounts.get(key);
  if (count === undefined) {
    const parts = parsePersonName(key);
    count = parts && parts.familyName !== "" ? parts.familyName.split(" ").length : 0;
    if (familyWordCounts.size >= CACHE_LIMIT) familyWordCounts.clear();
    familyWordCounts.set(key, count);
  }
  return count;
}

/** The words of a name as parsePersonName sees them, each with its forms; empty for no word. */
function nameWords(fullName: string): WordForms[] {
  const out: WordForms[] = [];
  for (const raw of fullName.normalize("NFC").replace(INVISIBLE, "").split(SPACE)) {
    if (raw === "") continue;
    const forms = formsOf(raw);
    // A word can vanish in normalisation (nothing but marks a title case drops): parsePersonName
    // splits the normalised text, so such a word is not a word.
    if (forms.title !== "") out.push(forms);
  }
  return out;
}

/**
 * The same string as `nameKey(fullName, options)` of @ndcvn/validators.
 */
export function fastNameKey(fullName: string, options: NameKeyOptions = {}): string {
  if (typeof fullName !== "string") return "";
  const all = nameWords(fullName);
  if (all.length === 0) return "";
  const form = options.keepDiacritics ? "lower" : "folded";
  if (all.length === 1) return (all[0] as WordForms)[form];
  const needsSplit =
    options.dropMiddleName === true ||
    options.familyNameVariants === true ||
    // nameKey leaves out a part whose key is empty: only the split can tell which part that is.
    all.some((w) => w[form] === "");
  if (!needsSplit) {
    let out = (all[0] as WordForms)[form];
    for (let i = 1; i < all.length; i++) out += ` ${(all[i] as WordForms)[form]}`;
    return out;
  }
  const familyCount = familyWordCount(all.map((w) => w.title));
  const family = all.slice(0, familyCount).map((w) => {
    // Own keys only: nameKey reads the table with `[word]`, so "constructor" would give a function.
    const variant =
      options.familyNameVariants && Object.hasOwn(FAMILY_VARIANTS, w.lower)
        ? FAMILY_VARIANTS[w.lower]
        : undefined;
    return variant === undefined ? w[form] : formsOf(variant)[form];
  });
  const middle = options.dropMiddleName ? [] : all.slice(familyCount, -1).map((w) => w[form]);
  const given = (all[all.length - 1] as WordForms)[form];
  return [family.join(" "), middle.join(" "), given].filter((part) => part !== "").join(" ");
}

/** The words of the name key in code-unit order: the same for "Nguyễn Văn An" and "An Văn Nguyễn". */
export function sortedNameWords(fullName: string, options: NameKeyOptions = {}): string {
  const key = fastNameKey(fullName, options);
  if (key === "") return "";
  return key
    .split(" ")
    .filter((word) => word !== "")
    .sort()
    .join(" ");
}
