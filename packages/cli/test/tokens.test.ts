// `ndc tokens`: token sets that hold no identifier, made with a secret from the environment or a
// file and never shown; linking two token sets gives the links of the records themselves; and
// every way to get the secret or the inputs wrong.
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { LinkResult, TokenSet } from "@ndcvn/linkage";
import { type ExtractedRecord, toCsv, toNdjson } from "@ndcvn/synth";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { syntheticRecords, temporaryFolder } from "./helpers/fixtures.js";
import { runCli } from "./helpers/run-cli.js";

const HEALTH_CARD = "https://schemas.ndcvn.org/insurance/HealthInsuranceCard/1.0.0";
const SECRET = "a synthetic shared secret for tests";
const OTHER_SECRET = "another shared secret, not the same";

let folder: Awaited<ReturnType<typeof temporaryFolder>>;
let population: ExtractedRecord[];
let cards: ExtractedRecord[];
const settings = { cwd: "", env: { NDC_LINKAGE_SECRET: SECRET } };
const read = (name: string) => readFile(path.join(folder.dir, name), "utf8");

async function write(name: string, lines: AsyncIterable<string> | Iterable<string>) {
  let text = "";
  for await (const line of lines) text += line;
  await writeFile(path.join(folder.dir, name), text);
}

beforeAll(async () => {
  folder = await temporaryFolder();
  settings.cwd = folder.dir;
  population = await syntheticRecords("population", { people: 300, seed: 4 });
  cards = (await syntheticRecords("insurance", { people: 300, seed: 4 })).filter(
    (record) => record.envelope.schema === HEALTH_CARD,
  );
  await write("population.ndjson", toNdjson(population));
  await write("cards.csv", toCsv(cards));
});
afterAll(() => folder.remove());

describe("success", () => {
  it("writes a token set with ids and tokens only, and never shows the secret", async () => {
    const { code, stdout, stderr } = await runCli(
      ["tokens", "population.ndjson", "--spec", "vietnamesePerson", "--out", "pop.tokens.json"],
      settings,
    );
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const text = await read("pop.tokens.json");
    const tokens = JSON.parse(text) as TokenSet;
    expect(tokens).toMatchObject({ format: "ndcvn-linkage-tokens", version: 1 });
    expect(tokens.records.map((r) => r.id).sort()).toEqual(
      population.map((r) => r.envelope.recordId).sort(),
    );
    // No personal ID, name or date of the records; no secret anywhere.
    for (const record of population.slice(0, 50)) {
      const data = record.envelope.data as { personalId?: string; dateOfBirth?: string };
      if (data.personalId) expect(text).not.toContain(data.personalId);
      if (data.dateOfBirth) expect(text).not.toContain(`"${data.dateOfBirth}"`);
    }
    for (const output of [text, stdout, stderr]) expect(output).not.toContain(SECRET);
    expect(stdout).toContain("Token set");
    expect(stdout).toMatch(new RegExp(`│ Records\\s+│ ${population.length}\\s+│`));
    expect(stdout).toContain(`│ Key id (equal for equal secrets) │ ${tokens.keyId}`);
    expect(stdout).toContain("Token set written: pop.tokens.json");
  });

  it("linking two token sets gives the links of the records themselves", async () => {
    const made = await runCli(
      ["tokens", "cards.csv", "--spec", "vietnamesePerson", "-o", "cards.tokens.json"],
      settings,
    );
    expect(made.code).toBe(0);
    await write("cards.ndjson", toNdjson(cards));
    const clear = await runCli(
      [
        "link",
        "cards.ndjson",
        "population.ndjson",
        "--spec",
        "vietnamesePerson",
        "-o",
        "clear.json",
      ],
      settings,
    );
    const tokens = await runCli(
      [
        "link",
        "cards.tokens.json",
        "pop.tokens.json",
        "--spec",
        "vietnamesePerson",
        "-o",
        "tokens.json",
      ],
      settings,
    );
    expect(clear.code).toBe(0);
    expect(tokens.code).toBe(0);
    const inClear = JSON.parse(await read("clear.json")) as LinkResult;
    const onTokens = JSON.parse(await read("tokens.json")) as LinkResult;
    expect(inClear.links.length).toBeGreaterThan(100);
    const pairs = (result: LinkResult) => result.links.map((l) => [l.left, l.right, l.pass]);
    expect(pairs(onTokens)).toEqual(pairs(inClear));
    expect(onTokens.unmatched).toEqual(inClear.unmatched);
    expect(onTokens.ambiguities.map((a) => a.candidates)).toEqual(
      inClear.ambiguities.map((a) => a.candidates),
    );
    expect(onTokens.passes).toEqual(inClear.passes);
    expect(onTokens.mode).toBe("tokens");
    expect(tokens.stdout).toContain("tokens (no identifier revealed)");
    expect(tokens.stdout).toMatch(/│ Left\s+│ cards\.tokens\.json — [\d,]+ records \(token set\)/);
  });

  it("reads the secret from a file (a trailing line break is not part of it) or another variable", async () => {
    await writeFile(path.join(folder.dir, "secret.txt"), `${SECRET}\n`);
    const fromFile = await runCli(
      [
        "tokens",
        "population.ndjson",
        "--spec",
        "vietnamesePerson",
        "-o",
        "f.json",
        "--secret-file",
        "secret.txt",
      ],
      { cwd: folder.dir, env: {} },
    );
    const fromVariable = await runCli(
      [
        "tokens",
        "population.ndjson",
        "--spec",
        "vietnamesePerson",
        "-o",
        "v.json",
        "--secret-env",
        "AGENCY_KEY",
      ],
      { cwd: folder.dir, env: { AGENCY_KEY: SECRET } },
    );
    expect(fromFile.code).toBe(0);
    expect(fromVariable.code).toBe(0);
    const keyId = (JSON.parse(await read("pop.tokens.json")) as TokenSet).keyId;
    expect((JSON.parse(await read("f.json")) as TokenSet).keyId).toBe(keyId);
    expect(await read("v.json")).toBe(await read("pop.tokens.json"));
  });

  it("speaks Vietnamese", async () => {
    const { code, stdout } = await runCli(
      [
        "tokens",
        "population.ndjson",
        "--spec",
        "vietnamesePerson",
        "-o",
        "vi.json",
        "--lang",
        "vi",
      ],
      settings,
    );
    expect(code).toBe(0);
    expect(stdout).toContain("Bộ token");
    expect(stdout).toContain("Đã ghi bộ token: vi.json");
  });
});

describe("findings: values the spec cannot read are counted, not fatal", () => {
  it("reports values of the wrong type and exits 0", async () => {
    await write("odd.ndjson", [
      `${JSON.stringify({ id: "A", fullName: { not: "a name" }, dateOfBirth: "1990-01-01" })}\n`,
      `${JSON.stringify({ id: "B", fullName: "Trần Thị Bình", dateOfBirth: 19900101 })}\n`,
    ]);
    const { code, stdout } = await runCli(
      ["tokens", "odd.ndjson", "--spec", "vietnamesePerson", "-o", "odd.tokens.json"],
      settings,
    );
    expect(code).toBe(0);
    expect(stdout).toMatch(/│ Values of the wrong type \(taken as missing\) │ [1-9]\d* +│/);
  });
});

describe("bad input", () => {
  const tokensArgs = (...rest: string[]) => [
    "tokens",
    "population.ndjson",
    "--spec",
    "vietnamesePerson",
    "-o",
    "bad.tokens.json",
    ...rest,
  ];

  it("no secret: exit 2, in English and Vietnamese, and no file written", async () => {
    const en = await runCli(tokensArgs(), { cwd: folder.dir, env: {} });
    expect(en.code).toBe(2);
    expect(en.stderr).toBe(
      "ndc: The linkage secret is missing: set the environment variable NDC_LINKAGE_SECRET, or use --secret-env <NAME> or --secret-file <file>. The secret is never given on the command line. [missing_secret]\n",
    );
    const vi = await runCli(tokensArgs("--lang", "vi"), { cwd: folder.dir, env: {} });
    expect(vi.stderr).toMatch(
      /^ndc: Thiếu khoá bí mật liên kết: đặt biến môi trường NDC_LINKAGE_SECRET/,
    );
    const named = await runCli(tokensArgs("--secret-env", "NOPE"), { cwd: folder.dir, env: {} });
    expect(named.stderr).toContain("set the environment variable NOPE");
    await expect(read("bad.tokens.json")).rejects.toThrow(/ENOENT/);
  });

  it("a short secret is refused without being shown", async () => {
    const { code, stderr } = await runCli(tokensArgs(), {
      cwd: folder.dir,
      env: { NDC_LINKAGE_SECRET: "tiny-secret" },
    });
    expect(code).toBe(2);
    expect(stderr).toBe(
      "ndc: The linkage secret (NDC_LINKAGE_SECRET) is too short: it needs at least 16 bytes. [invalid_secret]\n",
    );
    expect(stderr).not.toContain("tiny-secret");
  });

  it("both ways of giving the secret at once, or a secret file that is missing", async () => {
    const both = await runCli(tokensArgs("--secret-env", "A", "--secret-file", "s.txt"), settings);
    expect(both.stderr).toBe(
      "ndc: --secret-env and --secret-file cannot be used together. [conflicting_options]\n",
    );
    const missing = await runCli(tokensArgs("--secret-file", "nowhere.txt"), settings);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe("ndc: The file nowhere.txt does not exist. [file_not_found]\n");
  });

  it("token sets made with different secrets cannot be linked", async () => {
    await runCli(["tokens", "cards.csv", "--spec", "vietnamesePerson", "-o", "other.tokens.json"], {
      cwd: folder.dir,
      env: { NDC_LINKAGE_SECRET: OTHER_SECRET },
    });
    const { code, stderr } = await runCli(
      ["link", "other.tokens.json", "pop.tokens.json", "--spec", "vietnamesePerson"],
      settings,
    );
    expect(code).toBe(2);
    expect(stderr).toBe(
      "ndc: The token sets cannot be linked: The token sets were made with different secrets; their tokens cannot match. [invalid_token_set]\n",
    );
  });

  it("a token set with a file of records, and tokens of a token set", async () => {
    const mixed = await runCli(
      ["link", "pop.tokens.json", "cards.csv", "--spec", "vietnamesePerson"],
      settings,
    );
    expect(mixed.code).toBe(2);
    expect(mixed.stderr).toContain("[mixed_inputs]");
    const twice = await runCli(
      ["tokens", "pop.tokens.json", "--spec", "vietnamesePerson", "-o", "again.json"],
      settings,
    );
    expect(twice.code).toBe(2);
    expect(twice.stderr).toBe(
      "ndc: pop.tokens.json is already a token set: make tokens of a file of records. [already_tokens]\n",
    );
  });

  it("a --source the spec does not declare", async () => {
    const spec = {
      specVersion: 1,
      sources: [{ name: "population" }, { name: "tax" }],
      recordId: "envelope.recordId",
      fields: { name: { from: "data.birthName.fullName", normalise: ["nameKey"] } },
      passes: [{ name: "name", key: ["name"] }],
    };
    await writeFile(path.join(folder.dir, "sources.json"), JSON.stringify(spec));
    const { code, stderr } = await runCli(
      [
        "tokens",
        "population.ndjson",
        "--spec",
        "sources.json",
        "-o",
        "s.json",
        "--source",
        "health",
      ],
      settings,
    );
    expect(code).toBe(2);
    expect(stderr).toBe(
      "ndc: The value of --source is not valid: it must be a source of the spec: population, tax. [invalid_value]\n",
    );
  });
});
