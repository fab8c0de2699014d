// The @ndcvn packages the site documents, found in packages/ at build time: packages still being
// written (no README yet) are listed but get no guide page.
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { escapeHtml } from "./html.mjs";
import { relativeUrl } from "./site-url.mjs";

/** The order of the architecture: each package builds on the ones before it. */
export const PACKAGE_ORDER = [
  "schemas",
  "validators",
  "synth",
  "client",
  "linkage",
  "sandbox",
  "cli",
];

/**
 * Packages whose page is a reference page, `docs/content/<name>.md`, which embeds the README and
 * adds generated reference material (the operations the sandbox serves, the CLI's help).
 */
export const REFERENCE_PACKAGES = new Set(["sandbox", "cli"]);

/**
 * Whether a package has a public entry point yet; TypeDoc documents only those.
 * @param {string} repoRoot
 * @param {string} name
 */
export const hasPublicEntry = (repoRoot, name) =>
  existsSync(path.join(repoRoot, "packages", name, "src", "index.ts"));

/**
 * @typedef {object} PackageInfo
 * @property {string} name folder name, e.g. `validators`
 * @property {string} npmName e.g. `@ndcvn/validators`
 * @property {string} description from package.json
 * @property {string | undefined} readme the README's Markdown, when there is one
 * @property {string | undefined} page the site page of the package, when it has one
 * @property {string | undefined} apiPage the package's TypeDoc module page, when there is one
 */

/**
 * @param {string} repoRoot
 * @returns {Promise<PackageInfo[]>}
 */
export async function discoverPackages(repoRoot) {
  const packagesDir = path.join(repoRoot, "packages");
  const found = (await readdir(packagesDir, { withFileTypes: true }))
    .filter(
      (entry) =>
        entry.isDirectory() && existsSync(path.join(packagesDir, entry.name, "package.json")),
    )
    .map((entry) => entry.name);
  const ordered = [
    ...PACKAGE_ORDER.filter((name) => found.includes(name)),
    ...found.filter((name) => !PACKAGE_ORDER.includes(name)).sort(),
  ];
  return Promise.all(
    ordered.map(async (name) => {
      const dir = path.join(packagesDir, name);
      const manifest = JSON.parse(await readFile(path.join(dir, "package.json"), "utf8"));
      const readmeFile = path.join(dir, "README.md");
      const readme = existsSync(readmeFile) ? await readFile(readmeFile, "utf8") : undefined;
      const page = REFERENCE_PACKAGES.has(name)
        ? `reference/${name}.html`
        : readme === undefined
          ? undefined
          : `guides/${name}.html`;
      // TypeDoc names a package's module page after the package name; the link checker fails
      // the build if it ever names it otherwise.
      const apiPage = hasPublicEntry(repoRoot, name)
        ? `api/modules/${manifest.name.replace(/[@/]/g, "_")}.html`
        : undefined;
      return {
        name,
        npmName: manifest.name,
        description: manifest.description ?? "",
        readme,
        page,
        apiPage,
      };
    }),
  );
}

/**
 * The table of packages on the home page.
 * @param {PackageInfo[]} packages
 * @param {string} from the page the table is on
 * @returns {string}
 */
export function packagesTable(packages, from) {
  const rows = packages.map((info) => {
    const name = `<code>${escapeHtml(info.npmName)}</code>`;
    const guide = info.page
      ? `<a href="${escapeHtml(relativeUrl(from, info.page))}">${name}</a>`
      : `${name} <span class="muted">(guide not written yet)</span>`;
    const api = info.apiPage
      ? `<a href="${escapeHtml(relativeUrl(from, info.apiPage))}">API</a>`
      : '<span class="muted">—</span>';
    return `<tr><td>${guide}</td><td>${escapeHtml(info.description)}</td><td>${api}</td></tr>`;
  });
  return `<div class="table-scroll" role="region" aria-label="Packages" tabindex="0">
<table>
<thead><tr><th scope="col">Package</th><th scope="col">What it is</th><th scope="col">Reference</th></tr></thead>
<tbody>
${rows.join("\n")}
</tbody>
</table>
</div>`;
}
