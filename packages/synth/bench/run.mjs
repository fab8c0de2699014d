// `pnpm bench synth`: how fast the synthetic population is generated (persons per second, in this
// process, synchronous and asynchronous iteration), and streaming a large population to NDJSON in
// a child process (time and peak RSS). Writes bench/results/synth.json (NDCVN_BENCH_RESULTS).
// NDCVN_BENCH_SYNTH_PEOPLE sets the size of the streamed population (default 10,000,000); the
// in-process measure uses a tenth of it (at least 100,000, at most 1,000,000).
import { spawnSync } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const { createPopulation, generatePopulation } = await import(path.join(here, "../dist/index.js"));

const streamed = Number(process.env.NDCVN_BENCH_SYNTH_PEOPLE ?? 10_000_000);
const inProcess = Math.min(1_000_000, Math.max(100_000, Math.round(streamed / 10)));
const seed = 20261127;

/** Persons per second over `size` persons: the best of `rounds` runs after a warm-up. */
async function rate(iterate, size, rounds = 3) {
  await iterate(Math.min(size, 100_000));
  let best = 0;
  for (let round = 0; round < rounds; round++) {
    const start = process.hrtime.bigint();
    const count = await iterate(size);
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    if (count !== size) throw new Error(`generated ${count} of ${size}`);
    best = Math.max(best, size / seconds);
  }
  return Math.round(best);
}

const syncRate = await rate(async (size) => {
  const population = await createPopulation({ size, seed });
  let count = 0;
  for (const person of population.persons()) if (person.id) count++;
  return count;
}, inProcess);
const asyncRate = await rate(
  async (size) => {
    let count = 0;
    for await (const person of generatePopulation({ size, seed })) if (person.id) count++;
    return count;
  },
  Math.min(inProcess, 300_000),
  2,
);
console.log(
  `generate, sync iteration: ${syncRate.toLocaleString("en")} persons/s (${inProcess.toLocaleString("en")} persons)`,
);
console.log(`generate, for await: ${asyncRate.toLocaleString("en")} persons/s`);

const file = path.join(tmpdir(), `ndcvn-synth-bench-${process.pid}.ndjson`);
let stream;
try {
  const result = spawnSync(
    process.execPath,
    [path.join(here, "stream-ndjson.mjs"), file, String(streamed), String(seed)],
    { encoding: "utf8", maxBuffer: 1 << 20 },
  );
  if (result.status !== 0) throw new Error(`stream-ndjson failed: ${result.stderr}`);
  stream = JSON.parse(result.stdout.trim().split("\n").at(-1));
} finally {
  rmSync(file, { force: true });
}
console.log(
  `stream to NDJSON: ${stream.persons.toLocaleString("en")} persons, ${stream.fileMb.toLocaleString("en")} MB in ${stream.seconds} s ` +
    `(${stream.personsPerSecond.toLocaleString("en")} persons/s), peak RSS ${stream.peakRssMb} MB`,
);

const results = {
  package: "@ndcvn/synth",
  node: process.version,
  date: new Date().toISOString(),
  generate: {
    persons: inProcess,
    personsPerSecond: syncRate,
    personsPerSecondForAwait: asyncRate,
    goal: { personsPerSecond: 200_000, met: syncRate >= 200_000 },
  },
  streamNdjson: {
    ...stream,
    goal: {
      persons: 10_000_000,
      peakRssMb: 1024,
      met: stream.persons >= 10_000_000 && stream.peakRssMb < 1024,
    },
  },
};
const target = process.env.NDCVN_BENCH_RESULTS;
if (target) writeFileSync(target, `${JSON.stringify(results, null, 2)}\n`);
else console.log(JSON.stringify(results, null, 2));
