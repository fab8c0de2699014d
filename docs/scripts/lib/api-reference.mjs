// The API reference: TypeDoc over the packages' public entry points, with the root typedoc.json
// (packages mode), written under api/ of the site. It reads the packages' types, so the packages
// must be built first (`pnpm build`).
import { existsSync } from "node:fs";
import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { Application } from "typedoc";
import { hasPublicEntry } from "./packages.mjs";

/** Stands for the site root in TypeDoc's header link; replaced by a relative URL in every page. */
const SITE_ROOT = "ndcvn-site-root:";

/**
 * @param {string} dir
 * @returns {Promise<string[]>} the HTML files under dir, recursively
 */
async function htmlFiles(dir) {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith(".html"))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/**
 * Runs TypeDoc for every package that has a public entry point (`src/index.ts`); packages still
 * without one are left out with a warning rather than failing the whole site.
 * @param {object} options
 * @param {string} options.repoRoot
 * @param {string} options.outDir the site folder; the reference goes to `<outDir>/api`
 * @param {string} options.favicon
 * @param {(message: string) => void} options.warn
 * @returns {Promise<{ packages: string[], pages: number, warnings: number }>}
 */
export async function buildApiReference({ repoRoot, outDir, favicon, warn }) {
  const packagesDir = path.join(repoRoot, "packages");
  const packages = [];
  for (const name of (await readdir(packagesDir)).sort()) {
    if (hasPublicEntry(repoRoot, name)) packages.push(name);
    else if (existsSync(path.join(packagesDir, name, "package.json")))
      warn(`API reference: packages/${name} has no src/index.ts yet, so it is left out`);
  }
  const apiDir = path.join(outDir, "api");
  const config = path.join(repoRoot, "typedoc.json");
  const { packageOptions = {} } = JSON.parse(await readFile(config, "utf8"));
  const app = await Application.bootstrapWithPlugins({
    options: config,
    entryPoints: packages.map((name) => path.join(packagesDir, name)),
    out: apiDir,
    favicon,
    navigationLinks: { "ndcvn documentation": `${SITE_ROOT}index.html` },
    // `pnpm check:api-docs` is the gate for TSDoc warnings and `pnpm typecheck` for type errors;
    // the site is still built with them, so that one package's work in progress does not stop it.
    treatWarningsAsErrors: false,
    packageOptions: { ...packageOptions, skipErrorChecking: true },
    logLevel: "Warn",
  });
  const project = await app.convert();
  if (!project) throw new Error("TypeDoc could not convert the packages (see the errors above)");
  app.validate(project);
  await app.generateOutputs(project);
  const warnings = app.logger.warningCount;

  const files = await htmlFiles(apiDir);
  for (const file of files) {
    const html = await readFile(file, "utf8");
    const depth = path.relative(outDir, path.dirname(file)).split(path.sep).length;
    const rootUrl = "../".repeat(depth);
    await writeFile(file, html.replaceAll(SITE_ROOT, rootUrl));
  }
  return { packages, pages: files.length, warnings };
}
