// `pnpm bench validators`: identifier checks, Citizen payload validation against ajv (the baseline,
// compiled from the same documents with the same format checks), and validateStream's peak memory
// on a large NDJSON file. Writes bench/results/validators.json.
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Ajv2020 } from "ajv/dist/2020.js";
import { citizen, random } from "./citizens.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const { FORMAT_CHECKS, createValidator, personalId, taxCode } = await import(
  path.join(here, "../dist/index.js")
);

/** Operations per second: the best of several timed rounds of at least `ms` each. */
function opsPerSecond(fn, inputs, { rounds = 5, ms = 400 } = {}) {
  let best = 0;
  let sink = 0;
  for (let round = 0; round < rounds; round++) {
    let done = 0;
    const start = process.hrtime.bigint();
    let elapsed = 0;
    while (elapsed < ms) {
      for (let i = 0; i < inputs.length; i++) if (fn(inputs[i])) sink++;
      done += inputs.length;
      elapsed = Number(process.hrtime.bigint() - start) / 1e6;
    }
    best = Math.max(best, (done / elapsed) * 1000);
  }
  if (sink < 0) console.log(sink);
  return Math.round(best);
}

// Identifiers: a realistic mix, mostly valid.
const next = random(20261127);
const ids = Array.from({ length: 1000 }, () => citizen(next).personalId);
const taxCodes = [
  "0100233488",
  "0314409058",
  "0314409058-002",
  "0100233480",
  "001099012345",
  "0301234567",
];
const taxInputs = Array.from({ length: 1000 }, (_, i) => taxCodes[i % taxCodes.length]);
const identifiers = {
  "personalId.isValid": opsPerSecond((x) => personalId.isValid(x), ids),
  "taxCode.isValid": opsPerSecond((x) => taxCode.isValid(x), taxInputs),
};

// Citizen payloads: the SDK's validator against ajv with the same documents and format checks.
const schemasDir = path.join(here, "../../schemas/schemas");
const ajv = new Ajv2020({ strict: true, strictRequired: false, allErrors: false });
ajv.addVocabulary([
  "x-ndc-label-vi",
  "x-ndc-sensitivity",
  "x-ndc-legal-basis",
  "x-ndc-codelist",
  "x-ndc-qcvn109",
]);
for (const [name, check] of Object.entries(FORMAT_CHECKS))
  ajv.addFormat(name, { type: "string", validate: check });
for (const database of readdirSync(schemasDir)) {
  for (const file of readdirSync(path.join(schemasDir, database)))
    ajv.addSchema(JSON.parse(readFileSync(path.join(schemasDir, database, file), "utf8")));
}
const CITIZEN = "https://schemas.ndcvn.org/population/Citizen/1.0.0";
const ajvCitizen = ajv.getSchema(CITIZEN);
const sdkCitizen = createValidator(CITIZEN);
const payloads = Array.from({ length: 2000 }, () => citizen(next));
const disagreements = payloads.filter((p) => sdkCitizen.validate(p).ok !== ajvCitizen(p)).length;
if (payloads.some((p) => !ajvCitizen(p))) throw new Error("benchmark payloads must be valid");
// Alternate the two, so that neither profits from a warmer machine.
const sdkRuns = [];
const ajvRuns = [];
for (let round = 0; round < 3; round++) {
  sdkRuns.push(opsPerSecond((p) => sdkCitizen.validate(p).ok, payloads, { rounds: 2 }));
  ajvRuns.push(opsPerSecond((p) => ajvCitizen(p), payloads, { rounds: 2 }));
}
const citizenResult = {
  payloads: payloads.length,
  sdkRecordsPerSecond: Math.max(...sdkRuns),
  ajvRecordsPerSecond: Math.max(...ajvRuns),
  ratio: Number((Math.max(...sdkRuns) / Math.max(...ajvRuns)).toFixed(3)),
  disagreements,
};

// validateStream over a large NDJSON file, in a child process of its own (peak RSS is per process).
const streamMb = Number(process.env.NDCVN_BENCH_STREAM_MB ?? 1024);
const streamFile = path.join(tmpdir(), `ndcvn-bench-${process.pid}.ndjson`);
const step = (...args) => {
  const child = spawnSync(process.execPath, [path.join(here, "stream-memory.mjs"), ...args], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
  if (child.status !== 0)
    throw new Error(`stream benchmark step ${args[0]} failed (${child.status})`);
  return child.stdout;
};
let stream;
try {
  step("write", streamFile, String(streamMb));
  stream = JSON.parse(step("validate", streamFile).trim().split("\n").pop());
} finally {
  rmSync(streamFile, { force: true });
}

const results = {
  benchmark: "validators",
  date: new Date().toISOString(),
  node: process.version,
  machine: { cpus: (await import("node:os")).cpus().length, platform: process.platform },
  identifiers: { opsPerSecond: identifiers, goal: { "personalId.isValid": 10_000_000 } },
  citizen: { ...citizenResult, goal: { ratio: 1 } },
  stream: { ...stream, goal: { peakRssMb: 200 } },
};
console.log(JSON.stringify(results, null, 2));
if (process.env.NDCVN_BENCH_RESULTS)
  writeFileSync(process.env.NDCVN_BENCH_RESULTS, `${JSON.stringify(results, null, 2)}\n`);
