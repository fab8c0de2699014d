// The built `ndc` executable, run as a real process: exit codes, streams, the shebang. The test
// command builds the package first (`pnpm --filter @ndcvn/cli build`).
import { spawnSync } from "node:child_process";
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
    expect(stderr.split("\n")[0]).toBe("ndc: There is no command “lnk”. [unknown_command]");
  });
});
