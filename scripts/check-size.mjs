#!/usr/bin/env node
// `pnpm check:size`: what a browser app downloads when it imports a given entry point, minified and
// gzipped, against the budgets in size-budgets.json. Chunks loaded by dynamic import() are reported
// apart: they are downloaded only when used.
import { mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const budgets = JSON.parse(readFileSync(path.join(repoRoot, "size-budgets.json"), "utf8"));
const work = path.join(repoRoot, ".tmp", "size");
rmSync(work, { recursive: true, force: true });
mkdirSync(path.join(work, "node_modules", "@ndcvn"), { recursive: true });
for (const name of readdirSync(path.join(repoRoot, "packages"))) {
  symlinkSync(
    path.join(repoRoot, "packages", name),
    path.join(work, "node_modules", "@ndcvn", name),
    "dir",
  );
}

const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;
const results = [];
let failed = false;
for (const [index, budget] of budgets.entries()) {
  const entry = path.join(work, `entry-${index}.mjs`);
  writeFileSync(entry, `${budget.code}\n`);
  const outdir = path.join(work, `out-${index}`);
  const { metafile } = await build({
    entryPoints: [entry],
    absWorkingDir: work,
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "browser",
    minify: true,
    treeShaking: true,
    metafile: true,
    outdir,
    logLevel: "error",
  });
  const outputs = metafile.outputs;
  const entryOutput = Object.keys(outputs).find(
    (file) => outputs[file].entryPoint === `entry-${index}.mjs`,
  );
  const initial = new Set();
  const visit = (file) => {
    if (initial.has(file)) return;
    initial.add(file);
    for (const imported of outputs[file].imports) {
      if (imported.kind === "import-statement" && !imported.external) visit(imported.path);
    }
  };
  visit(entryOutput);
  const gzip = (file) => gzipSync(readFileSync(path.join(work, file))).length;
  const initialBytes = [...initial].reduce((sum, file) => sum + gzip(file), 0);
  const lazy = Object.keys(outputs).filter((file) => file.endsWith(".js") && !initial.has(file));
  const lazyBytes = lazy.reduce((sum, file) => sum + gzip(file), 0);
  const limit = budget.limitKb * 1024;
  const ok = initialBytes <= limit;
  failed ||= !ok;
  results.push({
    name: budget.name,
    gzipBytes: initialBytes,
    limitBytes: limit,
    lazyChunks: lazy.length,
    lazyGzipBytes: lazyBytes,
  });
  console.log(
    `${ok ? "ok  " : "FAIL"} ${budget.name}: ${kb(initialBytes)} gzip (budget ${kb(limit)})` +
      (lazy.length ? `; ${lazy.length} chunks on demand, ${kb(lazyBytes)} gzip in all` : ""),
  );
}
rmSync(work, { recursive: true, force: true });
if (process.argv.includes("--json")) console.log(JSON.stringify(results, null, 2));
if (failed) {
  console.error("A browser entry point is over its gzip budget (size-budgets.json).");
  process.exit(1);
}
