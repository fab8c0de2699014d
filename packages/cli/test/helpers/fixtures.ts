// Test data: the schema package's Citizen fixtures (real valid and invalid cases) and small
// synthetic extracts made with @ndcvn/synth, written to a temporary folder.
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import {
  createPopulation,
  type ExtractDatabase,
  extract,
  type FaultRates,
  toCsv,
  toNdjson,
} from "@ndcvn/synth";

/** A temporary folder, removed by `remove`. */
export async function temporaryFolder(): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), "ndc-cli-test-"));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

interface FixtureGroup {
  readonly tests: readonly {
    readonly description: string;
    readonly data: unknown;
    readonly valid: boolean;
  }[];
}

/** The Citizen cases of the schemas package's fixtures (JSON-Schema-Test-Suite shape). */
export async function citizenCases(): Promise<
  { data: unknown; valid: boolean; description: string }[]
> {
  const file = new URL("../../../schemas/fixtures/population/Citizen.json", import.meta.url);
  const groups = JSON.parse(await readFile(file, "utf8")) as FixtureGroup[];
  return groups.flatMap((group) => group.tests.map((test) => ({ ...test })));
}

/** A line that is not JSON (a number cut short), as a broken export would have. */
export const BROKEN_JSON_LINE = '{"birthName": {"fullName": "Lê Văn Tám"}, "personalId": 0012';

/**
 * An NDJSON file of the Citizen cases with a broken line at line 3. Returns the lines of invalid
 * records (1-based) and of the broken one.
 */
export async function writeCitizenFile(file: string) {
  const cases = await citizenCases();
  const lines = cases.map((c) => JSON.stringify(c.data));
  lines.splice(2, 0, BROKEN_JSON_LINE);
  await writeFile(file, `${lines.join("\n")}\n`);
  const invalidLines: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const index = i < 2 ? i : i - 1;
    if (i === 2 || !cases[index]?.valid) invalidLines.push(i + 1);
  }
  return {
    cases,
    lines,
    brokenLine: 3,
    invalidLines,
    validCount: cases.filter((c) => c.valid).length,
  };
}

/** The records of a small synthetic extract. */
export async function syntheticRecords(
  database: ExtractDatabase,
  options: { people: number; seed: number; faults?: Partial<FaultRates> },
) {
  const population = await createPopulation({ size: options.people, seed: options.seed });
  const records = [];
  for await (const record of extract(population.persons(), database, {
    seed: options.seed,
    ...(options.faults ? { faults: options.faults } : {}),
  })) {
    records.push(record);
  }
  return records;
}

/** Write a small synthetic extract as NDJSON or CSV with synth's writers. */
export async function writeExtract(
  file: string,
  database: ExtractDatabase,
  options: { people: number; seed: number; faults?: Partial<FaultRates>; format: "ndjson" | "csv" },
) {
  const records = await syntheticRecords(database, options);
  let text = "";
  for await (const line of options.format === "csv" ? toCsv(records) : toNdjson(records))
    text += line;
  await writeFile(file, text);
  return records;
}
