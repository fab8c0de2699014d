// The built `ndc` executable, run as a real process: exit codes, streams, the shebang. The test
// command builds the package first (`pnpm --filter @ndcvn/cli build`).
import { spawn, spawnSync } from "node:child_process";
import { accessSync, constants, existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { temporaryFolder, writeCitizenFile } from "./helpers/fixtures.js";

const bin = fileURLToPath(new URL("../dist/bin.js", import.meta.url));
let folder: Awaited<ReturnType<typeof temporaryFolder>>;

function ndc(args: readonly string[], input?: string) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: folder.dir,
    encoding: "utf8",
    env: { PATH: process.env.PATH ?? "", LANG: "C.UTF-8" },
    ...(input === undefined ? {} : { input }),
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(async () => {
  if (!existsSync(bin)) {
    throw new Error("dist/bin.js is missing: build first with `pnpm --filter @ndcvn/cli build`.");
  }
  folder = await temporaryFolder();
  await writeCitizenFile(path.join(folder.dir, "citizens.ndjson"));
});
afterAll(() => folder.remove());

describe("the ndc executable", () => {
  it("is an ES module with a node shebang, executable", () => {
    expect(readFileSync(bin, "utf8").startsWith("#!/usr/bin/env node\n")).toBe(true);
    expect(() => accessSync(bin, constants.X_OK)).not.toThrow();
  });

  it("is what package.json's bin points at, through a launcher that exists before the build", () => {
    const manifest = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
    const launcher = fileURLToPath(new URL(`../${manifest.bin.ndc}`, import.meta.url));
    expect(() => accessSync(launcher, constants.X_OK)).not.toThrow();
    const result = spawnSync(process.execPath, [launcher, "--version"], { encoding: "utf8" });
    expect(result).toMatchObject({ status: 0, stdout: `${manifest.version}\n`, stderr: "" });
  });

  it("exits 0 with the version", () => {
    const version = JSON.parse(
      readFileSync(new URL("../package.json", import.meta.url), "utf8"),
    ).version;
    expect(ndc(["--version"])).toEqual({ code: 0, stdout: `${version}\n`, stderr: "" });
  });

  it("exits 1 on findings, with the report on stdout and nothing on stderr (not a terminal)", () => {
    const { code, stdout, stderr } = ndc(["validate", "citizens.ndjson", "-s", "Citizen"]);
    expect(code).toBe(1);
    expect(stdout).toContain("citizens.ndjson:3: error invalid_json");
    expect(stderr).toBe("");
  });

  it("exits 2 on a missing file, with one line on stderr", () => {
    expect(ndc(["validate", "nope.ndjson", "-s", "Citizen"])).toEqual({
      code: 2,
      stdout: "",
      stderr: "ndc: The file nope.ndjson does not exist. [file_not_found]\n",
    });
  });

  it("reads standard input, and speaks Vietnamese from NDC_LANG", () => {
    const input = `${JSON.stringify({ birthName: { fullName: "Trần Thị Bích Ngọc" }, personalId: "040190004567", dateOfBirth: "1990-11-02", sex: "female", nationality: ["VN"] })}\n{"broken"\n`;
    const result = spawnSync(
      process.execPath,
      [bin, "validate", "-", "--format", "ndjson", "-s", "Citizen", "--report", "json"],
      {
        cwd: folder.dir,
        encoding: "utf8",
        input,
        env: { PATH: process.env.PATH ?? "", NDC_LANG: "vi" },
      },
    );
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report.records).toMatchObject({ total: 2, valid: 1, invalid: 1 });
    expect(report.locale).toBe("vi");
    expect(report.findings[0].line).toBe(2);
  });

  it("exits 2 on an unknown command", () => {
    const { code, stderr } = ndc(["lnk"]);
    expect(code).toBe(2);
    expect(stderr.split("\n")[0]).toBe(
      "ndc: There is no command “lnk”. Did you mean: link? [unknown_command]",
    );
  });

  it("runs the demo offline and exits 0", () => {
    const { code, stdout, stderr } = ndc(["demo", "--people", "500", "--out", "demo"]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toMatch(/^\[5\/5\] /m);
    expect(stdout).toMatch(/│ Precision\s+│ (100|99\.\d+)%\s+│/);
    expect(existsSync(path.join(folder.dir, "demo", "summary.json"))).toBe(true);
  }, 60_000);

  it("closes the sandbox cleanly on SIGINT and exits 0", async () => {
    const child = spawn(process.execPath, [bin, "sandbox", "--port", "0", "--people", "20"], {
      cwd: folder.dir,
      env: { PATH: process.env.PATH ?? "", LANG: "C.UTF-8" },
    });
    let stdout = "";
    const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
    await new Promise<void>((resolve) => {
      child.stdout.on("data", (chunk: Buffer) => {
        stdout += chunk.toString("utf8");
        if (stdout.includes("Running.")) resolve();
      });
    });
    const url = /http:\/\/127\.0\.0\.1:\d+/.exec(stdout)?.[0];
    expect((await fetch(`${url}/databases`)).status).toBe(401);
    child.kill("SIGINT");
    expect(await exited).toBe(0);
    expect(stdout).toContain("Sandbox stopped. Requests: 1;");
  }, 30_000);

  it("stops any other command at once on SIGINT, with 130", async () => {
    const child = spawn(
      process.execPath,
      [bin, "validate", "-", "--format", "ndjson", "-s", "Citizen"],
      {
        cwd: folder.dir,
        env: { PATH: process.env.PATH ?? "" },
      },
    );
    const exited = new Promise<string>((resolve) =>
      child.on("exit", (code, signal) => resolve(signal ?? String(code))),
    );
    // Standard input stays open: the command waits for records until the signal.
    child.stdin.write('{"personalId": "001099012345"}\n');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    child.kill("SIGINT");
    // 130 (128 + SIGINT) from ndc's handler, or death by the signal itself if it came before ndc
    // had started: the shell reports both as 130.
    expect(["130", "SIGINT"]).toContain(await exited);
  }, 30_000);
});
