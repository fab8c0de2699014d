#!/usr/bin/env node
// `pnpm demo`: the whole story offline — the sandbox, the client pulling two national databases,
// validation, the quality reports, linkage and its precision against the synthetic ground truth
// (`ndc demo`, packages/cli/src/commands/demo). The packages are built first when a build is missing
// or older than its sources, so a fresh clone needs nothing but `pnpm install`. Reports are written
// to .tmp/demo/ unless `--out` says otherwise; other arguments go to `ndc demo` as they are.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** The newest modification time of the files under a folder (0 when it does not exist). */
function newest(folder) {
  if (!existsSync(folder)) return 0;
  let time = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
    if (entry.isFile())
      time = Math.max(time, statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return time;
}

function oldestBuild(folder) {
  if (!existsSync(folder)) return 0;
  let time = Number.POSITIVE_INFINITY;
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
    if (entry.isFile())
      time = Math.min(time, statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return Number.isFinite(time) ? time : 0;
}

const packagesDir = path.join(repoRoot, "packages");
const stale = readdirSync(packagesDir).filter((name) => {
  const dir = path.join(packagesDir, name);
  return newest(path.join(dir, "src")) > oldestBuild(path.join(dir, "dist"));
});
if (stale.length > 0) {
  console.error(`Building ${stale.join(", ")} first (pnpm build)…`);
  const build = spawnSync("pnpm", ["build"], {
    cwd: repoRoot,
    stdio: ["ignore", "ignore", "inherit"],
  });
  if (build.status !== 0) {
    console.error("pnpm build failed: see the messages above.");
    process.exit(build.status ?? 1);
  }
}

const args = process.argv.slice(2);
if (!args.some((arg) => arg === "--out" || arg === "-o" || arg.startsWith("--out="))) {
  args.push("--out", path.join(repoRoot, ".tmp", "demo"));
}
const demo = spawnSync(
  process.execPath,
  [path.join(packagesDir, "cli", "dist", "bin.js"), "demo", ...args],
  {
    cwd: repoRoot,
    stdio: "inherit",
  },
);
process.exit(demo.status ?? 1);
