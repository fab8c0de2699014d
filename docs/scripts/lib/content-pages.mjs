// Hand-written pages, docs/content/*.md. A page can pull generated material in with a directive,
// an HTML comment on a line of its own: `<!-- ndc:readme-example validators -->`.
import { textOf } from "./html.mjs";
import { renderMarkdown } from "./markdown.mjs";
import { createSlugger } from "./slug.mjs";

const DIRECTIVE = /<!-- ndc:([a-z-]+)(?: ([a-z0-9-]+))? -->\n?/g;

/**
 * @typedef {import("./layout.mjs").Page} Page
 * @typedef {(argument: string | undefined, page: string, slugger: import("./slug.mjs").Slugger) => string} Directive
 */

/**
 * @param {object} options
 * @param {string} options.file the content file, for messages (`docs/content/index.md`)
 * @param {string} options.source its Markdown
 * @param {string} options.path the site path of the page
 * @param {string} options.description
 * @param {Record<string, Directive>} options.directives
 * @returns {Page}
 */
export function contentPage({ file, source, path, description, directives }) {
  const slugger = createSlugger();
  const html = renderMarkdown(source, { slugger }).replace(DIRECTIVE, (_, name, argument) => {
    const directive = directives[name];
    if (!directive) throw new Error(`${file}: unknown directive ndc:${name}`);
    return directive(argument, path, slugger);
  });
  const heading = /<h1\b[^>]*>([\s\S]*?)<\/h1>/.exec(html);
  if (!heading?.[1]) throw new Error(`${file}: a page needs a level-1 heading`);
  return { path, lang: "en", title: textOf(heading[1]), description, body: html };
}
