// Markdown to HTML with marked: heading ids for anchors, links rewritten for the site, wide
// tables in a scrollable region that keyboard users can reach.
import { Marked, Renderer } from "marked";
import { escapeHtml, textOf } from "./html.mjs";

/**
 * @typedef {object} MarkdownOptions
 * @property {import("./slug.mjs").Slugger} slugger ids already used on the page
 * @property {(href: string, kind: "link" | "image") => string} [rewriteHref] maps a link target
 *   as written in the Markdown to the URL the page must use
 */

/**
 * @param {string} source Markdown (GitHub flavour)
 * @param {MarkdownOptions} options
 * @returns {string} HTML
 */
export function renderMarkdown(source, options) {
  const { slugger, rewriteHref } = options;
  const marked = new Marked({ gfm: true, async: false });
  marked.use({
    walkTokens(token) {
      if (rewriteHref && (token.type === "link" || token.type === "image")) {
        token.href = rewriteHref(token.href, token.type);
      }
    },
    renderer: {
      heading({ tokens, depth }) {
        const inner = this.parser.parseInline(tokens);
        return `<h${depth} id="${escapeHtml(slugger(textOf(inner)))}">${inner}</h${depth}>\n`;
      },
      table(token) {
        const table = Renderer.prototype.table.call(this, token);
        return `<div class="table-scroll" role="region" aria-label="Table" tabindex="0">\n${table}</div>\n`;
      },
    },
  });
  return /** @type {string} */ (marked.parse(source));
}

/**
 * The fenced code blocks of a Markdown text, in order.
 * @param {string} source
 * @returns {{ lang: string, text: string }[]}
 */
export function codeBlocks(source) {
  const marked = new Marked({ gfm: true });
  /** @type {{ lang: string, text: string }[]} */
  const blocks = [];
  marked.walkTokens(marked.lexer(source), (token) => {
    if (token.type === "code") blocks.push({ lang: token.lang ?? "", text: token.text });
  });
  return blocks;
}

/**
 * One line of Markdown (a description from a schema annotation) as inline HTML.
 * @param {string} source
 * @returns {string}
 */
export function renderInline(source) {
  return /** @type {string} */ (new Marked({ gfm: true, async: false }).parseInline(source));
}
