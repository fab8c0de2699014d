// HTML escaping for the pages the build writes. Every value that comes from data (schema
// annotations, code lists, package READMEs) passes through here before it reaches a page.

const ESCAPES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/**
 * Escapes text for an HTML text node or a double-quoted attribute value.
 * @param {unknown} value
 * @returns {string}
 */
export function escapeHtml(value) {
  return String(value ?? "").replace(/[&<>"']/g, (char) => ESCAPES[/** @type {"&"} */ (char)]);
}

/**
 * Removes the tags of an HTML fragment and decodes the few entities marked and this build emit,
 * giving the plain text a reader sees (for slugs and page titles).
 * @param {string} html
 * @returns {string}
 */
export function textOf(html) {
  return html
    .replace(/<[^>]*>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&")
    .trim();
}
