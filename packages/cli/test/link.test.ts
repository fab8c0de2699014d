// `ndc link`: the engine's result written whole, the summary, precision and recall against synth's
// truth, every input format, --id-field, and every kind of bad input with its exit code and message.
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { type LinkResult, link, presets } from "@ndcvn/linkage";
import { type ExtractedRecord, toCsv, toNdjson, writeTruth } from "@ndcvn/synth";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LinkReport } from "../src/index.js";
import { syntheticRecords, temporaryFolder } from "./helpers/fixtures.js";
import { runCli, steppingClock } from "./helpers/run-cli.js";

const HEALTH_CARD = "https://schemas.ndcvn.org/insurance/HealthInsuranceCard/1.0.0";

let folder: Awaited<ReturnType<typeof temporaryFolder>>;
const settings = { cwd: "" };
let population: ExtractedRecord[];
let cards: ExtractedRecord[];
let expected: LinkResult;

async function write(name: string, lines: AsyncIterable<string> | Iterable<string>) {
  let text = "";
  for await (const line of lines) text += line;
  await writeFile(path.join(folder.dir, name), text);
}
const read = (name: string) => readFile(path.join(folder.dir, name), "utf8");

beforeAll(async () => {
  folder = await temporaryFolder();
  settings.cwd = folder.dir;
  population = await syntheticRecords("population", { people: 400, seed: 9 });
  const insurance = await syntheticRecords("insurance", { people: 400, seed: 9 });
  cards = insurance.filter((record) => record.envelope.schema === HEALTH_CARD);
  await write("population.ndjson", toNdjson(population));
  await write("cards.ndjson", toNdjson(cards));
  await write("population.csv", toCsv(population));
  await write("cards.json", [
    JSON.stringify(
      cards.map((record) => record.envelope),
      null,
      1,
    ),
  ]);
  await write("population.truth.csv", writeTruth(population, { faults: true }));
  await write("cards.truth.csv", writeTruth(cards));
  expected = await link(
    cards.map((record) => record.envelope),
    population.map((record) => record.envelope),
    presets.vietnamesePerson,
  );
});
afterAll(() => folder.remove());

describe("success", () => {
  it("writes the engine's whole result to --out and prints the summary", async () => {
    const { code, stdout, stderr } = await runCli(
      ["link", "cards.ndjson", "population.ndjson", "--spec", "vietnamesePerson", "-o", "r.json"],
      settings,
    );
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const written = JSON.parse(await read("r.json")) as LinkResult;
    expect(written).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(expected.links.length).toBeGreaterThan(200);
    expect(stdout).toContain("Linkage summary");
    expect(stdout).toMatch(
      new RegExp(`│ Left\\s+│ cards\\.ndjson — ${cards.length.toLocaleString("en")} records`),
    );
    expect(stdout).toMatch(
      new RegExp(`│ Links\\s+│ ${expected.links.length.toLocaleString("en")}\\s+│`),
    );
    expect(stdout).toContain(`│ Spec hash                        │ ${expected.specHash}`);
    expect(stdout).toContain("Links per pass");
    expect(stdout).toMatch(/│ personalId\s+│\s+[\d,]+ │\s+[\d,]+ │/);
    expect(stdout).toContain("Result written: r.json");
  });

  it("accounts for every record exactly once", async () => {
    const written = JSON.parse(await read("r.json")) as LinkResult;
    for (const [side, records] of [
      ["left", cards],
      ["right", population],
    ] as const) {
      const ids = [
        ...written.links.map((l) => l[side]),
        ...written.ambiguities.flatMap((a) => a.candidates[side]),
        ...written.unmatched[side],
      ];
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.sort()).toEqual(records.map((r) => r.envelope.recordId).sort());
    }
  });

  it("reads CSV and JSON arrays as it reads NDJSON", async () => {
    const { code } = await runCli(
      ["link", "cards.json", "population.csv", "--spec", "vietnamese-person", "-o", "csv.json"],
      settings,
    );
    expect(code).toBe(0);
    const written = JSON.parse(await read("csv.json")) as LinkResult;
    expect(written.links).toEqual(expected.links);
    expect(written.unmatched).toEqual(expected.unmatched);
  });

  it("measures precision and recall against synth's truth files", async () => {
    const { code, stdout } = await runCli(
      [
        "link",
        "cards.ndjson",
        "population.ndjson",
        "--spec",
        "vietnamesePerson",
        "--truth",
        "cards.truth.csv,population.truth.csv",
        "--report",
        "json",
      ],
      settings,
    );
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as LinkReport;
    const person = new Map(
      [...cards, ...population].map((record) => [record.envelope.recordId, record.personId]),
    );
    const correct = expected.links.filter((l) => person.get(l.left) === person.get(l.right));
    let truePairs = 0;
    for (const card of cards)
      for (const citizen of population) if (card.personId === citizen.personId) truePairs++;
    expect(report.accuracy).toMatchObject({
      links: expected.links.length,
      correct: correct.length,
      precision: correct.length / expected.links.length,
      truePairs,
      recall: correct.length / truePairs,
      notInTruth: { left: 0, right: 0 },
    });
    expect(report.accuracy?.precision).toBeGreaterThanOrEqual(0.99);
    expect(report.accuracy?.recallOneToOne).toBeGreaterThan(0.95);
    const personalId = report.accuracy?.passes.find((pass) => pass.pass === "personalId");
    expect(personalId?.links).toBe(expected.passes[0]?.links);
    expect(report).toMatchObject({
      reportVersion: "1.0.0",
      left: { file: "cards.ndjson", format: "ndjson", kind: "records", records: cards.length },
      right: { kind: "records", records: population.length },
      spec: "vietnamesePerson",
      specHash: expected.specHash,
      mode: "cleartext",
      links: expected.links.length,
      out: null,
    });
    // Counts only: no record id of the inputs.
    expect(stdout).not.toContain(cards[0]?.envelope.recordId);
  });

  it("reads record ids at --id-field, with a spec file", async () => {
    const spec = {
      specVersion: 1,
      fields: {
        name: { from: ["hoTen"], normalise: ["nameKey"] },
        born: { from: "ngaySinh", normalise: ["date"] },
      },
      passes: [{ name: "nameBorn", key: ["name", "born"] }],
    };
    await writeFile(path.join(folder.dir, "spec.json"), JSON.stringify(spec));
    await write("a.ndjson", [
      `${JSON.stringify({ maHoSo: "A-1", hoTen: "Nguyễn Văn An", ngaySinh: "1999-03-14" })}\n`,
      `${JSON.stringify({ maHoSo: "A-2", hoTen: "Trần Thị Bình", ngaySinh: "1985-01-01" })}\n`,
    ]);
    await write("b.ndjson", [
      `${JSON.stringify({ maHoSo: "B-7", hoTen: "NGUYEN VAN AN", ngaySinh: "14/03/1999" })}\n`,
    ]);
    const { code, stdout } = await runCli(
      [
        "link",
        "a.ndjson",
        "b.ndjson",
        "--spec",
        "spec.json",
        "--id-field",
        "maHoSo",
        "-o",
        "ab.json",
      ],
      settings,
    );
    expect(code).toBe(0);
    const written = JSON.parse(await read("ab.json")) as LinkResult;
    expect(written.links).toEqual([
      {
        left: "A-1",
        right: "B-7",
        pass: "nameBorn",
        agreed: { name: "nguyen van an", born: "1999-03-14" },
      },
    ]);
    expect(written.unmatched).toEqual({ left: ["A-2"], right: [] });
    expect(stdout).toMatch(/│ Unmatched \(left \/ right\)\s+│ 1 \/ 0\s+│/);
  });

  it("draws progress on stderr on a terminal only, and not with --no-progress", async () => {
    const args = ["link", "cards.ndjson", "population.ndjson", "--spec", "vietnamesePerson"];
    const terminal = await runCli(args, { ...settings, isTTY: true, clock: steppingClock() });
    expect(terminal.code).toBe(0);
    expect(terminal.stderr).toContain("reading ▕");
    expect(terminal.stderr).toContain("linking ▕");
    expect(terminal.stderr.endsWith("\r\u001b[2K")).toBe(true);
    const off = await runCli([...args, "--no-progress"], { ...settings, isTTY: true });
    expect(off.stderr).toBe("");
  });

  it("speaks Vietnamese", async () => {
    const { code, stdout } = await runCli(
      [
        "link",
        "a.ndjson",
        "b.ndjson",
        "--spec",
        "spec.json",
        "--id-field",
        "maHoSo",
        "--lang",
        "vi",
      ],
      settings,
    );
    expect(code).toBe(0);
    expect(stdout).toContain("Kết quả liên kết");
    expect(stdout).toMatch(/│ Liên kết\s+│ 1\s+│/);
    expect(stdout).toContain("Liên kết theo từng lượt");
  });
});

describe("findings: ambiguities are results, not errors", () => {
  it("reports an ambiguity with its records and exits 0", async () => {
    await write("twins.ndjson", [
      `${JSON.stringify({ id: "L1", fullName: "Lê Văn Cường", dateOfBirth: "1970-07-07" })}\n`,
      `${JSON.stringify({ id: "L2", fullName: "Le Van Cuong", dateOfBirth: "07/07/1970" })}\n`,
    ]);
    await write("one.ndjson", [
      `${JSON.stringify({ id: "R1", fullName: "LÊ VĂN CƯỜNG", dateOfBirth: "1970-07-07" })}\n`,
    ]);
    const { code, stdout } = await runCli(
      ["link", "twins.ndjson", "one.ndjson", "--spec", "vietnamesePerson", "-o", "amb.json"],
      settings,
    );
    expect(code).toBe(0);
    expect(stdout).toMatch(/│ Links\s+│ 0\s+│/);
    expect(stdout).toMatch(/│ Ambiguities\s+│ 1\s+│/);
    expect(stdout).toMatch(/│ Ambiguous records \(left \/ right\) │ 2 \/ 1\s+│/);
    const written = JSON.parse(await read("amb.json")) as LinkResult;
    expect(written.ambiguities[0]?.candidates).toEqual({ left: ["L1", "L2"], right: ["R1"] });
  });

  it("says so in --help", async () => {
    const { stdout } = await runCli(["link", "--help"]);
    expect(stdout.replace(/\s+/g, " ")).toContain(
      "Ambiguities are reported results, not errors: the command exits 0 when it ran.",
    );
    expect(stdout).not.toMatch(/^ {2}1 {2}/m);
  });
});

describe("bad input", () => {
  const linkArgs = (left: string, right: string, ...rest: string[]) => [
    "link",
    left,
    right,
    "--spec",
    "vietnamesePerson",
    ...rest,
  ];

  it("a missing file", async () => {
    const { code, stdout, stderr } = await runCli(linkArgs("nope.ndjson", "one.ndjson"), settings);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toBe("ndc: The file nope.ndjson does not exist. [file_not_found]\n");
  });

  it("a line that is not JSON, with its line", async () => {
    await write("broken.ndjson", [
      `${JSON.stringify({ id: "R1", fullName: "An" })}\n`,
      '{"id": "R2", "fullName": "Bình"\n',
    ]);
    const en = await runCli(linkArgs("one.ndjson", "broken.ndjson", "-o", "never.json"), settings);
    expect(en.code).toBe(2);
    expect(en.stderr).toMatch(
      /^ndc: broken\.ndjson:2: the record cannot be read — The record is not valid JSON: .+ \[unreadable_record\]\n$/,
    );
    const vi = await runCli(linkArgs("one.ndjson", "broken.ndjson", "--lang", "vi"), settings);
    expect(vi.stderr).toMatch(
      /^ndc: broken\.ndjson:2: không đọc được bản ghi — .+ \[unreadable_record\]/,
    );
    // No result file is made from a run that failed.
    await expect(read("never.json")).rejects.toThrow(/ENOENT/);
  });

  it("an unknown preset, with the closest one", async () => {
    const { code, stderr } = await runCli(
      ["link", "one.ndjson", "one.ndjson", "--spec", "vietnamesePersn"],
      settings,
    );
    expect(code).toBe(2);
    expect(stderr).toBe(
      "ndc: There is no linkage preset “vietnamesePersn”, nor a file of that name. Did you mean: vietnamesePerson? [unknown_preset]\n",
    );
  });

  it("an invalid spec: every problem with its path, in English and Vietnamese", async () => {
    const spec = {
      specVersion: 2,
      fields: { name: { from: "fullName", normalise: ["nameKeys"] } },
      passes: [{ name: "p", key: ["name", "born"] }],
    };
    await writeFile(path.join(folder.dir, "bad-spec.json"), JSON.stringify(spec));
    const en = await runCli(
      ["link", "one.ndjson", "twins.ndjson", "--spec", "bad-spec.json"],
      settings,
    );
    expect(en.code).toBe(2);
    const lines = en.stderr.trimEnd().split("\n");
    expect(lines[0]).toMatch(
      /^ndc: The linkage spec bad-spec\.json is not valid \(\d+ problems\): \[invalid_spec\]$/,
    );
    expect(en.stderr).toMatch(/^ {2}\/specVersion: .+ \(unsupported_spec_version\)$/m);
    expect(en.stderr).toMatch(/^ {2}\/fields\/name\/normalise\/0: .+$/m);
    expect(en.stderr).toMatch(/^ {2}\/passes\/0\/key\/1: .+ \(unknown_field\)$/m);
    const vi = await runCli(
      ["link", "one.ndjson", "twins.ndjson", "--spec", "bad-spec.json", "--lang", "vi"],
      settings,
    );
    expect(vi.stderr).toMatch(
      /^ndc: Đặc tả liên kết bad-spec\.json không hợp lệ \(\d+ lỗi\): \[invalid_spec\]/,
    );
    expect(vi.stderr).toContain(
      "/passes/0/key/1: Trường born chưa được khai báo trong fields. (unknown_field)",
    );
    await writeFile(path.join(folder.dir, "not-json.json"), "{ specVersion: 1 }");
    const notJson = await runCli(
      ["link", "one.ndjson", "twins.ndjson", "--spec", "not-json.json"],
      settings,
    );
    expect(notJson.stderr).toMatch(/\[invalid_spec\]\n {2}\(spec\): .+ \(invalid_json\)\n$/);
  });

  it("two records with one id: both lines", async () => {
    await write("dupes.ndjson", [
      `${JSON.stringify({ id: "X", fullName: "An" })}\n`,
      `${JSON.stringify({ id: "Y", fullName: "Bình" })}\n`,
      `${JSON.stringify({ id: "X", fullName: "Cường" })}\n`,
    ]);
    const { code, stderr } = await runCli(linkArgs("one.ndjson", "dupes.ndjson"), settings);
    expect(code).toBe(2);
    expect(stderr).toBe(
      "ndc: dupes.ndjson: the records at lines 1 and 3 have the same record id; an id may appear once in a file. [duplicate_record_id]\n",
    );
  });

  it("a record without an id", async () => {
    await write("no-id.ndjson", [
      `${JSON.stringify({ id: "X", fullName: "An" })}\n`,
      "\n",
      `${JSON.stringify({ fullName: "Bình" })}\n`,
    ]);
    const { code, stderr } = await runCli(linkArgs("no-id.ndjson", "one.ndjson"), settings);
    expect(code).toBe(2);
    expect(stderr).toBe(
      "ndc: no-id.ndjson:3: the record has no record id; every record needs a record id (see --id-field). [invalid_record]\n",
    );
  });

  it("an output that is an input, a bad format, a bad truth file", async () => {
    const same = await runCli(
      linkArgs("one.ndjson", "twins.ndjson", "-o", "twins.ndjson"),
      settings,
    );
    expect(same.code).toBe(2);
    expect(same.stderr).toContain("[invalid_value]");
    expect(await read("twins.ndjson")).toContain("L2");
    const format = await runCli(
      linkArgs("one.ndjson", "twins.ndjson", "--right-format", "xml"),
      settings,
    );
    expect(format.stderr).toBe(
      "ndc: The value of --right-format is not valid: it must be json, ndjson, csv. [invalid_value]\n",
    );
    await writeFile(path.join(folder.dir, "bad.truth.csv"), "id,person\nX,P1\n");
    const truth = await runCli(
      linkArgs("one.ndjson", "twins.ndjson", "--truth", "bad.truth.csv"),
      settings,
    );
    expect(truth.code).toBe(2);
    expect(truth.stderr).toBe(
      "ndc: bad.truth.csv:1: the truth file is not in the recordId,personId[,faults] form of ndc synth (the first line must be recordId,personId). [invalid_truth]\n",
    );
  });

  it("a spec that declares one source only", async () => {
    const spec = {
      specVersion: 1,
      sources: [{ name: "population" }],
      fields: { name: { from: "fullName", normalise: ["nameKey"] } },
      passes: [{ name: "name", key: ["name"] }],
    };
    await writeFile(path.join(folder.dir, "one-source.json"), JSON.stringify(spec));
    const { code, stderr } = await runCli(
      ["link", "one.ndjson", "twins.ndjson", "--spec", "one-source.json"],
      settings,
    );
    expect(code).toBe(2);
    expect(stderr).toBe(
      "ndc: The inputs cannot be linked: Source right is not declared in the spec's sources. [invalid_linkage_input]\n",
    );
  });

  it("a missing --spec and a missing argument", async () => {
    const spec = await runCli(["link", "one.ndjson", "twins.ndjson"], settings);
    expect(spec.code).toBe(2);
    expect(spec.stderr.split("\n")[0]).toBe("ndc: The option --spec is required. [missing_option]");
    const argument = await runCli(["link", "one.ndjson", "--spec", "vietnamesePerson"], settings);
    expect(argument.stderr.split("\n")[0]).toBe(
      "ndc: The argument <right> is missing. [missing_argument]",
    );
  });
});
