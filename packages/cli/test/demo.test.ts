// `ndc demo`: the whole story in-process on a small population — its summary (printed and in
// summary.json), the quality reports and linkage results it writes, precision and recall against
// the sandbox's truth; the precision floor behind exit code 1; bad options.
import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { LinkResult } from "@ndcvn/linkage";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoExitCode, PRECISION_FLOOR } from "../src/commands/demo/demo-command.js";
import type { DemoSummary } from "../src/index.js";
import { temporaryFolder } from "./helpers/fixtures.js";
import { type CliRun, runCli, steppingClock } from "./helpers/run-cli.js";

let folder: Awaited<ReturnType<typeof temporaryFolder>>;
let english: CliRun;
let summary: DemoSummary;
const read = (...parts: string[]) => readFile(path.join(folder.dir, ...parts), "utf8");

beforeAll(async () => {
  folder = await temporaryFolder();
  english = await runCli(["demo", "--people", "1000", "--seed", "2", "--out", "out"], {
    cwd: folder.dir,
  });
  summary = JSON.parse(await read("out", "summary.json")) as DemoSummary;
}, 120_000);
afterAll(() => folder.remove());

describe("success", () => {
  it("runs every stage and exits 0", () => {
    expect(english.stderr).toBe("");
    expect(english.code).toBe(0);
    const stages = english.stdout.match(/^\[\d\/5\] /gm);
    expect(stages).toEqual(["[1/5] ", "[2/5] ", "[3/5] ", "[4/5] ", "[5/5] "]);
    expect(english.stdout).toMatch(/^ndc demo — 1,000 synthetic people, seed 2, offline$/m);
    expect(english.stdout).toMatch(/Sandbox up at http:\/\/127\.0\.0\.1:\d+: 1,000 people/);
    expect(english.stdout).toMatch(/Pulled population: [\d,]+ changes → [\d,]+ current records/);
  });

  it("summarises the databases pulled, current records only", () => {
    expect(summary).toMatchObject({
      summaryVersion: "1.0.0",
      settings: {
        people: 1000,
        seed: 2,
        now: "2026-01-01T00:00:00+07:00",
        spec: "vietnamesePerson",
        locale: "en",
      },
    });
    expect(summary.databases.map((d) => d.database)).toEqual(["population", "insurance"]);
    for (const database of summary.databases) {
      // Each record was created, maybe updated, maybe cancelled: more changes than records.
      expect(database.changes).toBeGreaterThan(database.records + database.cancelled);
      expect(database.cancelled).toBeGreaterThan(0);
      const types = Object.values(database.recordTypes).reduce((a, b) => a + b, 0);
      expect(types).toBe(database.records);
    }
    expect(Object.keys(summary.databases[1]?.recordTypes ?? {})).toEqual([
      "https://schemas.ndcvn.org/insurance/HealthInsuranceCard/1.0.0",
      "https://schemas.ndcvn.org/insurance/SocialInsuranceParticipation/1.0.0",
    ]);
  });

  it("validates every record and scores each record type", () => {
    const records = summary.databases.reduce((sum, d) => sum + d.records, 0);
    expect(summary.validation.reduce((sum, v) => sum + v.records, 0)).toBe(records);
    for (const entry of summary.validation) expect(entry.valid + entry.invalid).toBe(entry.records);
    expect(summary.quality).toHaveLength(3);
    for (const entry of summary.quality) {
      for (const score of Object.values(entry.scores)) {
        expect(score).not.toBeNull();
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(100);
      }
    }
    expect(english.stdout).toContain("Quality (0–100) — correct, sufficient, clean, live");
    expect(english.stdout).toMatch(/│ population\/Citizen\s+│\s+[\d,]+ │\s+[\d.]+ │/);
  });

  it("links each insurance record type to the population, with sane precision and recall", () => {
    expect(summary.linkages).toHaveLength(2);
    for (const linkage of summary.linkages) {
      const { accuracy } = linkage;
      expect(linkage.links).toBeGreaterThan(0);
      expect(accuracy.links).toBe(linkage.links);
      expect(accuracy.precision).toBeGreaterThanOrEqual(PRECISION_FLOOR);
      expect(accuracy.recall).toBeGreaterThan(0.8);
      expect(accuracy.recall).toBeLessThanOrEqual(1);
      expect(accuracy.recallOneToOne).toBeGreaterThan(0.95);
      expect(accuracy.recallOneToOne).toBeGreaterThanOrEqual(accuracy.recall ?? 1);
      expect(accuracy.notInTruth).toEqual({ left: 0, right: 0 });
      expect(accuracy.passes.reduce((sum, pass) => sum + pass.links, 0)).toBe(linkage.links);
      expect(linkage.specHash).toMatch(/^sha256:[0-9a-f]{64}$/);
    }
    const { overall } = summary;
    expect(overall.links).toBe(summary.linkages.reduce((sum, l) => sum + l.links, 0));
    expect(overall.precision).toBe(overall.correct / overall.links);
    expect(overall.recall).toBe(overall.correct / overall.truePairs);
    expect(english.stdout).toContain("(1) insurance/HealthInsuranceCard → population/Citizen");
    expect(english.stdout).toMatch(/│ personalId\s+│\s+[\d,]+ │\s+100% │/);
    expect(english.stdout).toMatch(/│ Precision\s+│ (100|99\.\d+)%\s+│/);
  });

  it("writes the quality reports, the linkage results and summary.json", async () => {
    expect((await readdir(path.join(folder.dir, "out"))).sort()).toEqual([
      "insurance-HealthInsuranceCard-quality.html",
      "insurance-HealthInsuranceCard.links.json",
      "insurance-SocialInsuranceParticipation-quality.html",
      "insurance-SocialInsuranceParticipation.links.json",
      "population-Citizen-quality.html",
      "summary.json",
    ]);
    const html = await read("out", "population-Citizen-quality.html");
    expect(html.trimStart().toLowerCase()).toMatch(/^<!doctype html>/);
    expect(html).toContain('lang="en"');
    const result = JSON.parse(
      await read("out", "insurance-HealthInsuranceCard.links.json"),
    ) as LinkResult;
    expect(result.links).toHaveLength(summary.linkages[0]?.links ?? -1);
    expect(result.sources).toEqual({ left: "insurance", right: "population" });
    expect(english.stdout).toMatch(/Written to out: .*summary\.json\n$/);
  });

  it("times every stage", () => {
    const { timings } = summary;
    for (const ms of [timings.sandboxMs, timings.validateMs, timings.qualityMs, timings.linkMs]) {
      expect(ms).toBeGreaterThan(0);
    }
    expect(Object.keys(timings.pullMs)).toEqual(["population", "insurance"]);
    expect(timings.totalMs).toBeGreaterThanOrEqual(
      timings.sandboxMs + timings.validateMs + timings.qualityMs + timings.linkMs,
    );
    expect(english.stdout).toContain("Timings");
  });

  it("draws progress on stderr on a terminal, each stage's line cleared", async () => {
    const { code, stderr } = await runCli(["demo", "-n", "100", "-o", "tty"], {
      cwd: folder.dir,
      isTTY: true,
      clock: steppingClock(),
    });
    expect(code).toBe(0);
    for (const label of [
      "starting the sandbox…",
      "pulling population",
      "pulling insurance",
      "validating ▕",
      "quality of Citizen ▕",
      "linking HealthInsuranceCard ▕",
    ]) {
      expect(stderr).toContain(label);
    }
    expect(stderr.endsWith("\r\u001b[2K")).toBe(true);
  }, 60_000);

  it("speaks Vietnamese, and writes its reports in Vietnamese", async () => {
    const vi = await runCli(["demo", "--people", "200", "--out", "vi", "--lang", "vi"], {
      cwd: folder.dir,
    });
    expect(vi.code).toBe(0);
    expect(vi.stdout).toMatch(/^ndc demo — 200 người tổng hợp, hạt giống 1, ngoại tuyến$/m);
    expect(vi.stdout).toContain("Liên kết theo từng lượt");
    expect(vi.stdout).toContain("Độ chính xác");
    expect(await read("vi", "population-Citizen-quality.html")).toContain('lang="vi"');
  }, 60_000);
});

describe("findings: the precision floor", () => {
  it("exits 1 below 99% precision, 0 at or above it, and 0 without links", () => {
    expect(PRECISION_FLOOR).toBe(0.99);
    expect(demoExitCode(0.989)).toBe(1);
    expect(demoExitCode(0.99)).toBe(0);
    expect(demoExitCode(1)).toBe(0);
    expect(demoExitCode(null)).toBe(0);
  });

  it("documents it in --help", async () => {
    const { stdout } = await runCli(["demo", "--help"]);
    expect(stdout).toMatch(/^ {2}1 {2}the overall precision of the linkage is below 99%$/m);
  });
});

describe("bad input", () => {
  it("a bad --people or --seed", async () => {
    const people = await runCli(["demo", "--people", "0"], { cwd: folder.dir });
    expect(people).toEqual({
      code: 2,
      stdout: "",
      stderr: "ndc: The value of --people is not valid: it must be 1–1000000. [invalid_value]\n",
    });
    const seed = await runCli(["demo", "--seed", "-1", "--lang", "vi"], { cwd: folder.dir });
    expect(seed.code).toBe(2);
    expect(seed.stderr).toBe(
      "ndc: Giá trị của --seed không hợp lệ: phải là 0–2147483647. [invalid_value]\n",
    );
  });

  it("an --out that is a file, before any work", async () => {
    await writeFile(path.join(folder.dir, "taken"), "not a folder");
    const { code, stdout, stderr } = await runCli(["demo", "--out", "taken"], { cwd: folder.dir });
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/^ndc: Cannot write taken \(E[A-Z]+\)\. \[output_unwritable\]\n$/);
  });
});
