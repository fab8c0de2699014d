// Child of run.mjs: a synthetic population of <people> and the records of its population and
// insurance databases (default faults), written as NDJSON envelopes — population.ndjson,
// health-insurance.ndjson (HealthInsuranceCard), social-insurance.ndjson
// (SocialInsuranceParticipation) — and the truth (truth.tsv: source, record id, person id).
// Usage: node generate.mjs <dir> <people> <seed>
import { createWriteStream, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const { extract, generatePopulation } = await import(
  path.join(here, "../node_modules/@ndcvn/synth/dist/index.js")
);
const [dir, peopleText, seedText] = process.argv.slice(2);
const size = Number(peopleText);
const seed = Number(seedText);

/** A file written in large chunks, waiting for the disk when its buffer is full. */
function output(name) {
  const stream = createWriteStream(path.join(dir, name));
  let chunk = "";
  return {
    async write(text) {
      chunk += text;
      if (chunk.length < 1 << 20) return;
      const full = chunk;
      chunk = "";
      if (!stream.write(full)) await new Promise((resolve) => stream.once("drain", resolve));
    },
    async close() {
      stream.write(chunk);
      await new Promise((resolve) => stream.end(resolve));
    },
  };
}

const HEALTH_CARD = "https://schemas.ndcvn.org/insurance/HealthInsuranceCard/1.0.0";
const files = {
  population: output("population.ndjson"),
  healthInsurance: output("health-insurance.ndjson"),
  socialInsurance: output("social-insurance.ndjson"),
};
const truth = output("truth.tsv");
const counts = { population: 0, healthInsurance: 0, socialInsurance: 0 };
const start = performance.now();
for (const database of ["population", "insurance"]) {
  const people = generatePopulation({ size, seed });
  for await (const record of extract(people, database, { seed: seed + 1 })) {
    const source =
      database === "population"
        ? "population"
        : record.envelope.schema === HEALTH_CARD
          ? "healthInsurance"
          : "socialInsurance";
    counts[source]++;
    await files[source].write(`${JSON.stringify(record.envelope)}\n`);
    await truth.write(`${source}\t${record.envelope.recordId}\t${record.personId}\n`);
  }
}
for (const file of [...Object.values(files), truth]) await file.close();
const summary = {
  people: size,
  seed,
  counts,
  seconds: Math.round((performance.now() - start) / 100) / 10,
};
writeFileSync(path.join(dir, "generated.json"), JSON.stringify(summary));
console.log(JSON.stringify(summary));
