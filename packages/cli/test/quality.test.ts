// `ndc quality`: scores, HTML and JSON reports, unreadable records, bad input, progress.
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { NO_FAULTS } from "@ndcvn/synth";
import type { QualityReport } from "@ndcvn/validators";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseNow } from "../src/commands/quality/quality-command.js";
import { temporaryFolder, writeCitizenFile, writeExtract } from "./helpers/fixtures.js";
import { runCli, steppingClock } from "./helpers/run-cli.js";

let folder: Awaited<ReturnType<typeof temporaryFolder>>;
let citizens: Awaited<ReturnType<typeof writeCitizenFile>>;
const settings = { cwd: "" };
const file = (name: string) => path.join(folder.dir, name);

beforeAll(async () => {
  folder = await temporaryFolder();
  settings.cwd = folder.dir;
  citizens = await writeCitizenFile(file("citizens.ndjson"));
  await writeExtract(file("population.ndjson"), "population", {
    people: 40,
    seed: 21,
    faults: NO_FAULTS,
    format: "ndjson",
  });
  await writeExtract(file("population.csv"), "population", {
    people: 40,
    seed: 21,
    faults: NO_FAULTS,
    format: "csv",
  });
});
afterAll(() => folder.remove());

describe("success", () => {
  it("a clean extract: the scores on stdout, HTML and JSON reports written, exit 0", async () => {
    const { code, stdout, stderr } = await runCli(
      [
        "quality",
        "population.ndjson",
        "--schema",
        "population/Citizen",
        "--html",
        "report.html",
        "--json",
        "report.json",
        "--now",
        "2026-01-15",
      ],
      settings,
    );
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Data quality\n┌/);
    expect(stdout).toMatch(/│ Records assessed\s+│ 4\d\s+│/);
    expect(stdout).toMatch(/│ Correct\s+│ 100\s+│/);
    for (const row of [
      "Overall score",
      "Sufficient",
      "Clean",
      "Live",
      "Repeated records",
      "Fresh",
    ]) {
      expect(stdout).toContain(`│ ${row}`);
    }
    expect(stdout).toContain("Written: report.html\nWritten: report.json\n");
    const html = await readFile(file("report.html"), "utf8");
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(html).toContain('<html lang="en">');
    const json = JSON.parse(await readFile(file("report.json"), "utf8")) as QualityReport & {
      input: unknown;
    };
    expect(json.now).toBe("2026-01-14T17:00:00.000Z");
    expect(json.records.envelopes).toBe(json.records.total);
    expect(json.input).toEqual({
      file: "population.ndjson",
      format: "ndjson",
      bytes: (await readFile(file("population.ndjson"))).byteLength,
      unreadable: { records: 0, lines: [], codes: {} },
    });
  });

  it("the same report from the CSV form of the same extract", async () => {
    const fromNdjson = await runCli(
      ["quality", "population.ndjson", "-s", "Citizen", "--now", "2026-01-15"],
      settings,
    );
    const fromCsv = await runCli(
      ["quality", "population.csv", "-s", "Citizen", "--now", "2026-01-15"],
      settings,
    );
    expect(fromCsv.code).toBe(0);
    const rows = (text: string) => text.split("\n").filter((line) => !line.includes("│ File"));
    expect(rows(fromCsv.stdout)).toEqual(rows(fromNdjson.stdout));
  });

  it("in Vietnamese: the table and the HTML page", async () => {
    const { code, stdout } = await runCli(
      ["quality", "population.ndjson", "-s", "Citizen", "--html", "bao-cao.html", "--lang", "vi"],
      settings,
    );
    expect(code).toBe(0);
    expect(stdout).toContain("Chất lượng dữ liệu");
    expect(stdout).toMatch(/│ Đúng\s+│ 100\s+│/);
    expect(stdout).toContain("Đã ghi: bao-cao.html");
    expect(await readFile(file("bao-cao.html"), "utf8")).toContain('<html lang="vi">');
  });
});

describe("findings", () => {
  it("invalid records and a line that is not JSON: exit 1, the line named, the rest scored", async () => {
    const { code, stdout } = await runCli(
      ["quality", "citizens.ndjson", "-s", "Citizen", "--json", "q.json"],
      settings,
    );
    expect(code).toBe(1);
    expect(stdout).toMatch(/│ Records that cannot be read\s+│ 1\s+│/);
    expect(stdout).toContain("Records that cannot be read at lines 3 (not in the HTML report).");
    const report = JSON.parse(await readFile(file("q.json"), "utf8")) as QualityReport & {
      input: { unreadable: unknown };
    };
    expect(report.records.total).toBe(citizens.lines.length - 1);
    expect(report.correct.invalid).toBe(citizens.invalidLines.length - 1);
    expect(report.input.unreadable).toEqual({
      records: 1,
      lines: [3],
      codes: { invalid_json: 1 },
    });
    expect(stdout).toContain("Most frequent issues");
  });
});

describe("bad input", () => {
  it("--schema is required", async () => {
    const { code, stderr } = await runCli(["quality", "citizens.ndjson"], settings);
    expect(code).toBe(2);
    expect(stderr.split("\n")[0]).toBe("ndc: The option --schema is required. [missing_option]");
  });

  it("a missing file, in English and Vietnamese", async () => {
    const en = await runCli(["quality", "nope.csv", "-s", "Citizen"], settings);
    expect(en).toEqual({
      code: 2,
      stdout: "",
      stderr: "ndc: The file nope.csv does not exist. [file_not_found]\n",
    });
    const vi = await runCli(["quality", "nope.csv", "-s", "Citizen"], {
      ...settings,
      env: { LANG: "vi_VN.UTF-8" },
    });
    expect(vi.stderr).toBe("ndc: Không tìm thấy tệp nope.csv. [file_not_found]\n");
  });

  it("leaves existing reports alone when the input is missing; refuses the input as output", async () => {
    await writeFile(file("old.html"), "old");
    const missing = await runCli(
      ["quality", "gone.ndjson", "-s", "Citizen", "--html", "old.html"],
      settings,
    );
    expect(missing.code).toBe(2);
    expect(await readFile(file("old.html"), "utf8")).toBe("old");
    const same = await runCli(
      ["quality", "citizens.ndjson", "-s", "Citizen", "--json", "citizens.ndjson"],
      settings,
    );
    expect(same.code).toBe(2);
    expect(same.stderr).toContain(
      "The value of --json is not valid: it must be a file other than the input.",
    );
  });

  it("an unknown schema", async () => {
    const { code, stderr } = await runCli(
      ["quality", "citizens.ndjson", "-s", "Citizenn"],
      settings,
    );
    expect(code).toBe(2);
    expect(stderr).toContain("There is no schema “Citizenn”. Did you mean: population/Citizen?");
  });

  it.each([
    [
      ["--now", "yesterday"],
      "The value of --now is not valid: it must be an RFC 3339 date-time with offset, or YYYY-MM-DD.",
    ],
    [["--now", "2026-01-15T10:00:00"], "The value of --now is not valid"],
    [["--freshness-days", "-3"], "The value of --freshness-days is not valid: it must be 0–36500."],
  ])("bad value %j", async (extra, message) => {
    const { code, stderr } = await runCli(
      ["quality", "citizens.ndjson", "-s", "Citizen", ...extra],
      settings,
    );
    expect(code).toBe(2);
    expect(stderr).toContain(message);
  });

  it("reads --now as RFC 3339 with offset, or a day in Vietnam time", () => {
    const clock = () => new Date("2026-03-01T00:00:00Z");
    expect(parseNow(undefined, clock)).toBe("2026-03-01T00:00:00.000Z");
    expect(parseNow("2026-01-15", clock)).toBe("2026-01-15T00:00:00+07:00");
    expect(parseNow("2026-01-15T08:30:00Z", clock)).toBe("2026-01-15T08:30:00Z");
  });
});

describe("progress", () => {
  it("on a terminal only", async () => {
    const tty = await runCli(["quality", "population.ndjson", "-s", "Citizen"], {
      ...settings,
      isTTY: true,
      clock: steppingClock(),
    });
    expect(tty.stderr.startsWith("\r\u001b[2Kquality ▕")).toBe(true);
    expect(tty.stderr.endsWith("\r\u001b[2K")).toBe(true);
    const piped = await runCli(["quality", "population.ndjson", "-s", "Citizen"], settings);
    expect(piped.stderr).toBe("");
  });
});
