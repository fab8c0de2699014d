// Deduplication of FEBRL dataset2 (5,000 synthetic person records by the FEBRL generator, 1,934 true
// pairs), data nobody here wrote, with the spec in specs/febrl.json. Read from the shared datasets
// folder beside the repository (`../shared/datasets/febrl/`); skipped, saying so, when it is absent.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { type ClusterResult, dedupe, type LinkageSpec, validateSpec } from "../src/index.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, "../../..");
const datasets = path.resolve(repoRoot, "../shared/datasets/febrl");
const dataset2 = path.join(datasets, "dataset2.csv");
const present = existsSync(dataset2);
if (!present) console.log(`FEBRL test skipped: ${dataset2} is absent.`);

const spec = JSON.parse(
  readFileSync(path.resolve(here, "../specs/febrl.json"), "utf8"),
) as LinkageSpec;

/** FEBRL CSV: header, then fields separated by ", "; empty means missing; all text. */
function readFebrl(file: string): Record<string, string>[] {
  const [header = "", ...lines] = readFileSync(file, "utf8").trim().split(/\r?\n/);
  const columns = header.split(",").map((column) => column.trim());
  return lines.map((line) => {
    const cells = line.split(",").map((cell) => cell.trim());
    const record: Record<string, string> = {};
    columns.forEach((column, i) => {
      const cell = cells[i];
      if (cell !== undefined && cell !== "") record[column] = cell;
    });
    return record;
  });
}

/** The person of a record: the number in `rec-<n>-org` / `rec-<n>-dup-<k>`. */
const personOf = (id: string) => /^rec-(\d+)-/.exec(id)?.[1] ?? id;

function pairScore(result: ClusterResult, truePairs: number) {
  let pairs = 0;
  let correct = 0;
  for (const cluster of result.clusters)
    for (let i = 0; i < cluster.members.length; i++)
      for (let j = i + 1; j < cluster.members.length; j++) {
        pairs++;
        if (personOf(cluster.members[i]?.id ?? "") === personOf(cluster.members[j]?.id ?? ""))
          correct++;
      }
  return {
    pairs,
    correct,
    precision: pairs === 0 ? 1 : correct / pairs,
    recall: correct / truePairs,
  };
}

describe.skipIf(!present)("FEBRL dataset2: dedupe", () => {
  it("finds duplicates with pair precision ≥ 0.999 (recall reported)", async () => {
    expect(validateSpec(spec).ok).toBe(true);
    const records = readFebrl(dataset2);
    expect(records).toHaveLength(5000);
    const people = new Map<string, number>();
    for (const record of records) {
      const person = personOf(record.rec_id ?? "");
      people.set(person, (people.get(person) ?? 0) + 1);
    }
    const truePairs = [...people.values()].reduce((sum, n) => sum + (n * (n - 1)) / 2, 0);
    expect(truePairs).toBe(1934);
    const result = await dedupe(records, spec);
    const score = pairScore(result, truePairs);
    console.log(
      "FEBRL dataset2",
      JSON.stringify({
        ...score,
        clusters: result.clusters.length,
        ambiguities: result.ambiguities.length,
      }),
      JSON.stringify(result.passes.map((pass) => [pass.name, pass.links])),
    );
    expect(score.precision).toBeGreaterThanOrEqual(0.999);
  }, 60_000);
});
