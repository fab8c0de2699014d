// A package's guide is its README, the page npm and GitHub show too: one text, kept next to the
// code it describes. Here it becomes a site page, with its links rewritten for the site.
import { escapeHtml } from "./html.mjs";
import { codeBlocks, renderMarkdown } from "./markdown.mjs";
import { rewriteRepoLink } from "./repo-links.mjs";
import { relativeUrl } from "./site-url.mjs";
import { createSlugger } from "./slug.mjs";

/**
 * @typedef {import("./packages.mjs").PackageInfo} PackageInfo
 * @typedef {import("./repo-links.mjs").RepoLinkContext} RepoLinkContext
 * @typedef {import("./layout.mjs").Page} Page
 */

/**
 * The line under a package's page: where the text comes from and where its API is described.
 * @param {PackageInfo} info
 * @param {string} page
 */
function sourceNote(info, page) {
  const api = info.apiPage
    ? ` The <a href="${escapeHtml(relativeUrl(page, info.apiPage))}">API reference of ${escapeHtml(info.npmName)}</a> lists every export.`
    : "";
  return `<p class="source-note">This text is the package's README (<code>packages/${escapeHtml(info.name)}/README.md</code>).${api}</p>`;
}

/**
 * A package's README as HTML for the given page, or a notice when it has none yet.
 * @param {PackageInfo} info
 * @param {string} page the site path of the page it goes on
 * @param {import("./slug.mjs").Slugger} slugger
 * @param {RepoLinkContext} context
 * @returns {string}
 */
export function readmeHtml(info, page, slugger, context) {
  if (info.readme === undefined) {
    context.warn(`packages/${info.name}/README.md is missing: ${page} says so`);
    return `<h1 id="${escapeHtml(slugger(info.npmName))}">${escapeHtml(info.npmName)}</h1>
<p class="notice">${escapeHtml(info.npmName)} is not documented yet: its README was missing when this site was built. ${escapeHtml(info.description)}</p>`;
  }
  const html = renderMarkdown(info.readme, {
    slugger,
    rewriteHref: (href, kind) =>
      rewriteRepoLink(href, kind, { baseDir: `packages/${info.name}`, page }, context),
  });
  return `${html}\n${sourceNote(info, page)}`;
}

/**
 * The example a package's README opens with (its first code block), for the getting-started page.
 * @param {PackageInfo | undefined} info
 * @param {string} name the package folder name, for the notice when the package is missing
 * @param {string} page
 * @param {RepoLinkContext} context
 * @returns {string}
 */
export function readmeExampleHtml(info, name, page, context) {
  const block = info?.readme === undefined ? undefined : codeBlocks(info.readme)[0];
  if (!info || !block) {
    context.warn(`packages/${name}/README.md has no example yet: ${page} says so`);
    return `<p class="notice">The example of <code>@ndcvn/${escapeHtml(name)}</code> will appear here: the package's README did not exist when this site was built.</p>`;
  }
  const guide = info.page
    ? ` — <a href="${escapeHtml(relativeUrl(page, info.page))}">the ${escapeHtml(info.npmName)} guide</a> explains it`
    : "";
  const lang = block.lang ? ` class="language-${escapeHtml(block.lang)}"` : "";
  return `<figure class="example">
<pre><code${lang}>${escapeHtml(block.text)}\n</code></pre>
<figcaption>From the README of <code>${escapeHtml(info.npmName)}</code>${guide}.</figcaption>
</figure>`;
}

/**
 * The guide page of a package that has a README and no reference page of its own.
 * @param {PackageInfo} info
 * @param {RepoLinkContext} context
 * @returns {Page | undefined}
 */
export function guidePage(info, context) {
  if (info.readme === undefined || info.page === undefined) return undefined;
  const slugger = createSlugger();
  return {
    path: info.page,
    lang: "en",
    title: info.npmName,
    description: info.description,
    body: readmeHtml(info, info.page, slugger, context),
  };
}
