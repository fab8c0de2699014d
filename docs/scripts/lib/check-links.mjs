// A link checker for the built site, in plain Node: every `href` and `src` of every HTML file that
// stays inside the site must name a file of the site, and a `#fragment` an id in that file.
import { existsSync, readFileSync, statSync } from "node:fs";
import { readdir } from "node:fs/promises";
import path from "node:path";

const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;
const TAG = /<[a-zA-Z][a-zA-Z0-9-]*\b[^>]*>/g;
const LINK_ATTRIBUTE = /\s(?:href|src)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi;
const ID_ATTRIBUTE = /\s(?:id|name)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi;

/**
 * @typedef {{ file: string, href: string, reason: string }} BrokenLink
 * @typedef {{ files: number, links: number, broken: BrokenLink[] }} LinkReport
 */

/**
 * @param {string} value an attribute value as written in HTML
 */
function decodeEntities(value) {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

/**
 * The markup of a page without comments and script or style bodies, whose text is not links.
 * @param {string} html
 */
function markupOf(html) {
  return html
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/(<script\b[^>]*>)[\s\S]*?<\/script>/gi, "$1</script>")
    .replace(/(<style\b[^>]*>)[\s\S]*?<\/style>/gi, "$1</style>");
}

/**
 * @param {string} markup
 * @param {RegExp} attribute a global pattern whose groups 1–3 hold the value
 * @returns {string[]}
 */
function attributeValues(markup, attribute) {
  const values = [];
  for (const tag of markup.match(TAG) ?? []) {
    for (const match of tag.matchAll(attribute)) {
      values.push(decodeEntities(match[1] ?? match[2] ?? match[3] ?? ""));
    }
  }
  return values;
}

/**
 * @param {string} siteDir
 * @param {{ skip?: (target: string) => boolean }} [options] `skip` is given each target's path in
 *   the site (`api/index.html`) and leaves out the links it returns true for
 * @returns {Promise<LinkReport>}
 */
export async function checkLinks(siteDir, options = {}) {
  const root = path.resolve(siteDir);
  const entries = await readdir(root, { withFileTypes: true, recursive: true });
  const pages = entries
    .filter((entry) => entry.isFile() && entry.name.endsWith(".html"))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
  /** @type {Map<string, Set<string>>} */
  const idCache = new Map();
  const idsOf = (/** @type {string} */ file) => {
    let ids = idCache.get(file);
    if (!ids) {
      ids = new Set(attributeValues(markupOf(readFileSync(file, "utf8")), ID_ATTRIBUTE));
      idCache.set(file, ids);
    }
    return ids;
  };

  /** @type {BrokenLink[]} */
  const broken = [];
  let links = 0;
  for (const page of pages) {
    const relativePage = path.relative(root, page).split(path.sep).join("/");
    for (const href of attributeValues(markupOf(readFileSync(page, "utf8")), LINK_ATTRIBUTE)) {
      if (EXTERNAL.test(href)) continue;
      links += 1;
      const hash = href.indexOf("#");
      const beforeHash = hash === -1 ? href : href.slice(0, hash);
      const fragment = hash === -1 ? "" : href.slice(hash + 1);
      const target = beforeHash.split("?")[0] ?? "";
      const report = (/** @type {string} */ reason) =>
        broken.push({ file: relativePage, href, reason });
      let file = page;
      if (target !== "") {
        let decoded;
        try {
          decoded = decodeURIComponent(target);
        } catch {
          report("the path is not valid percent-encoding");
          continue;
        }
        file = decoded.startsWith("/")
          ? path.join(root, decoded)
          : path.resolve(path.dirname(page), decoded);
        if (!file.startsWith(root + path.sep) && file !== root) {
          report("it leads outside the site");
          continue;
        }
        if (options.skip?.(path.relative(root, file).split(path.sep).join("/"))) {
          links -= 1;
          continue;
        }
        if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, "index.html");
        if (!existsSync(file)) {
          report("no such file");
          continue;
        }
      }
      if (fragment === "" || !/\.(html|svg)$/.test(file)) continue;
      let id;
      try {
        id = decodeURIComponent(fragment);
      } catch {
        report("the fragment is not valid percent-encoding");
        continue;
      }
      if (!idsOf(file).has(id)) report(`no element with id "${id}"`);
    }
  }
  return { files: pages.length, links, broken };
}
