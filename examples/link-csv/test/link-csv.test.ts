import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const folder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const ndc = path.resolve(folder, "../../packages/cli/dist/bin.js");
let data = "";

beforeAll(async () => {
  data = mkdtempSync(path.join(tmpdir(), "ndcvn-link-csv-"));
  await run(process.execPath, [
    ndc,
    "synth",
    "--people",
    "2000",
    "--seed",
    "1",
    "--databases",
    "population,tax",
    "--format",
    "csv",
    "--out",
    data,
  ]);
}, 120_000);

afterAll(() => rmSync(data, { recursive: true, force: true }));

describe("linking two CSV extracts", () => {
  it("gives the same links with the CLI and with the API", async () => {
    const cli = await run(process.execPath, [
      ndc,
      "link",
      path.join(data, "tax.csv"),
      path.join(data, "population.csv"),
      "--spec",
      "vietnamesePerson",
      "--out",
      path.join(data, "links-cli.json"),
      "--truth",
      `${path.join(data, "tax.truth.csv")},${path.join(data, "population.truth.csv")}`,
      "--no-progress",
    ]);
    expect(cli.stdout).toMatch(/Precision\s*│\s*100%/);

    const api = await run(
      process.execPath,
      [
        "link-with-api.mjs",
        path.join(data, "tax.csv"),
        path.join(data, "population.csv"),
        path.join(data, "links-api.json"),
      ],
      { cwd: folder },
    );
    expect(api.stderr).toBe("");
    expect(api.stdout).toMatch(/^ {2}personalId: \d+ links$/m);

    const fromCli = JSON.parse(readFileSync(path.join(data, "links-cli.json"), "utf8"));
    const fromApi = JSON.parse(readFileSync(path.join(data, "links-api.json"), "utf8"));
    expect(fromApi.links.length).toBeGreaterThan(500);
    expect(fromApi.links).toEqual(fromCli.links);
    expect(fromApi.specHash).toBe(fromCli.specHash);
  }, 120_000);

  it("reports a row that is not an envelope with its line, and exits 1", async () => {
    const { writeFileSync } = await import("node:fs");
    const broken = path.join(data, "broken.csv");
    const lines = readFileSync(path.join(data, "tax.csv"), "utf8").split("\n");
    // The third record loses its record id.
    const header = (lines[0] ?? "").split(",");
    const row = (lines[3] ?? "").split(",");
    row[header.indexOf("recordId")] = "";
    lines[3] = row.join(",");
    writeFileSync(broken, lines.join("\n"));
    const failed = await run(
      process.execPath,
      ["link-with-api.mjs", broken, path.join(data, "population.csv"), path.join(data, "x.json")],
      { cwd: folder },
    ).catch((error: { code: number; stderr: string }) => error);
    expect("code" in failed ? failed.code : 0).toBe(1);
    expect("stderr" in failed ? failed.stderr : "").toMatch(/broken\.csv:4: /);
  }, 120_000);
});
