// `ndc validate`: valid files, findings with their lines, the JSON report, bad input, progress.
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { NO_FAULTS, toNdjson } from "@ndcvn/synth";
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from "vitest";
import { VALIDATION_REPORT_VERSION, type ValidationReport } from "../src/index.js";
import {
  BROKEN_JSON_LINE,
  syntheticRecords,
  temporaryFolder,
  writeCitizenFile,
  writeExtract,
} from "./helpers/fixtures.js";
import { runCli, steppingClock } from "./helpers/run-cli.js";

const CITIZEN = "https://schemas.ndcvn.org/population/Citizen/1.0.0";

let folder: Awaited<ReturnType<typeof temporaryFolder>>;
let citizens: Awaited<ReturnType<typeof writeCitizenFile>>;
const file = (name: string) => path.join(folder.dir, name);

beforeAll(async () => {
  folder = await temporaryFolder();
  citizens = await writeCitizenFile(file("citizens.ndjson"));
  await writeExtract(file("population.ndjson"), "population", {
    people: 40,
    seed: 11,
    faults: NO_FAULTS,
    format: "ndjson",
  });
  await writeExtract(file("insurance.csv"), "insurance", {
    people: 40,
    seed: 12,
    faults: NO_FAULTS,
    format: "csv",
  });
  await writeExtract(file("insurance.ndjson"), "insurance", {
    people: 40,
    seed: 12,
    format: "ndjson",
  });
});
afterAll(() => folder.remove());

const inFolder = { cwd: "" };
beforeAll(() => {
  inFolder.cwd = folder.dir;
});

describe("valid files", () => {
  it("a clean synthetic extract in envelopes: exit 0 and the summary table", async () => {
    const { code, stdout, stderr } = await runCli(
      ["validate", "population.ndjson", "--schema", "population/Citizen"],
      inFolder,
    );
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(stdout).toMatch(/^Validation summary\n┌/);
    expect(stdout).toMatch(/│ Records\s+│ 4\d\s+│/);
    expect(stdout).toMatch(/│ Invalid\s+│ 0\s+│/);
    expect(stdout).toMatch(/│ In a RecordEnvelope\s+│ 4\d\s+│/);
  });

  it("a CSV extract: cells become the schema's types (version, benefitLevel, amounts)", async () => {
    const header = (await readFile(file("insurance.csv"), "utf8")).split("\r\n")[0] ?? "";
    expect(header).toContain("data.benefitLevel");
    expect(header).toContain("data.salaryBase.amount");
    const { code, stdout } = await runCli(["validate", "insurance.csv"], inFolder);
    expect(stdout).toMatch(/│ Invalid\s+│ 0\s+│/);
    expect(code).toBe(0);
  });

  it("a JSON array of bare records, against the schema given by its type name", async () => {
    const valid = citizens.cases.filter((c) => c.valid).map((c) => c.data);
    await writeFile(file("valid.json"), JSON.stringify(valid, null, 2));
    const { code, stdout } = await runCli(["validate", "valid.json", "-s", "Citizen"], inFolder);
    expect(code).toBe(0);
    expect(stdout).toContain(`│ Schema  │ ${CITIZEN} │`);
    expect(stdout).toMatch(new RegExp(`│ Valid\\s+│ ${valid.length}\\s+│`));
  });

  it("without --schema, each envelope is checked against the schema it names", async () => {
    const { code, stdout } = await runCli(["validate", "insurance.ndjson"], inFolder);
    expect(code).toBe(0);
    expect(stdout).toContain("(as each envelope names)");
  });

  it("standard input with --format", async () => {
    const text = await readFile(file("population.ndjson"));
    const { code, stdout } = await runCli(
      ["validate", "-", "--format", "ndjson", "--schema", CITIZEN],
      { ...inFolder, stdin: Readable.from([text.subarray(0, 1000), text.subarray(1000)]) },
    );
    expect(code).toBe(0);
    expect(stdout).toContain("│ File                │ -");
  });
});

describe("findings", () => {
  it("every invalid record and the broken JSON line, with line, pointer and code: exit 1", async () => {
    const { code, stdout, stderr } = await runCli(
      ["validate", "citizens.ndjson", "--schema", "Citizen"],
      inFolder,
    );
    expect(code).toBe(1);
    expect(stderr).toBe("");
    const reported = new Set(
      [...stdout.matchAll(/^citizens\.ndjson:(\d+): error /gm)].map((m) => Number(m[1])),
    );
    expect([...reported].sort((a, b) => a - b)).toEqual(citizens.invalidLines);
    expect(stdout).toContain(
      "citizens.ndjson:3: error invalid_json at (record): The record is not valid JSON: invalid number (line 3, column 58).",
    );
    expect(stdout).toMatch(/^citizens\.ndjson:\d+: error required at \/personalId: /m);
    expect(stdout).toMatch(new RegExp(`│ Invalid\\s+│ ${citizens.invalidLines.length}\\s+│`));
    expect(stdout).toContain("Most frequent issues");
  });

  it("never prints a value of the data", async () => {
    const { stdout } = await runCli(["validate", "citizens.ndjson", "-s", "Citizen"], inFolder);
    const identifiers = new Set<string>();
    for (const { data } of citizens.cases) {
      const record = data as { personalId?: unknown; legacyIdCardNumber?: unknown };
      for (const value of [record.personalId, record.legacyIdCardNumber]) {
        if (typeof value === "string" && value.length >= 9) identifiers.add(value);
      }
    }
    expect(identifiers.size).toBeGreaterThan(3);
    for (const id of identifiers) expect(stdout).not.toContain(id);
    expect(stdout).not.toContain("Lê Văn Tám");
    expect(BROKEN_JSON_LINE).toContain("Lê Văn Tám");
  });

  it("in Vietnamese", async () => {
    const { code, stdout } = await runCli(
      ["validate", "citizens.ndjson", "-s", "Citizen", "--lang", "vi"],
      inFolder,
    );
    expect(code).toBe(1);
    expect(stdout).toContain(
      "citizens.ndjson:3: lỗi invalid_json tại (bản ghi): Bản ghi không phải JSON hợp lệ: số không hợp lệ (dòng 3, cột 58).",
    );
    expect(stdout).toContain("Kết quả kiểm tra");
    expect(stdout).toMatch(/│ Không hợp lệ\s+│/);
  });

  it("--max-issues lists that many issues and says so; counts still cover every record", async () => {
    const { code, stdout } = await runCli(
      ["validate", "citizens.ndjson", "-s", "Citizen", "--max-issues", "2"],
      inFolder,
    );
    expect(code).toBe(1);
    expect(stdout.match(/^citizens\.ndjson:/gm)).toHaveLength(2);
    expect(stdout).toContain("… 2 issues listed (--max-issues); later records are still counted.");
    expect(stdout).toMatch(new RegExp(`│ Invalid\\s+│ ${citizens.invalidLines.length}\\s+│`));
  });

  it("an envelope of another record type than --schema", async () => {
    const { code, stdout } = await runCli(
      ["validate", "insurance.ndjson", "-s", "insurance/HealthInsuranceCard"],
      inFolder,
    );
    expect(code).toBe(1);
    expect(stdout).toMatch(/^insurance\.ndjson:\d+: error envelope_schema_mismatch at \/schema: /m);
  });

  it("bare records without --schema cannot be checked, and say why", async () => {
    const { code, stdout } = await runCli(
      ["validate", "citizens.ndjson", "--max-issues", "1"],
      inFolder,
    );
    expect(code).toBe(1);
    expect(stdout).toContain(
      "citizens.ndjson:1: error record_not_enveloped at (record): The record is not in a RecordEnvelope, so its schema is unknown: use --schema.",
    );
  });

  it("a CSV cell that is not of its column's type", async () => {
    const text = await readFile(file("insurance.csv"), "utf8");
    const [header, first, ...rest] = text.split("\r\n");
    const columns = (header ?? "").split(",");
    const cells = (first ?? "").split(",");
    cells[columns.indexOf("version")] = "three";
    await writeFile(file("bad.csv"), [header, cells.join(","), ...rest].join("\r\n"));
    const { code, stdout } = await runCli(["validate", "bad.csv"], inFolder);
    expect(code).toBe(1);
    expect(stdout).toContain(
      "bad.csv:2: error invalid_csv_value at /version: The value in column version is not an integer.",
    );
  });
});

describe("JSON report", () => {
  it("has the documented shape", async () => {
    const { code, stdout } = await runCli(
      ["validate", "citizens.ndjson", "-s", "Citizen", "--report", "json"],
      inFolder,
    );
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as ValidationReport;
    expect(Object.keys(report)).toEqual([
      "reportVersion",
      "schemaId",
      "input",
      "locale",
      "records",
      "issueCodes",
      "findings",
      "truncated",
      "maxIssues",
    ]);
    expect(report.reportVersion).toBe(VALIDATION_REPORT_VERSION);
    expect(report.schemaId).toBe(CITIZEN);
    expect(report.input).toEqual({
      file: "citizens.ndjson",
      format: "ndjson",
      bytes: (await readFile(file("citizens.ndjson"))).byteLength,
    });
    expect(report.locale).toBe("en");
    expect(report.records).toEqual({
      total: citizens.lines.length,
      valid: citizens.validCount,
      invalid: citizens.invalidLines.length,
      withWarnings: 0,
      envelopes: 0,
    });
    expect(report.findings.map((f) => f.line)).toEqual(citizens.invalidLines);
    expect(report.findings[0]).toEqual({
      index: 2,
      line: 3,
      valid: false,
      issues: [
        {
          path: "",
          code: "invalid_json",
          message: "The record is not valid JSON: invalid number (line 3, column 58).",
          severity: "error",
          params: { reason: "invalid_number", line: 3, column: 58 },
        },
      ],
    });
    const counts = report.issueCodes.map((c) => c.records);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(report.issueCodes.find((c) => c.code === "invalid_json")).toEqual({
      code: "invalid_json",
      issues: 1,
      errors: 1,
      warnings: 0,
      records: 1,
    });
    expect(report.truncated).toBe(false);
    expect(report.maxIssues).toBe(100);
    expectTypeOf(report.schemaId).toEqualTypeOf<string | null>();
  });

  it("--out writes the report to a file and the summary to stdout", async () => {
    const { code, stdout } = await runCli(
      [
        "validate",
        "citizens.ndjson",
        "-s",
        "Citizen",
        "--report",
        "json",
        "-o",
        "report.json",
        "--max-issues",
        "0",
      ],
      inFolder,
    );
    expect(code).toBe(1);
    expect(stdout).toContain("Validation summary");
    expect(stdout).toContain("Report written: report.json");
    const report = JSON.parse(await readFile(file("report.json"), "utf8")) as ValidationReport;
    expect(report.findings).toEqual([]);
    expect(report.truncated).toBe(true);
    expect(report.records.invalid).toBe(citizens.invalidLines.length);
  });

  it("text report to a file", async () => {
    const { code } = await runCli(
      ["validate", "citizens.ndjson", "-s", "Citizen", "-o", "report.txt"],
      inFolder,
    );
    expect(code).toBe(1);
    const text = await readFile(file("report.txt"), "utf8");
    expect(text).toMatch(/^citizens\.ndjson:3: error invalid_json/);
    expect(text).toContain("Validation summary");
  });
});

describe("bad input", () => {
  it("a missing file: exit 2, one line naming it, nothing on stdout", async () => {
    const en = await runCli(["validate", "missing.ndjson", "-s", "Citizen"], inFolder);
    expect(en).toEqual({
      code: 2,
      stdout: "",
      stderr: "ndc: The file missing.ndjson does not exist. [file_not_found]\n",
    });
    const vi = await runCli(
      ["validate", "missing.ndjson", "-s", "Citizen", "--lang", "vi"],
      inFolder,
    );
    expect(vi.stderr).toBe("ndc: Không tìm thấy tệp missing.ndjson. [file_not_found]\n");
  });

  it("a folder instead of a file", async () => {
    const { code, stderr } = await runCli(["validate", ".", "-s", "Citizen"], inFolder);
    expect(code).toBe(2);
    expect(stderr).toBe("ndc: . is not a file. [not_a_file]\n");
  });

  it("an unknown schema id, with the close ones", async () => {
    const { code, stderr, stdout } = await runCli(
      ["validate", "citizens.ndjson", "--schema", "population/Citzen"],
      inFolder,
    );
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toBe(
      "ndc: There is no schema “population/Citzen”. Did you mean: population/Citizen? See every schema with “ndc schemas list”. [unknown_schema]\n",
    );
    const vi = await runCli(
      ["validate", "citizens.ndjson", "-s", "Citzen", "--lang", "vi"],
      inFolder,
    );
    expect(vi.stderr).toBe(
      "ndc: Không có lược đồ “Citzen”. Có phải ý bạn là: population/Citizen? Xem mọi lược đồ bằng “ndc schemas list”. [unknown_schema]\n",
    );
  });

  it("a file whose format the extension does not tell, and standard input without --format", async () => {
    await writeFile(file("records.txt"), "{}\n");
    const unknown = await runCli(["validate", "records.txt", "-s", "Citizen"], inFolder);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("[unknown_format]");
    const stdin = await runCli(["validate", "-", "-s", "Citizen"], {
      ...inFolder,
      stdin: Readable.from(["{}\n"]),
    });
    expect(stdin.stderr).toBe(
      "ndc: Reading standard input (-) needs --format json, ndjson or csv. [stdin_format_required]\n",
    );
  });

  it.each([
    [
      ["--report", "xml"],
      "The value of --report is not valid: it must be text, json. [invalid_value]",
    ],
    [
      ["--format", "xml"],
      "The value of --format is not valid: it must be json, ndjson, csv. [invalid_value]",
    ],
    [["--max-issues", "-1"], "The value of --max-issues is not valid"],
    [["--max-issues", "ten"], "The value of --max-issues is not valid"],
    [["--delimiter", ";;"], "The value of --delimiter is not valid"],
  ])("bad value %j", async (extra, message) => {
    const { code, stderr } = await runCli(
      ["validate", "citizens.ndjson", "-s", "Citizen", ...extra],
      inFolder,
    );
    expect(code).toBe(2);
    expect(stderr).toContain(message);
  });

  it("a missing <file> argument", async () => {
    const { code, stderr } = await runCli(["validate", "-s", "Citizen"], inFolder);
    expect(code).toBe(2);
    expect(stderr.split("\n")[0]).toBe("ndc: The argument <file> is missing. [missing_argument]");
  });

  it("leaves an existing report alone when the input is missing", async () => {
    await writeFile(file("keep.json"), "old");
    await runCli(["validate", "missing.ndjson", "-s", "Citizen", "-o", "keep.json"], inFolder);
    expect(await readFile(file("keep.json"), "utf8")).toBe("old");
  });

  it("an output that is the input itself is refused before anything is written", async () => {
    const before = await readFile(file("citizens.ndjson"), "utf8");
    const { code, stderr } = await runCli(
      ["validate", "citizens.ndjson", "-s", "Citizen", "-o", "./citizens.ndjson"],
      inFolder,
    );
    expect(code).toBe(2);
    expect(stderr).toBe(
      "ndc: The value of --out is not valid: it must be a file other than the input. [invalid_value]\n",
    );
    expect(await readFile(file("citizens.ndjson"), "utf8")).toBe(before);
  });

  it("an output in a folder that does not exist", async () => {
    const { code, stderr } = await runCli(
      ["validate", "citizens.ndjson", "-s", "Citizen", "-o", "no/such/dir/report.txt"],
      inFolder,
    );
    expect(code).toBe(2);
    expect(stderr).toBe("ndc: Cannot write no/such/dir/report.txt (ENOENT). [output_unwritable]\n");
  });
});

describe("progress", () => {
  it("is drawn on stderr when it is a terminal, and cleared before the summary", async () => {
    const { code, stdout, stderr } = await runCli(
      ["validate", "population.ndjson", "-s", "Citizen"],
      {
        ...inFolder,
        isTTY: true,
        clock: steppingClock(),
      },
    );
    expect(code).toBe(0);
    expect(stderr.startsWith("\r\u001b[2Kvalidate ▕")).toBe(true);
    expect(stderr).toMatch(/validate ▕[█░]+▏/);
    expect(stderr).toContain("100%");
    expect(stderr).toMatch(/records\/s/);
    expect(stderr.endsWith("\r\u001b[2K")).toBe(true);
    expect(stdout).not.toContain("\r");
  });

  it("is not drawn when stderr is not a terminal, or with --no-progress", async () => {
    const piped = await runCli(["validate", "population.ndjson", "-s", "Citizen"], inFolder);
    expect(piped.stderr).toBe("");
    const off = await runCli(["validate", "population.ndjson", "-s", "Citizen", "--no-progress"], {
      ...inFolder,
      isTTY: true,
    });
    expect(off.stderr).toBe("");
  });
});

describe("synthetic extracts with faults", () => {
  it("are reported record by record, never dropped", async () => {
    const records = await syntheticRecords("population", { people: 30, seed: 3 });
    let text = "";
    for await (const line of toNdjson(records)) text += line;
    // One record whose data is not an object at all.
    text += `${JSON.stringify({ ...records[0]?.envelope, data: "x" })}\n`;
    await writeFile(file("faulty.ndjson"), text);
    const { code, stdout } = await runCli(
      ["validate", "faulty.ndjson", "-s", "Citizen", "--report", "json"],
      inFolder,
    );
    const report = JSON.parse(stdout) as ValidationReport;
    expect(report.records.total).toBe(records.length + 1);
    expect(report.records.valid + report.records.invalid).toBe(report.records.total);
    expect(report.findings.at(-1)?.line).toBe(records.length + 1);
    expect(code).toBe(1);
  });
});
