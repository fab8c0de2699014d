#!/usr/bin/env node
// Builds the documentation site into docs/.site (or --out <dir>): the hand-written pages of
// docs/content, a guide per package from its README, the schema reference and code lists
// generated from @ndcvn/schemas, and the TypeDoc API reference. Offline, and the same inputs give
// the same bytes. Run `pnpm build` first: TypeDoc reads the packages' built types.
//
//   node docs/scripts/build.mjs [--out <dir>] [--no-api]
//
// --no-api leaves the TypeDoc reference out (links into api/ are then not checked): a quick build
// while writing pages.
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { buildApiReference } from "./lib/api-reference.mjs";
import { checkLinks } from "./lib/check-links.mjs";
import { cliHelpHtml } from "./lib/cli-help.mjs";
import { codeListPages } from "./lib/codelist-pages.mjs";
import { contentPage } from "./lib/content-pages.mjs";
import { contractReferenceHtml } from "./lib/contract-reference.mjs";
import { escapeHtml } from "./lib/html.mjs";
import { renderLayout } from "./lib/layout.mjs";
import { guidePage, readmeExampleHtml, readmeHtml } from "./lib/package-guides.mjs";
import { discoverPackages, packagesTable, REFERENCE_PACKAGES } from "./lib/packages.mjs";
import { loadSchemaData } from "./lib/schema-data.mjs";
import { schemaJsonPath } from "./lib/schema-model.mjs";
import { schemaPages } from "./lib/schema-pages.mjs";

const docsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const repoRoot = path.resolve(docsDir, "..");

/** Written into the output folder, so that a rebuild only ever empties a folder it made. */
const MARKER = ".ndcvn-docs-site";

/** The hand-written pages and where they go. */
const CONTENT = [
  {
    file: "index.md",
    path: "index.html",
    description:
      "ndcvn, the open TypeScript SDK for Vietnam's National Data Center: schemas, validators, a typed client, a sandbox and record linkage.",
  },
  {
    file: "getting-started.md",
    path: "getting-started.html",
    description:
      "Install ndcvn, validate a first payload, look a schema up, call the sandbox and link records.",
  },
  {
    file: "sandbox.md",
    path: "reference/sandbox.html",
    description:
      "The ndcvn sandbox: a reference server of the NDC Sharing API on synthetic data, and the operations it serves.",
  },
  {
    file: "cli.md",
    path: "reference/cli.html",
    description: "The ndc command: every command and its options.",
  },
];

/**
 * @param {string} outDir
 */
function prepareOutDir(outDir) {
  if (existsSync(outDir) && readdirSync(outDir).length > 0) {
    if (!existsSync(path.join(outDir, MARKER)))
      throw new Error(
        `${outDir} is not empty and was not made by this build: refusing to empty it`,
      );
    rmSync(outDir, { recursive: true });
  }
  mkdirSync(outDir, { recursive: true });
  writeFileSync(
    path.join(outDir, MARKER),
    "Built by docs/scripts/build.mjs; emptied on every build.\n",
  );
}

/**
 * @param {string} outDir
 * @param {string} sitePath
 * @param {string | Buffer} contents
 */
function writeSiteFile(outDir, sitePath, contents) {
  const file = path.join(outDir, sitePath);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, contents);
}

/**
 * @param {{ out?: string, api?: boolean }} [options] `api: false` leaves the API reference out
 * @returns {Promise<{ outDir: string, pages: number, apiPages: number, warnings: string[], links: number }>}
 */
export async function buildSite(options = {}) {
  const outDir = path.resolve(options.out ?? path.join(docsDir, ".site"));
  /** @type {string[]} */
  const warnings = [];
  const warn = (/** @type {string} */ message) => {
    warnings.push(message);
    console.warn(`docs: warning: ${message}`);
  };

  prepareOutDir(outDir);
  const favicon = path.join(docsDir, "assets", "favicon.svg");
  const api =
    options.api === false
      ? { pages: 0, warnings: 0 }
      : await buildApiReference({ repoRoot, outDir, favicon, warn });

  const schemaData = await loadSchemaData(docsDir);
  const packages = await discoverPackages(repoRoot);
  const byName = new Map(packages.map((info) => [info.name, info]));
  const schemaResult = schemaPages(schemaData);
  for (const message of schemaResult.warnings) warn(message);
  const manifest = JSON.parse(
    await readFile(path.join(repoRoot, "packages/schemas/package.json"), "utf8"),
  );
  const repoUrl = String(manifest.repository?.url ?? "https://github.com/ndcvn/ndcvn")
    .replace(/^git\+/, "")
    .replace(/\.git$/, "");

  /** @type {import("./lib/repo-links.mjs").RepoLinkContext} */
  const linkContext = {
    repoRoot,
    repoUrl,
    outDir,
    packagePage: (name) => byName.get(name)?.page,
    schemaPages: new Set(schemaResult.pages.map((page) => page.path)),
    codeLists: new Set(schemaData.codeLists.map((list) => list.name)),
    warn,
  };

  /** @type {Record<string, import("./lib/content-pages.mjs").Directive>} */
  const directives = {
    packages: (_, page) => packagesTable(packages, page),
    readme: (name, page, slugger) => {
      const info = name ? byName.get(name) : undefined;
      if (!info) throw new Error(`ndc:readme names ${name}, which is not a package`);
      return readmeHtml(info, page, slugger, linkContext);
    },
    "readme-example": (name, page) =>
      readmeExampleHtml(name ? byName.get(name) : undefined, name ?? "", page, linkContext),
    "contract-operations": (_, __, slugger) => contractReferenceHtml(repoRoot, slugger, warn),
    "cli-help": (_, __, slugger) => cliHelpHtml(repoRoot, slugger, warn),
  };

  /** @type {import("./lib/layout.mjs").Page[]} */
  const pages = [];
  for (const entry of CONTENT) {
    const file = path.join(docsDir, "content", entry.file);
    pages.push(
      contentPage({
        file: `docs/content/${entry.file}`,
        source: await readFile(file, "utf8"),
        path: entry.path,
        description: entry.description,
        directives,
      }),
    );
  }
  for (const info of packages) {
    if (REFERENCE_PACKAGES.has(info.name)) continue;
    const page = guidePage(info, linkContext);
    if (page) pages.push(page);
    else warn(`packages/${info.name}/README.md is missing: ${info.npmName} has no guide page yet`);
  }
  const listPages = codeListPages(schemaData);
  pages.push(...schemaResult.pages, ...listPages);

  const databasePages = schemaData.catalog.databases.map((database) => ({
    label: database.name.vi,
    lang: /** @type {const} */ ("vi"),
    path: `schemas/${database.code}.html`,
  }));
  /** @type {import("./lib/layout.mjs").NavGroup[]} */
  const nav = [
    {
      label: "Start",
      items: [
        { label: "Home", path: "index.html" },
        { label: "Getting started", path: "getting-started.html" },
      ],
    },
    {
      label: "Package guides",
      items: packages
        .filter((info) => info.page && !REFERENCE_PACKAGES.has(info.name))
        .map((info) => ({ label: info.npmName, path: /** @type {string} */ (info.page) })),
    },
    {
      label: "Reference",
      items: [
        {
          label: "Schema reference",
          path: "schemas/index.html",
          childrenLabel: `${databasePages.length} databases and the common types`,
          children: [
            ...databasePages,
            { label: "Kiểu dữ liệu dùng chung", lang: "vi", path: "schemas/common.html" },
          ],
        },
        {
          label: "Code lists",
          path: "codelists/index.html",
          childrenLabel: `${listPages.length - 1} code lists`,
          children: listPages.slice(1).map((page) => ({
            label: page.title.replace(/ \(.*\)$/, ""),
            lang: "vi",
            path: page.path,
          })),
        },
        { label: "Sandbox", path: "reference/sandbox.html" },
        { label: "CLI (ndc)", path: "reference/cli.html" },
        { label: "API reference", path: "api/index.html" },
      ],
    },
  ];
  const footer = `<p>ndcvn — the open TypeScript SDK for Vietnam's National Data Center. Apache-2.0. Every example on this site uses synthetic data. The schema reference is generated from <code>@ndcvn/schemas</code> ${escapeHtml(schemaData.version)}.</p>`;

  for (const page of pages) writeSiteFile(outDir, page.path, renderLayout(page, { nav, footer }));
  for (const asset of ["site.css", "favicon.svg"]) {
    writeSiteFile(outDir, `assets/${asset}`, await readFile(path.join(docsDir, "assets", asset)));
  }
  // The documents themselves, for download from their record type's section.
  for (const entry of schemaData.documents) {
    const target = path.join(outDir, schemaJsonPath(entry.file));
    mkdirSync(path.dirname(target), { recursive: true });
    copyFileSync(path.join(schemaData.packageDir, entry.file), target);
  }

  const report = await checkLinks(
    outDir,
    options.api === false ? { skip: (target) => target.startsWith("api/") } : {},
  );
  if (report.broken.length > 0) {
    for (const link of report.broken)
      console.error(`docs: broken link in ${link.file}: ${link.href} (${link.reason})`);
    throw new Error(
      `${report.broken.length} broken internal links: the site is not usable as built`,
    );
  }
  if (api.warnings > 0)
    warn(`TypeDoc reported ${api.warnings} warnings (above); pnpm check:api-docs fails on them`);
  return { outDir, pages: pages.length, apiPages: api.pages, warnings, links: report.links };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: { out: { type: "string" }, "no-api": { type: "boolean", default: false } },
  });
  const started = performance.now();
  try {
    const result = await buildSite({
      ...(values.out === undefined ? {} : { out: values.out }),
      api: !values["no-api"],
    });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `docs: ${result.pages} pages + ${result.apiPages} API reference pages, ${result.links} internal links checked, ${result.warnings.length} warnings, in ${seconds} s → ${path.relative(process.cwd(), result.outDir) || "."}`,
    );
  } catch (error) {
    console.error(`docs: the build failed: ${error instanceof Error ? error.message : error}`);
    process.exitCode = 1;
  }
}
