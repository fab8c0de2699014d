#!/usr/bin/env node
// `pnpm bench`: runs every packages/<name>/bench/run.mjs in its own process (so that peak memory is
// per benchmark). Each benchmark measures its baselines in the same run and writes
// bench/results/<name>.json. `pnpm bench <name>` runs one package's benchmark.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const only = process.argv.slice(2);
mkdirSync(path.join(repoRoot, "bench", "results"), { recursive: true });
const benches = readdirSync(path.join(repoRoot, "packages"))
  .sort()
  .filter((name) => only.length === 0 || only.includes(name))
  .map((name) => ({ name, script: path.join(repoRoot, "packages", name, "bench", "run.mjs") }))
  .filter((bench) => existsSync(bench.script));
if (benches.length === 0) {
  console.error(`No benchmark found${only.length ? ` for ${only.join(", ")}` : ""}.`);
  process.exit(2);
}
let failed = false;
for (const bench of benches) {
  console.log(`\n== ${bench.name}`);
  const result = spawnSync(process.execPath, ["--expose-gc", bench.script], {
    cwd: repoRoot,
    stdio: "inherit",
    env: {
      ...process.env,
      NDCVN_BENCH_RESULTS: path.join(repoRoot, "bench", "results", `${bench.name}.json`),
      // A benchmark that measures two packages against each other in one run (the client against
      // the sandbox) writes its second file here.
      NDCVN_BENCH_DIR: path.join(repoRoot, "bench", "results"),
    },
  });
  failed ||= result.status !== 0;
}
process.exit(failed ? 1 : 0);
