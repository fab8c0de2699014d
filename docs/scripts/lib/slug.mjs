// Heading ids. The rule follows GitHub's, so that anchors written in a package README
// (`[payloads](#payloads)`) keep working on the site: lower case, punctuation dropped, spaces to
// hyphens, letters with diacritics kept (`#tiếng-việt`), `-1`, `-2` … for repeats.

/**
 * @typedef {{ (text: string): string, reserve: (id: string) => void }} Slugger
 */

/**
 * @returns {Slugger} a slugger that remembers the ids already used on one page
 */
export function createSlugger() {
  const used = new Set();
  const repeats = new Map();
  /** @type {Slugger} */
  const slug = (text) => {
    const base =
      text
        .normalize("NFC")
        .toLowerCase()
        .trim()
        .replace(/[^\p{L}\p{M}\p{N}\s_-]/gu, "")
        .replace(/\s/g, "-") || "section";
    let id = base;
    let count = repeats.get(base) ?? 0;
    while (used.has(id)) {
      count += 1;
      id = `${base}-${count}`;
    }
    repeats.set(base, count);
    used.add(id);
    return id;
  };
  slug.reserve = (id) => {
    used.add(id);
  };
  return slug;
}
