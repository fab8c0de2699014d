// The HTML shell of every hand-written and generated page: landmarks (header, nav, main, footer),
// a skip link, the page language, and a Content-Security-Policy that allows no script at all.
import { escapeHtml } from "./html.mjs";
import { relativeUrl } from "./site-url.mjs";

/**
 * @typedef {"en" | "vi"} Lang
 */
/**
 * @typedef {object} Page
 * @property {string} path site path, e.g. `schemas/population.html`
 * @property {string} title the page's title (plain text)
 * @property {Lang} lang the language of most of the page
 * @property {string} body the HTML inside `<main>`
 * @property {string} [description] one sentence for `<meta name="description">`
 */
/**
 * @typedef {object} NavItem
 * @property {string} label
 * @property {Lang} [lang] when the label is not English
 * @property {string} path
 * @property {NavItem[]} [children]
 * @property {string} [childrenLabel] the label of the folded list of children
 */
/**
 * @typedef {{ label: string, items: NavItem[] }} NavGroup
 */

const CSP =
  "default-src 'none'; style-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'";

const SKIP_LINK = { en: "Skip to content", vi: "Chuyển đến nội dung chính" };

/**
 * @param {NavItem} item
 * @param {string} current the path of the page being rendered
 * @returns {boolean}
 */
function containsPage(item, current) {
  return (
    item.path === current || (item.children ?? []).some((child) => containsPage(child, current))
  );
}

/**
 * @param {NavItem[]} items
 * @param {string} current
 * @returns {string}
 */
function navList(items, current) {
  const entries = items.map((item) => {
    const lang = item.lang ? ` lang="${item.lang}"` : "";
    const here = item.path === current ? ' aria-current="page"' : "";
    const link = `<a href="${escapeHtml(relativeUrl(current, item.path))}"${here}${lang}>${escapeHtml(item.label)}</a>`;
    if (!item.children?.length) return `<li>${link}</li>`;
    // The long list of databases stays folded except on the pages it leads to; <details> needs no script.
    const open = containsPage(item, current) ? " open" : "";
    return `<li>${link}<details${open}><summary>${escapeHtml(item.childrenLabel ?? `${item.children.length} pages`)}</summary>${navList(item.children, current)}</details></li>`;
  });
  return `<ul>${entries.join("")}</ul>`;
}

/**
 * @param {Page} page
 * @param {{ nav: NavGroup[], footer: string }} site
 * @returns {string} the whole HTML document
 */
export function renderLayout(page, site) {
  const url = (/** @type {string} */ target) => escapeHtml(relativeUrl(page.path, target));
  const groups = site.nav
    .map(
      (group) =>
        `<p class="nav-heading">${escapeHtml(group.label)}</p>\n${navList(group.items, page.path)}`,
    )
    .join("\n");
  const description = page.description
    ? `\n<meta name="description" content="${escapeHtml(page.description)}">`
    : "";
  return `<!doctype html>
<html lang="${page.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<title>${escapeHtml(page.title)} · ndcvn</title>${description}
<link rel="icon" href="${url("assets/favicon.svg")}" type="image/svg+xml">
<link rel="stylesheet" href="${url("assets/site.css")}">
</head>
<body>
<a class="skip-link" href="#main">${SKIP_LINK[page.lang]}</a>
<header class="site-header" lang="en">
<a class="brand" href="${url("index.html")}">ndcvn <span>documentation</span></a>
</header>
<div class="layout">
<nav class="site-nav" aria-label="Documentation" lang="en">
${groups}
</nav>
<main id="main" tabindex="-1">
${page.body}
</main>
</div>
<footer class="site-footer" lang="en">
${site.footer}
</footer>
</body>
</html>
`;
}
