// `pnpm bench linkage`: presets.vietnamesePerson on a synthetic population of 1,000,000 people
// (NDCVN_BENCH_LINKAGE_PEOPLE) and its insurance database, with synth's default faults, on the JS
// engine. The records are generated once into NDJSON files (generate.mjs); each measurement runs in
// a process of its own (measure.mjs) that streams the files, so that its peak RSS is its own and
// reading and parsing JSON is timed apart from the linkage:
//   - link: population × health-insurance cards (the 1 M × 1 M goal: ≤ 20 s, ≤ 2.5 GB RSS);
//   - linkMany: population, health-insurance cards and social-insurance participations;
//   - dedupeTogether: population and health-insurance cards deduplicated at once — for sources
//     that hold duplicates, which one-to-one linkage reports as ambiguities;
//   - normalise: every field of every record (what an engine that needs them all computes).
// Wall time excludes reading and parsing the JSON files (timed apart); CPU time without JSON is
// the measurement's CPU time less that of a run that only reads the files (`read`), which other
// work on a shared machine does not inflate. Accuracy is pair precision and recall against synth's
// truth. Then the DuckDB engine (bench/duckdb.mjs) in the same run: the same 1 M × 1 M files, and
// 10,000,000 × 10,000,000 streamed from synth (NDCVN_BENCH_LINKAGE_10M=0 leaves it out: it takes
// about half an hour on two cores). Writes NDCVN_BENCH_RESULTS (bench/results/linkage.json) as
// `{ js: {...}, duckdb: {...}, ratio: {...}, accuracy: {...} }`.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os, { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { benchDuckdb } from "./duckdb.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const people = Number(process.env.NDCVN_BENCH_LINKAGE_PEOPLE ?? 1_000_000);
const seed = 20261127;
const GOAL = { seconds: 20, peakRssMb: 2560 };

function child(script, args, nodeOptions = []) {
  const result = spawnSync(process.execPath, [...nodeOptions, path.join(here, script), ...args], {
    encoding: "utf8",
    maxBuffer: 1 << 24,
    stdio: ["ignore", "pipe", "inherit"],
  });
  if (result.status !== 0) throw new Error(`${script} ${args.join(" ")} failed (${result.status})`);
  return JSON.parse(result.stdout.trim().split("\n").at(-1));
}

// NDCVN_BENCH_LINKAGE_DATA: a folder where generate.mjs already wrote the files (kept afterwards).
const given = process.env.NDCVN_BENCH_LINKAGE_DATA;
const dir = given ?? mkdtempSync(path.join(tmpdir(), "ndcvn-linkage-bench-"));
try {
  let generated;
  if (given) {
    generated = JSON.parse(readFileSync(path.join(dir, "generated.json"), "utf8"));
  } else {
    console.log(`generating ${people.toLocaleString("en")} people and their records…`);
    generated = child("generate.mjs", [dir, String(people), String(seed)]);
    console.log(`  ${JSON.stringify(generated.counts)} in ${generated.seconds} s`);
  }
  // Reading and parsing JSON alone, to take its CPU time out of the measurements' CPU time.
  const baseline = child("measure.mjs", [dir, "read"]).cpuSecondsPerFile;
  const readCpu = {
    link: baseline.population + baseline.healthInsurance,
    linkMany: baseline.population + baseline.healthInsurance + baseline.socialInsurance,
    normalise: baseline.population + baseline.healthInsurance + baseline.socialInsurance,
    dedupeTogether: baseline.population + baseline.healthInsurance,
  };
  const measured = {};
  for (const mode of ["link", "linkMany", "dedupeTogether", "normalise"]) {
    const m = child("measure.mjs", [dir, mode]);
    m.cpuSecondsWithoutJson = Math.round((m.cpuSeconds - readCpu[mode]) * 100) / 100;
    measured[mode] = m;
    console.log(
      `${mode}: ${m.records.toLocaleString("en")} records, ${m.seconds} s (+ ${m.inputSeconds} s reading JSON), ` +
        `CPU ${m.cpuSecondsWithoutJson} s without JSON, ` +
        `${m.recordsPerSecond.toLocaleString("en")} records/s, peak RSS ${m.peakRssMb} MB` +
        (m.accuracy
          ? `, precision ${m.accuracy.precision.toFixed(5)}, recall ${m.accuracy.recall.toFixed(4)}` +
            (m.accuracy.recallOneToOne === undefined
              ? ""
              : ` (one-to-one ${m.accuracy.recallOneToOne.toFixed(4)})`)
          : ""),
    );
  }
  // The DuckDB engine on the very files the JS engine read, then on 10 M people from synth.
  const duckdb = { "1m": child("duckdb.mjs", ["--dir", dir], ["--max-old-space-size=16384"]) };
  console.log(
    `duckdb link: ${duckdb["1m"].records.toLocaleString("en")} records, ${duckdb["1m"].wallMs / 1000} s, ` +
      `peak RSS ${duckdb["1m"].peakRssMb} MB, ${duckdb["1m"].outcome.links.toLocaleString("en")} links`,
  );
  if (process.env.NDCVN_BENCH_LINKAGE_10M !== "0") {
    Object.assign(duckdb, await benchDuckdb({ "10m": 10_000_000 }));
  }
  const split = ({ accuracy, passes, outcome, ...timing }) => ({
    timing,
    accuracy,
    passes,
    outcome,
  });
  const link = split(measured.link);
  const linkMany = split(measured.linkMany);
  const together = split(measured.dedupeTogether);
  const results = {
    package: "@ndcvn/linkage",
    node: process.version,
    date: new Date().toISOString(),
    // Other work on the machine slows wall time, not CPU time: both are reported.
    loadAverage: os.loadavg().map((load) => Math.round(load * 100) / 100),
    cpus: os.cpus().length,
    people: generated.people ?? people,
    records: generated.counts,
    js: {
      link: {
        ...link.timing,
        outcome: link.outcome,
        goal: {
          ...GOAL,
          met: link.timing.seconds <= GOAL.seconds && link.timing.peakRssMb <= GOAL.peakRssMb,
        },
      },
      linkMany: { ...linkMany.timing, outcome: linkMany.outcome },
      dedupeTogether: { ...together.timing, outcome: together.outcome },
      normaliseAllFields: measured.normalise,
    },
    duckdb,
    // Wall time of the JS engine over that of the DuckDB engine, same records, same run.
    ratio: {
      jsOverDuckdb1m:
        Math.round((link.timing.seconds / (duckdb["1m"].wallMs / 1000)) * 1000) / 1000,
      sameLinks: duckdb["1m"].outcome.links === link.outcome.links,
    },
    accuracy: {
      link: { ...link.accuracy, passes: link.passes },
      linkMany: { ...linkMany.accuracy, passes: linkMany.passes },
      dedupeTogether: { ...together.accuracy, passes: together.passes },
    },
  };
  const out = process.env.NDCVN_BENCH_RESULTS;
  if (out) writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
  else console.log(JSON.stringify(results, null, 2));
} finally {
  if (!given) rmSync(dir, { recursive: true, force: true });
}
