// validateStream over a large NDJSON file of synthetic Citizen records, measured in a process of its
// own so that its peak RSS is the stream's:
//   node stream-memory.mjs write <file> <megabytes>   writes the file
//   node stream-memory.mjs validate <file>            streams it through the Citizen validator and
//                                                     prints one JSON line: records, time, peak RSS
import { createReadStream, createWriteStream, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { citizen, random } from "./citizens.mjs";

const [command, file, megabytes] = process.argv.slice(2);
const here = path.dirname(fileURLToPath(import.meta.url));

if (command === "write") {
  const next = random(7);
  const out = createWriteStream(file);
  const target = Number(megabytes) * 1024 * 1024;
  let written = 0;
  while (written < target) {
    const line = `${JSON.stringify(citizen(next))}\n`;
    written += Buffer.byteLength(line);
    if (!out.write(line)) await new Promise((resolve) => out.once("drain", resolve));
  }
  await new Promise((resolve) => out.end(resolve));
} else if (command === "validate") {
  const { createValidator, validateStream } = await import(path.join(here, "../dist/index.js"));
  const validator = createValidator("https://schemas.ndcvn.org/population/Citizen/1.0.0");
  const start = process.hrtime.bigint();
  let records = 0;
  let valid = 0;
  for await (const result of validateStream(createReadStream(file), validator, {
    format: "ndjson",
  })) {
    records++;
    if (result.ok) valid++;
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  console.log(
    JSON.stringify({
      fileMb: Math.round(statSync(file).size / 1024 / 1024),
      records,
      valid,
      seconds: Number(seconds.toFixed(1)),
      recordsPerSecond: Math.round(records / seconds),
      peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    }),
  );
} else {
  console.error("usage: stream-memory.mjs write <file> <megabytes> | validate <file>");
  process.exit(2);
}
