// Same people and seed, same bytes: across runs, across processes, and whatever the order of the
// people; another seed, other faults and record ids.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, rmdirSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { afterAll, describe, expect, test } from "vitest";
import { EXTRACT_DATABASES } from "../src/extract/databases.js";
import { extract } from "../src/extract/extract.js";
import type { ExtractedRecord, ExtractOptions } from "../src/extract/types.js";
import type { SyntheticPerson } from "../src/person.js";
import { toNdjson } from "../src/writers/ndjson.js";
import { populationPeople } from "./extract-people.js";

// Population and extract together: generatePopulation, then every database.
const PEOPLE = await populationPeople(3000, 41);

async function ndjson(people: Iterable<SyntheticPerson>, options: ExtractOptions): Promise<string> {
  let out = "";
  for (const database of EXTRACT_DATABASES)
    for await (const line of toNdjson(extract(people, database, options))) out += line;
  return out;
}

async function collect(iterable: AsyncIterable<ExtractedRecord>): Promise<ExtractedRecord[]> {
  const out: ExtractedRecord[] = [];
  for await (const record of iterable) out.push(record);
  return out;
}

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

describe("determinism", () => {
  test("same people and seed: byte-identical NDJSON", async () => {
    const first = await ndjson(PEOPLE, { seed: 17 });
    const second = await ndjson(await populationPeople(3000, 41), { seed: 17 });
    expect(first.length).toBeGreaterThan(1_000_000);
    expect(sha256(second)).toBe(sha256(first));
  });

  test("the people's order does not change any record", async () => {
    const forward = (await ndjson(PEOPLE, { seed: 17 })).split("\n").sort();
    const backward = (await ndjson([...PEOPLE].reverse(), { seed: 17 })).split("\n").sort();
    expect(backward).toEqual(forward);
  });

  test("an async iterable of people gives the same records", async () => {
    async function* stream() {
      for (const person of PEOPLE) yield person;
    }
    let out = "";
    for await (const line of toNdjson(extract(stream(), "insurance", { seed: 17 }))) out += line;
    let expected = "";
    for await (const line of toNdjson(extract(PEOPLE, "insurance", { seed: 17 }))) expected += line;
    expect(out).toBe(expected);
  });

  test("another seed: other record ids and other faults, the same people", async () => {
    for (const database of EXTRACT_DATABASES) {
      const a = await collect(extract(PEOPLE, database, { seed: 1, faults: { duplicate: 0 } }));
      const b = await collect(extract(PEOPLE, database, { seed: 2, faults: { duplicate: 0 } }));
      expect(b.map((record) => record.personId)).toEqual(a.map((record) => record.personId));
      const idsA = new Set(a.map((record) => record.envelope.recordId));
      expect(b.some((record) => idsA.has(record.envelope.recordId))).toBe(false);
      const differ = a.filter(
        (record, i) => record.faults.join() !== (b[i] as ExtractedRecord).faults.join(),
      ).length;
      expect(differ, database).toBeGreaterThan(a.length * 0.1);
    }
  });
});

describe("determinism across processes", () => {
  const packageDir = fileURLToPath(new URL("..", import.meta.url));
  // A directory at the depth of test/ (the helper finds the code lists relative to it), ignored by git.
  const work = `${packageDir}.tmp/extract-determinism-${process.pid}`;
  afterAll(() => {
    rmSync(work, { recursive: true, force: true });
    const tmp = `${packageDir}.tmp`;
    if (readdirSync(tmp).length === 0) rmdirSync(tmp);
  });

  test("a separate node process writes the same bytes", async () => {
    mkdirSync(work, { recursive: true });
    const entry = `${work}/entry.ts`;
    writeFileSync(
      entry,
      `import { createHash } from "node:crypto";
import { EXTRACT_DATABASES } from "../../src/extract/databases.js";
import { extract } from "../../src/extract/extract.js";
import { toNdjson } from "../../src/writers/ndjson.js";
import { populationPeople } from "../../test/extract-people.js";
const people = await populationPeople(3000, 41);
let out = "";
for (const database of EXTRACT_DATABASES)
  for await (const line of toNdjson(extract(people, database, { seed: 17 }))) out += line;
process.stdout.write(createHash("sha256").update(out).digest("hex") + " " + out.length);
`,
    );
    // One level below the package, like test/: relative paths of the helper still hold.
    const outfile = `${packageDir}.tmp/extract-determinism-${process.pid}.mjs`;
    await build({
      entryPoints: [entry],
      outfile,
      bundle: true,
      platform: "node",
      format: "esm",
      packages: "external",
      logLevel: "error",
    });
    const child = spawnSync(process.execPath, [outfile], { encoding: "utf8", cwd: packageDir });
    rmSync(outfile, { force: true });
    expect(child.stderr).toBe("");
    const expected = await ndjson(PEOPLE, { seed: 17 });
    expect(child.stdout).toBe(`${sha256(expected)} ${expected.length}`);
  }, 60_000);
});
