// Streams a synthetic population to an NDJSON file, in a process of its own so that its peak RSS
// is the stream's:
//   node stream-ndjson.mjs <file> <persons> <seed>
// prints one JSON line: persons, bytes, seconds, persons per second, peak RSS.
import { once } from "node:events";
import { createWriteStream, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const [file, size, seed] = process.argv.slice(2);
const here = path.dirname(fileURLToPath(import.meta.url));
const { populationChunks } = await import(path.join(here, "../dist/index.js"));

const start = process.hrtime.bigint();
const out = createWriteStream(file);
let persons = 0;
for await (const chunk of populationChunks({ size: Number(size), seed: Number(seed) }, 1000)) {
  let text = "";
  for (const person of chunk) text += `${JSON.stringify(person)}\n`;
  persons += chunk.length;
  if (!out.write(text)) await once(out, "drain");
}
out.end();
await once(out, "finish");
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
console.log(
  JSON.stringify({
    persons,
    fileMb: Math.round(statSync(file).size / 1024 / 1024),
    seconds: Number(seconds.toFixed(1)),
    personsPerSecond: Math.round(persons / seconds),
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  }),
);
