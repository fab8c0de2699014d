// Links written in a package README are relative to the README's folder in the repository. On the
// site they must lead to the page that shows the same thing (another package's guide, the schema
// reference, a code list), or to the file on GitHub when the site does not show it.
import { copyFileSync, existsSync, mkdirSync, statSync } from "node:fs";
import path from "node:path";
import { codeListPagePath, recordAnchor, schemaPagePath } from "./schema-model.mjs";
import { relativeUrl } from "./site-url.mjs";

/** The branch GitHub links point to. */
export const DEFAULT_BRANCH = "main";

const IMAGE = /\.(png|jpe?g|gif|svg|webp)$/i;

/**
 * @typedef {object} RepoLinkContext
 * @property {string} repoRoot absolute path of the repository
 * @property {string} repoUrl e.g. `https://github.com/ndcvn/ndcvn`
 * @property {string} outDir the site folder, where linked images are copied
 * @property {(name: string) => string | undefined} packagePage the site page of a package, if any
 * @property {Set<string>} schemaPages site paths of the schema reference pages
 * @property {Set<string>} codeLists names of the code lists
 * @property {(message: string) => void} warn
 */

/**
 * The site path that shows a repository file, if the site shows it.
 * @param {string} repoPath posix path from the repository root, no leading slash
 * @param {string} fragment without `#`, or ""
 * @param {RepoLinkContext} context
 * @returns {string | undefined} a site path with its fragment
 */
function sitePathFor(repoPath, fragment, context) {
  const withFragment = (/** @type {string} */ sitePath) =>
    fragment ? `${sitePath}#${fragment}` : sitePath;
  if (repoPath === "README.md" || repoPath === "") return withFragment("index.html");
  const reference = /^packages\/schemas\/reference(?:\/(README\.md|[a-z0-9-]+\.md))?$/.exec(
    repoPath,
  );
  if (reference) {
    const file = reference[1];
    if (!file || file === "README.md") return withFragment("schemas/index.html");
    const page = schemaPagePath(file.slice(0, -".md".length));
    return context.schemaPages.has(page) ? withFragment(page) : undefined;
  }
  const codeList = /^packages\/schemas\/codelists\/([a-z0-9-]+)\.json$/.exec(repoPath);
  if (codeList?.[1] && context.codeLists.has(codeList[1]))
    return withFragment(codeListPagePath(codeList[1]));
  const document = /^packages\/schemas\/schemas\/([a-z0-9-]+)\/([A-Za-z0-9]+)\.schema\.json$/.exec(
    repoPath,
  );
  if (document?.[1] && document[2]) {
    const page = schemaPagePath(document[1]);
    if (context.schemaPages.has(page)) return `${page}#${recordAnchor(document[2])}`;
  }
  const packageReadme = /^packages\/([a-z0-9-]+)(?:\/README\.md)?$/.exec(repoPath);
  if (packageReadme?.[1]) {
    const page = context.packagePage(packageReadme[1]);
    if (page) return withFragment(page);
  }
  return undefined;
}

/**
 * Rewrites one link of a Markdown file of the repository for the page that shows it.
 * @param {string} href the link as written
 * @param {"link" | "image"} kind
 * @param {object} where
 * @param {string} where.baseDir the Markdown file's folder, from the repository root (posix)
 * @param {string} where.page the site path of the page being written
 * @param {RepoLinkContext} context
 * @returns {string}
 */
export function rewriteRepoLink(href, kind, where, context) {
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith("//") || href.startsWith("#"))
    return href;
  const hash = href.indexOf("#");
  const target = hash === -1 ? href : href.slice(0, hash);
  const fragment = hash === -1 ? "" : href.slice(hash + 1);
  const repoPath = (
    target.startsWith("/")
      ? path.posix.normalize(target.slice(1))
      : path.posix.normalize(path.posix.join(where.baseDir, target))
  ).replace(/\/$/, "");
  if (repoPath.startsWith("..")) {
    context.warn(`${where.page}: the link ${href} leaves the repository; kept as written`);
    return href;
  }
  const sitePath = sitePathFor(repoPath === "." ? "" : repoPath, fragment, context);
  if (sitePath) return relativeUrl(where.page, sitePath);

  const file = path.join(context.repoRoot, repoPath);
  if (!existsSync(file)) {
    context.warn(`${where.page}: the link ${href} names ${repoPath}, which does not exist`);
    return `${context.repoUrl}/blob/${DEFAULT_BRANCH}/${repoPath}`;
  }
  if (kind === "image" && IMAGE.test(repoPath)) {
    // Images are copied, so that the page shows them offline.
    const sitePath = `assets/repo/${repoPath}`;
    mkdirSync(path.dirname(path.join(context.outDir, sitePath)), { recursive: true });
    copyFileSync(file, path.join(context.outDir, sitePath));
    return relativeUrl(where.page, sitePath);
  }
  const view = statSync(file).isDirectory() ? "tree" : "blob";
  const url = `${context.repoUrl}/${view}/${DEFAULT_BRANCH}/${repoPath}`;
  return fragment ? `${url}#${fragment}` : url;
}
