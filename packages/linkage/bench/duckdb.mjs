// The DuckDB engine on presets.vietnamesePerson: a synthetic population of 1,000,000 and of
// 10,000,000 people linked to their health-insurance cards (synth's default faults), the records
// streamed from synth straight into the engine (10 M people cannot be held in memory as objects).
// Each size runs in a process of its own, so that its peak RSS is its own; the time synth spends
// making records is measured apart from the linkage.
//
//   node bench/duckdb.mjs                 both sizes; writes NDCVN_BENCH_RESULTS or
//                                         bench/results/linkage-duckdb.json
//   node bench/duckdb.mjs --people 200000 one measurement, printed as one JSON line
//   node bench/duckdb.mjs --dir <dir>     one measurement of the NDJSON files bench/generate.mjs
//                                         wrote (population.ndjson, health-insurance.ndjson):
//                                         the JS engine's input in bench/run.mjs, parsing timed apart
//
// `benchDuckdb({ dir })` does the same for bench/run.mjs and returns the figures; with `dir`, the
// 1 M measurement reads those files, so that both engines link the same records read the same way
// (synth makes the same records in both ways: same seeds).
// NDCVN_BENCH_DUCKDB_THREADS (default 2) and NDCVN_BENCH_DUCKDB_MEMORY (default 6GB) set DuckDB's
// threads and memory limit; NDCVN_BENCH_DUCKDB_SIZES (e.g. "1m=1000000,10m=10000000") the sizes.
import { spawnSync } from "node:child_process";
import { createReadStream, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const SEED = 20261127;
const HEALTH_CARD = "https://schemas.ndcvn.org/insurance/HealthInsuranceCard/1.0.0";
const DEFAULT_SIZES = { "1m": 1_000_000, "10m": 10_000_000 };

function sizesFromEnv() {
  const text = process.env.NDCVN_BENCH_DUCKDB_SIZES;
  if (!text) return DEFAULT_SIZES;
  return Object.fromEntries(
    text.split(",").map((entry) => {
      const [name, people] = entry.split("=");
      return [name, Number(people)];
    }),
  );
}

/** Envelopes of one database from synth, the time spent making them counted apart. */
async function* synthEnvelopes(people, database, keep, timing) {
  const { extract, generatePopulation } = await import(
    path.join(here, "../node_modules/@ndcvn/synth/dist/index.js")
  );
  const records = extract(generatePopulation({ size: people, seed: SEED }), database, {
    seed: SEED + 1,
  })[Symbol.asyncIterator]();
  for (;;) {
    const start = performance.now();
    const next = await records.next();
    timing.generateMs += performance.now() - start;
    if (next.done) return;
    if (!keep(next.value)) continue;
    timing.records++;
    yield next.value.envelope;
  }
}

/** Envelopes of an NDJSON file, the time spent reading and parsing counted apart. */
async function* fileEnvelopes(file, timing) {
  const lines = createInterface({
    input: createReadStream(file),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  let start = performance.now();
  for await (const line of lines) {
    const record = JSON.parse(line);
    timing.generateMs += performance.now() - start;
    timing.records++;
    yield record;
    start = performance.now();
  }
  timing.generateMs += performance.now() - start;
}

/**
 * Link population records to health-insurance cards on DuckDB, in this process: of `people`
 * persons made by synth, or read from the NDJSON files in `dir`. The figures of the run.
 */
async function measure({ people, dir }) {
  const { link } = await import(path.join(here, "../dist/duckdb/index.js"));
  const { presets } = await import(path.join(here, "../dist/index.js"));
  const timing = { generateMs: 0, records: 0 };
  const [population, healthCards] = dir
    ? [
        fileEnvelopes(path.join(dir, "population.ndjson"), timing),
        fileEnvelopes(path.join(dir, "health-insurance.ndjson"), timing),
      ]
    : [
        synthEnvelopes(people, "population", () => true, timing),
        synthEnvelopes(people, "insurance", (r) => r.envelope.schema === HEALTH_CARD, timing),
      ];
  const steps = [];
  const threads = Number(process.env.NDCVN_BENCH_DUCKDB_THREADS ?? 2);
  const memoryLimit = process.env.NDCVN_BENCH_DUCKDB_MEMORY ?? "6GB";
  const cpuBefore = process.cpuUsage();
  const start = performance.now();
  const result = await link(population, healthCards, presets.vietnamesePerson, {
    sources: ["population", "healthInsurance"],
    threads,
    memoryLimit,
    onProgress: (progress) => steps.push(progress),
  });
  const wallMs = performance.now() - start;
  const cpu = process.cpuUsage(cpuBefore);
  const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  const load = steps.find((step) => step.step === "load");
  const passNormaliseMs = steps
    .filter((step) => step.step === "pass")
    .reduce((sum, step) => sum + step.normaliseMs, 0);
  const normaliseMs = (load?.normaliseMs ?? 0) - timing.generateMs + passNormaliseMs;
  const sqlMs = steps.reduce((sum, step) => sum + step.ms - step.normaliseMs, 0);
  const engineMs = wallMs - timing.generateMs;
  const round = (ms) => Math.round(ms);
  return {
    input: dir ? "ndjson files" : "synth, streamed",
    ...(people === undefined ? {} : { people }),
    records: timing.records,
    threads,
    memoryLimit,
    wallMs: round(engineMs),
    wallMsWithGeneration: round(wallMs),
    // Making the records (synth) or reading and parsing them (files): not part of `wallMs`.
    generateMs: round(timing.generateMs),
    normaliseMs: round(normaliseMs),
    sqlMs: round(sqlMs),
    resultMs: round(engineMs - normaliseMs - sqlMs),
    cpuMs: round((cpu.user + cpu.system) / 1000),
    peakRssMb,
    recordsPerSecond: Math.round(timing.records / (engineMs / 1000)),
    outcome: {
      links: result.links.length,
      ambiguities: result.ambiguities.length,
      unmatched: result.unmatched.left.length + result.unmatched.right.length,
    },
    steps: steps.map((step) => ({
      step: step.pass ? `pass ${step.pass}` : step.step,
      ms: round(step.ms),
      normaliseMs: round(step.normaliseMs),
      records: step.records,
    })),
  };
}

/**
 * Measure each size in a child process. Returns `{ "1m": {...}, "10m": {...} }`: `wallMs` is the
 * linkage without the time synth spent making records (`generateMs`), split into `normaliseMs`
 * (JavaScript), `sqlMs` (DuckDB) and `resultMs` (building the result object).
 */
export async function benchDuckdb(sizes = sizesFromEnv()) {
  const out = {};
  for (const [name, people] of Object.entries(sizes)) {
    console.log(`duckdb: ${people.toLocaleString("en")} people…`);
    const child = spawnSync(
      process.execPath,
      ["--max-old-space-size=16384", fileURLToPath(import.meta.url), "--people", String(people)],
      { encoding: "utf8", maxBuffer: 1 << 24, stdio: ["ignore", "pipe", "inherit"] },
    );
    if (child.status !== 0)
      throw new Error(`duckdb bench of ${people} people failed (${child.status})`);
    out[name] = JSON.parse(child.stdout.trim().split("\n").at(-1));
    const m = out[name];
    console.log(
      `  ${m.records.toLocaleString("en")} records in ${(m.wallMs / 1000).toFixed(1)} s ` +
        `(normalise ${(m.normaliseMs / 1000).toFixed(1)} s, SQL ${(m.sqlMs / 1000).toFixed(1)} s, ` +
        `result ${(m.resultMs / 1000).toFixed(1)} s; + ${(m.generateMs / 1000).toFixed(1)} s making or reading records), ` +
        `${m.recordsPerSecond.toLocaleString("en")} records/s, peak RSS ${m.peakRssMb} MB`,
    );
  }
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const people = process.argv.indexOf("--people");
  const dir = process.argv.indexOf("--dir");
  if (people !== -1 || dir !== -1) {
    const figures = await measure(
      dir !== -1 ? { dir: process.argv[dir + 1] } : { people: Number(process.argv[people + 1]) },
    );
    console.log(JSON.stringify(figures));
  } else {
    const results = {
      package: "@ndcvn/linkage",
      engine: "duckdb",
      node: process.version,
      date: new Date().toISOString(),
      duckdb: await benchDuckdb(),
    };
    const target =
      process.env.NDCVN_BENCH_RESULTS ?? path.join(here, "results", "linkage-duckdb.json");
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, `${JSON.stringify(results, null, 2)}\n`);
    console.log(`written to ${target}`);
  }
}
