// Link taxpayers to citizens from two CSV extracts with the API: each file is read as a stream and
// every row checked as a RecordEnvelope (a row that does not parse is reported with its line, never
// dropped silently), then `link` runs the passes of presets.vietnamesePerson.
//   node link-with-api.mjs <left.csv> <right.csv> <result.json>
import { createReadStream } from "node:fs";
import { writeFile } from "node:fs/promises";
import { link, presets } from "@ndcvn/linkage";
import { createValidator, validateStream } from "@ndcvn/validators";

const envelope = createValidator("https://schemas.ndcvn.org/common/RecordEnvelope/1.0.0");

/** The rows of a CSV extract as records; the rows that are not envelopes, with their lines. */
async function readExtract(file) {
  const records = [];
  const rejected = [];
  const rows = validateStream(createReadStream(file), envelope, {
    format: "csv",
    csv: { columnTypes: { version: "integer" } },
  });
  for await (const row of rows) {
    if (row.ok) records.push(row.value);
    else rejected.push({ line: row.line, codes: row.issues.map((issue) => issue.code) });
  }
  return { records, rejected };
}

const [leftFile, rightFile, outFile] = process.argv.slice(2);
if (!leftFile || !rightFile || !outFile) {
  console.error("usage: node link-with-api.mjs <left.csv> <right.csv> <result.json>");
  process.exit(2);
}
const left = await readExtract(leftFile);
const right = await readExtract(rightFile);
for (const [file, { rejected }] of [
  [leftFile, left],
  [rightFile, right],
]) {
  for (const row of rejected) console.error(`${file}:${row.line}: ${row.codes.join(", ")}`);
}

const result = await link(left.records, right.records, presets.vietnamesePerson);
await writeFile(outFile, `${JSON.stringify(result, null, 2)}\n`);

console.log(`left ${left.records.length} records, right ${right.records.length} records`);
for (const pass of result.passes.filter((pass) => pass.links > 0)) {
  console.log(`  ${pass.name}: ${pass.links} links`);
}
console.log(
  `links ${result.links.length}, ambiguities ${result.ambiguities.length}, ` +
    `unmatched ${result.unmatched.left.length} / ${result.unmatched.right.length}`,
);
console.log(`spec ${result.specHash}, normaliser ${result.normalizerVersion}`);
process.exit(left.rejected.length + right.rejected.length > 0 ? 1 : 0);
