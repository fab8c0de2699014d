// Same size and seed give byte-identical output: twice in one process, in separate processes,
// and whatever the chunk size or the range asked for.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createPopulation,
  generateHouseholds,
  generatePopulation,
  POPULATION_BLOCK_SIZE,
  populationChunks,
  type SyntheticPerson,
} from "../src/index.js";

const SIZE = 5000;
const SEED = 20261127;
const here = path.dirname(fileURLToPath(import.meta.url));

const ndjson = (persons: Iterable<SyntheticPerson>) => {
  let text = "";
  for (const person of persons) text += `${JSON.stringify(person)}\n`;
  return text;
};
const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

let reference: string;

beforeAll(async () => {
  reference = ndjson(await collect(generatePopulation({ size: SIZE, seed: SEED })));
});

describe("determinism in one process", () => {
  it("gives the same bytes for the same size and seed", async () => {
    const again = ndjson(await collect(generatePopulation({ size: SIZE, seed: SEED })));
    expect(again.length).toBeGreaterThan(SIZE * 500);
    expect(sha256(again)).toBe(sha256(reference));
  });

  it("gives other persons for another seed", async () => {
    const other = ndjson(await collect(generatePopulation({ size: SIZE, seed: SEED + 1 })));
    expect(sha256(other)).not.toBe(sha256(reference));
  });

  it.each([1, 7, 999, 2000, 4999, 5000, 100_000])(
    "gives the same bytes in chunks of %i",
    async (chunkSize) => {
      let text = "";
      let chunks = 0;
      for await (const chunk of populationChunks({ size: SIZE, seed: SEED }, chunkSize)) {
        expect(chunk.length).toBeLessThanOrEqual(chunkSize);
        text += ndjson(chunk);
        chunks++;
      }
      expect(chunks).toBe(Math.ceil(SIZE / chunkSize));
      expect(text).toBe(reference);
    },
  );

  it("gives the same persons for any range of ids, generated alone", async () => {
    const population = await createPopulation({ size: SIZE, seed: SEED });
    const lines = reference.trimEnd().split("\n");
    for (const [start, end] of [
      [0, 10],
      [1995, 2010],
      [POPULATION_BLOCK_SIZE * 2 + 17, SIZE],
      [4990, 6000],
    ] as const) {
      const part = ndjson(population.persons(start, end)).trimEnd().split("\n");
      expect(part).toEqual(lines.slice(start, Math.min(end, SIZE)));
    }
    expect([...population.persons(10, 10)]).toEqual([]);
  });

  it("streams persons in order of id, and the households hold exactly them", async () => {
    const persons = reference
      .trimEnd()
      .split("\n")
      .map((line) => JSON.parse(line) as SyntheticPerson);
    expect(persons.map((p) => p.id)).toEqual(
      Array.from({ length: SIZE }, (_, i) => `P${String(i).padStart(9, "0")}`),
    );
    const members: string[] = [];
    for await (const { household, members: people } of generateHouseholds({
      size: SIZE,
      seed: SEED,
    })) {
      expect(people.map((p) => p.id)).toEqual(household.memberIds);
      expect(household.headId).toBe(household.memberIds[0]);
      for (const p of people) expect(p.householdId).toBe(household.id);
      members.push(...household.memberIds);
    }
    expect(members).toEqual(persons.map((p) => p.id));
  });

  it("gives the same full blocks in a larger population (only the last, partial block differs)", async () => {
    const full = Math.floor(SIZE / POPULATION_BLOCK_SIZE) * POPULATION_BLOCK_SIZE;
    const larger = await createPopulation({ size: SIZE * 3, seed: SEED });
    expect(ndjson(larger.persons(0, full))).toBe(
      `${reference.trimEnd().split("\n").slice(0, full).join("\n")}\n`,
    );
  });

  it("refuses bad options", async () => {
    await expect(createPopulation({ size: -1, seed: 1 })).rejects.toThrow(RangeError);
    await expect(createPopulation({ size: 10, seed: 1.5 })).rejects.toThrow(RangeError);
    await expect(createPopulation({ size: 10, seed: 1, asOf: "2026-02-30" })).rejects.toThrow(
      RangeError,
    );
    await expect(createPopulation({ size: 100_000_001, seed: 1 })).rejects.toThrow(RangeError);
    expect([...(await createPopulation({ size: 0, seed: 1 })).persons()]).toEqual([]);
  });
});

describe("determinism across processes", () => {
  let dir: string;
  let bundle: string;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "ndcvn-synth-"));
    bundle = path.join(dir, "synth.mjs");
    await build({
      entryPoints: [path.join(here, "../src/index.ts")],
      bundle: true,
      format: "esm",
      platform: "node",
      outfile: bundle,
      logLevel: "error",
    });
    writeFileSync(
      path.join(dir, "run.mjs"),
      `import { createHash } from "node:crypto";
import { createPopulation } from ${JSON.stringify(bundle)};
const [size, seed] = process.argv.slice(2).map(Number);
const hash = createHash("sha256");
for (const person of (await createPopulation({ size, seed })).persons()) hash.update(JSON.stringify(person) + "\\n");
process.stdout.write(hash.digest("hex"));
`,
    );
  }, 30_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("gives byte-identical NDJSON in two separate node processes", () => {
    const run = () => {
      const result = spawnSync(
        process.execPath,
        [path.join(dir, "run.mjs"), String(SIZE), String(SEED)],
        {
          encoding: "utf8",
          timeout: 60_000,
        },
      );
      expect(result.status, result.stderr).toBe(0);
      return result.stdout;
    };
    const first = run();
    const second = run();
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(second).toBe(first);
    expect(first).toBe(sha256(reference));
  }, 60_000);
});
