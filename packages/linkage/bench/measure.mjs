// Child of run.mjs: one measured linkage of the NDJSON files generate.mjs wrote, streamed from disk
// record by record, in a process of its own so that its peak RSS is its own. Prints one JSON line:
// timings (reading and parsing the files apart from the linkage), peak RSS, and accuracy against
// the truth (loaded only after the peak RSS is taken).
// Usage: node measure.mjs <dir> link|linkMany|dedupeTogether|normalise|read
import { createReadStream, readFileSync } from "node:fs";
import path from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const dist = path.join(here, "../dist");
const { dedupe, link, linkMany, presets } = await import(path.join(dist, "index.js"));
const [dir, mode] = process.argv.slice(2);

const input = { ms: 0, records: 0 };
let inputDone = 0;
let openStreams = 0;

/** Records of an NDJSON file; the time spent reading and parsing is counted apart. */
async function* records(name) {
  openStreams++;
  const lines = createInterface({
    input: createReadStream(path.join(dir, name)),
    crlfDelay: Infinity,
  });
  let start = performance.now();
  for await (const line of lines) {
    const record = JSON.parse(line);
    input.ms += performance.now() - start;
    input.records++;
    yield record;
    start = performance.now();
  }
  input.ms += performance.now() - start;
  if (--openStreams === 0) inputDone = performance.now();
}

const files = {
  population: "population.ndjson",
  healthInsurance: "health-insurance.ndjson",
  socialInsurance: "social-insurance.ndjson",
};

const cpuBefore = process.cpuUsage();
const start = performance.now();
let result;
if (mode === "link") {
  result = await link(
    records(files.population),
    records(files.healthInsurance),
    presets.vietnamesePerson,
    {
      sources: ["population", "healthInsurance"],
    },
  );
} else if (mode === "linkMany") {
  result = await linkMany(
    {
      population: records(files.population),
      healthInsurance: records(files.healthInsurance),
      socialInsurance: records(files.socialInsurance),
    },
    presets.vietnamesePerson,
  );
} else if (mode === "dedupeTogether") {
  // Sources that hold duplicates: both deduplicated at once, so a person's every record clusters.
  async function* both() {
    yield* records(files.population);
    yield* records(files.healthInsurance);
  }
  result = await dedupe(both(), presets.vietnamesePerson);
} else if (mode === "read") {
  // The baseline: reading and parsing the files, and nothing else; CPU seconds per file.
  const perFile = {};
  for (const [name, file] of Object.entries(files)) {
    const before = process.cpuUsage();
    for await (const _ of records(file));
    const used = process.cpuUsage(before);
    perFile[name] = (used.user + used.system) / 1e6;
  }
  process.stdout.write(`${JSON.stringify({ mode, cpuSecondsPerFile: perFile })}\n`);
  process.exit(0);
} else if (mode === "normalise") {
  // Every field of every record, as an engine that needs them all at once computes them.
  const { NormalisedSource } = await import(path.join(dist, "normalise/normalised-source.js"));
  const { compilePlan } = await import(path.join(dist, "normalise/plan.js"));
  const plan = compilePlan(presets.vietnamesePerson);
  for (const [name, file] of Object.entries(files)) {
    const source = await NormalisedSource.read(records(file), plan, name);
    for (const field of plan.fields) source.fieldColumn(field.index);
  }
}
const end = performance.now();
const cpu = process.cpuUsage(cpuBefore);
const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
const linkageSeconds = (end - start - input.ms) / 1000;
const measured = {
  mode,
  records: input.records,
  seconds: round(linkageSeconds),
  readSeconds: inputDone ? round((inputDone - start - input.ms) / 1000) : undefined,
  passesSeconds: inputDone ? round((end - inputDone) / 1000) : undefined,
  inputSeconds: round(input.ms / 1000),
  wallSeconds: round((end - start) / 1000),
  cpuSeconds: round((cpu.user + cpu.system) / 1e6),
  recordsPerSecond: Math.round(input.records / linkageSeconds),
  peakRssMb,
};

function round(x) {
  return Math.round(x * 100) / 100;
}

if (result) {
  const truth = new Map();
  for (const line of readFileSync(path.join(dir, "truth.tsv"), "utf8").split("\n")) {
    if (!line) continue;
    const [source, id, person] = line.split("\t");
    truth.set(`${source}\u0000${id}`, person);
  }
  measured.accuracy =
    mode === "dedupeTogether" ? togetherAccuracy(result, truth) : accuracy(result, truth);
  measured.outcome = {
    links: result.links?.length,
    clusters: result.clusters?.length,
    ambiguities: result.ambiguities.length,
    unmatched: result.unmatched.left
      ? result.unmatched.left.length + result.unmatched.right.length
      : result.unmatched.length,
  };
  measured.passes = result.passes;
}
console.log(JSON.stringify(measured));

/** Pair precision, recall (all true pairs, and those a one-to-one linkage can make), per pass. */
function accuracy(result, truth) {
  const person = (source, id) => truth.get(`${source}\u0000${id}`);
  const sources = Array.isArray(result.sources)
    ? result.sources
    : [result.sources.left, result.sources.right];
  const perPerson = new Map();
  for (const [key, who] of truth) {
    const source = key.slice(0, key.indexOf("\u0000"));
    if (!sources.includes(source)) continue;
    const counts = perPerson.get(who) ?? {};
    counts[source] = (counts[source] ?? 0) + 1;
    perPerson.set(who, counts);
  }
  let truePairs = 0;
  let oneToOnePairs = 0;
  for (const counts of perPerson.values())
    for (let a = 0; a < sources.length; a++)
      for (let b = a + 1; b < sources.length; b++) {
        const x = counts[sources[a]] ?? 0;
        const y = counts[sources[b]] ?? 0;
        truePairs += x * y;
        if (x === 1 && y === 1) oneToOnePairs++;
      }
  const pairs = [];
  const edges = [];
  if (result.links) {
    for (const l of result.links) {
      const a = [sources[0], l.left];
      const b = [sources[1], l.right];
      pairs.push([a, b]);
      edges.push([a, b, l.pass]);
    }
  } else {
    for (const cluster of result.clusters) {
      for (let i = 0; i < cluster.members.length; i++)
        for (let j = i + 1; j < cluster.members.length; j++) {
          const a = cluster.members[i];
          const b = cluster.members[j];
          pairs.push([
            [a.source, a.id],
            [b.source, b.id],
          ]);
        }
      for (const l of cluster.links)
        edges.push([[l.from.source, l.from.id], [l.to.source, l.to.id], l.pass]);
    }
  }
  let correct = 0;
  let oneToOne = 0;
  for (const [a, b] of pairs) {
    const who = person(...a);
    if (who === undefined || who !== person(...b)) continue;
    correct++;
    const counts = perPerson.get(who);
    if (counts[a[0]] === 1 && counts[b[0]] === 1) oneToOne++;
  }
  const perPass = {};
  for (const [a, b, pass] of edges) {
    const entry = perPass[pass] ?? { links: 0, correct: 0 };
    entry.links++;
    if (person(...a) === person(...b)) entry.correct++;
    perPass[pass] = entry;
  }
  return {
    pairs: pairs.length,
    correct,
    precision: pairs.length ? correct / pairs.length : 1,
    recall: truePairs ? correct / truePairs : 1,
    recallOneToOne: oneToOnePairs ? oneToOne / oneToOnePairs : 1,
    truePairs,
    oneToOnePairs,
    perPass: Object.fromEntries(
      Object.entries(perPass).map(([pass, { links, correct: c }]) => [
        pass,
        { links, precision: c / links },
      ]),
    ),
  };
}

/**
 * Pair precision and recall of `dedupeTogether`: every population × health-insurance pair of
 * members of a cluster is a link; recall is over every true pair, duplicates included.
 */
function togetherAccuracy(result, truth) {
  const sources = ["population", "healthInsurance"];
  const sourceOf = new Map();
  const perPerson = new Map();
  for (const [key, who] of truth) {
    const source = key.slice(0, key.indexOf("\u0000"));
    if (!sources.includes(source)) continue;
    sourceOf.set(key.slice(source.length + 1), source);
    const counts = perPerson.get(who) ?? { population: 0, healthInsurance: 0 };
    counts[source]++;
    perPerson.set(who, counts);
  }
  let truePairs = 0;
  for (const counts of perPerson.values()) truePairs += counts.population * counts.healthInsurance;
  let pairs = 0;
  let correct = 0;
  for (const cluster of result.clusters) {
    const left = cluster.members.filter((m) => sourceOf.get(m.id) === "population");
    const right = cluster.members.filter((m) => sourceOf.get(m.id) === "healthInsurance");
    for (const a of left)
      for (const b of right) {
        pairs++;
        if (truth.get(`population\u0000${a.id}`) === truth.get(`healthInsurance\u0000${b.id}`))
          correct++;
      }
  }
  return {
    pairs,
    correct,
    precision: pairs ? correct / pairs : 1,
    recall: truePairs ? correct / truePairs : 1,
    truePairs,
  };
}
