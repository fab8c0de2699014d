// `ndc synth`: files, manifest, determinism, formats, bad input, progress.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { temporaryFolder } from "./helpers/fixtures.js";
import { runCli, steppingClock } from "./helpers/run-cli.js";

let folder: Awaited<ReturnType<typeof temporaryFolder>>;
const settings = { cwd: "" };
const read = (...parts: string[]) => readFile(path.join(folder.dir, ...parts), "utf8");
const lines = (text: string) => text.split(/\r?\n/).filter((line) => line !== "");

beforeAll(async () => {
  folder = await temporaryFolder();
  settings.cwd = folder.dir;
});
afterAll(() => folder.remove());

describe("success", () => {
  it("writes the population, the extracts, their truth and a manifest", async () => {
    const { code, stdout, stderr } = await runCli(
      ["synth", "--people", "25", "--seed", "5", "--out", "a", "--databases", "population,tax"],
      settings,
    );
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect((await readdir(path.join(folder.dir, "a"))).sort()).toEqual([
      "manifest.json",
      "people.ndjson",
      "population.ndjson",
      "population.truth.csv",
      "tax.ndjson",
      "tax.truth.csv",
    ]);
    expect(lines(await read("a", "people.ndjson"))).toHaveLength(25);
    const manifest = JSON.parse(await read("a", "manifest.json"));
    expect(manifest).toMatchObject({ people: 25, seed: 5, asOf: "2026-01-01", faults: "default" });
    for (const entry of manifest.files as { file: string; kind: string; records: number }[]) {
      const text = await read("a", entry.file);
      const count = lines(text).length - (entry.kind === "truth" ? 1 : 0);
      expect(count, entry.file).toBe(entry.records);
    }
    expect(lines(await read("a", "tax.truth.csv"))[0]).toBe("recordId,personId,faults");
    expect(stdout).toContain(
      "Synthetic data — 25 people · seed 5 · as of 2026-01-01 · faults: default",
    );
    expect(stdout).toMatch(/│ population\.ndjson\s+│ population extract\s+│/);
    expect(stdout).toContain("Written to the folder: a");
  });

  it("the same settings give the same bytes", async () => {
    const argv = ["synth", "-n", "25", "--seed", "5", "--databases", "population,tax"];
    await runCli([...argv, "-o", "b"], settings);
    for (const name of ["people.ndjson", "population.ndjson", "tax.truth.csv", "manifest.json"]) {
      expect(await read("b", name), name).toBe(await read("a", name));
    }
  });

  it("CSV extracts without faults validate (ndc validate reads them back)", async () => {
    const made = await runCli(
      ["synth", "-n", "30", "-o", "c", "-d", "insurance", "--format", "csv", "--faults", "none"],
      settings,
    );
    expect(made.code).toBe(0);
    const csv = await read("c", "insurance.csv");
    expect(csv.startsWith("schema,database,recordId,version,event,updatedAt,data.")).toBe(true);
    const checked = await runCli(["validate", path.join("c", "insurance.csv")], settings);
    expect(checked.stdout).toMatch(/│ Invalid\s+│ 0\s+│/);
    expect(checked.code).toBe(0);
    const manifest = JSON.parse(await read("c", "manifest.json"));
    expect(manifest.files[1].withFaults).toBe(0);
  });

  it("in Vietnamese", async () => {
    const { code, stdout } = await runCli(
      ["synth", "-n", "3", "-o", "d", "-d", "tax", "--lang", "vi"],
      settings,
    );
    expect(code).toBe(0);
    expect(stdout).toContain("Dữ liệu tổng hợp — 3 người · hạt giống 1");
    expect(stdout).toContain("Đã ghi vào thư mục: d");
  });
});

describe("bad input", () => {
  it("an unknown database, with the closest one, in English and Vietnamese", async () => {
    const en = await runCli(["synth", "-n", "5", "-o", "x", "-d", "populaton"], settings);
    expect(en.code).toBe(2);
    expect(en.stderr).toBe(
      "ndc: There is no database “populaton”. Did you mean: population? [unknown_database]\n",
    );
    const vi = await runCli(
      ["synth", "-n", "5", "-o", "x", "-d", "insurence", "--lang", "vi"],
      settings,
    );
    expect(vi.stderr).toBe(
      "ndc: Không có cơ sở dữ liệu “insurence”. Có phải ý bạn là: insurance? [unknown_database]\n",
    );
  });

  it.each([
    [["-n", "-1"], "The value of --people is not valid: it must be 0–100000000."],
    [["-n", "ten"], "The value of --people is not valid"],
    [["-n", "5", "--seed", "1.5"], "The value of --seed is not valid"],
    [["-n", "5", "--format", "xml"], "The value of --format is not valid: it must be ndjson, csv."],
    [
      ["-n", "5", "--faults", "many"],
      "The value of --faults is not valid: it must be default, none.",
    ],
    [
      ["-n", "5", "--as-of", "2026-02-30"],
      "The value of --as-of is not valid: it must be a date YYYY-MM-DD from 2000 to 2099.",
    ],
  ])("bad value %j", async (extra, message) => {
    const { code, stderr, stdout } = await runCli(["synth", "-o", "bad", ...extra], settings);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain(message);
  });

  it("--people and --out are required", async () => {
    const noPeople = await runCli(["synth", "-o", "x"], settings);
    expect(noPeople.stderr.split("\n")[0]).toBe(
      "ndc: The option --people is required. [missing_option]",
    );
    const noOut = await runCli(["synth", "-n", "3"], settings);
    expect(noOut.stderr.split("\n")[0]).toBe("ndc: The option --out is required. [missing_option]");
  });

  it("an output folder that cannot be made", async () => {
    const { code, stderr } = await runCli(["synth", "-n", "3", "-o", "a/people.ndjson"], settings);
    expect(code).toBe(2);
    expect(stderr).toMatch(
      /^ndc: Cannot write a\/people\.ndjson \(E[A-Z]+\)\. \[output_unwritable\]\n$/,
    );
  });
});

describe("progress", () => {
  it("counts people through every pass on a terminal, and nothing when piped", async () => {
    const tty = await runCli(["synth", "-n", "10", "-o", "p", "-d", "tax,health"], {
      ...settings,
      isTTY: true,
      clock: steppingClock(),
    });
    expect(tty.code).toBe(0);
    expect(tty.stderr).toContain("people ▕");
    expect(tty.stderr).toContain("10 / 30");
    expect(tty.stderr).toContain("health ▕");
    expect(tty.stderr).toContain("100%  30 / 30");
    expect(tty.stderr.endsWith("\r\u001b[2K")).toBe(true);
    const piped = await runCli(["synth", "-n", "10", "-o", "p", "-d", "tax"], settings);
    expect(piped.stderr).toBe("");
  });
});
