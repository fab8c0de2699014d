#!/usr/bin/env node
// `pnpm generate` regenerates every generated file of every package; `--check` only compares and
// exits 1 on drift, which is how the test command proves the tree is up to date.
// A package takes part by having scripts/generate.mjs exporting `generate(packageDir)`.
import { access, readdir } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { findDrift, writeGenerated } from "./generated-files.mjs";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const check = process.argv.includes("--check");

async function generators() {
  const found = [];
  for (const name of (await readdir(path.join(repoRoot, "packages"))).sort()) {
    const packageDir = path.join(repoRoot, "packages", name);
    const script = path.join(packageDir, "scripts", "generate.mjs");
    try {
      await access(script);
    } catch {
      continue;
    }
    found.push({ name, packageDir, script });
  }
  return found;
}

let drifted = 0;
for (const { name, packageDir, script } of await generators()) {
  const { generate } = await import(pathToFileURL(script).href);
  const output = await generate(packageDir);
  if (check) {
    const drift = await findDrift(packageDir, output);
    for (const entry of drift) console.error(`  ${entry.problem}: packages/${name}/${entry.path}`);
    drifted += drift.length;
  } else {
    const changed = await writeGenerated(packageDir, output);
    console.log(`packages/${name}: ${output.files.size} generated files, ${changed} updated`);
  }
}
if (check) {
  if (drifted > 0) {
    console.error(
      `Generated files are out of date (${drifted} files). Run \`pnpm generate\` and commit the result.`,
    );
    process.exit(1);
  }
  console.log("Generated files are up to date.");
}
