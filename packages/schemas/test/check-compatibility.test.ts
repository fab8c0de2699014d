// The compatibility check of the test command, run end to end on a copy of the package in a git
// repository of its own with a release tag.
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { packageDir } from "./json-schema.js";

let repo: string;
const git = (...args: string[]) => execFileSync("git", args, { cwd: repo, stdio: "pipe" });
const check = () =>
  spawnSync(process.execPath, [path.join(repo, "scripts/check-compatibility.mjs")], {
    cwd: repo,
    encoding: "utf8",
  });
const documentPath = () => path.join(repo, "schemas/common/Period.schema.json");
interface PeriodDocument {
  $id: string;
  required: string[];
  properties: { start: { description: string } };
}
const edit = (change: (document: PeriodDocument) => void) => {
  const document = JSON.parse(readFileSync(documentPath(), "utf8"));
  change(document);
  writeFileSync(documentPath(), JSON.stringify(document, null, 2));
};

describe("check-compatibility", () => {
  beforeAll(() => {
    repo = mkdtempSync(path.join(tmpdir(), "ndcvn-compat-"));
    for (const part of ["schemas", "scripts"])
      cpSync(path.join(packageDir, part), path.join(repo, part), { recursive: true });
    git("init", "-q");
    git("-c", "user.name=t", "-c", "user.email=t@example.invalid", "add", ".");
    git("-c", "user.name=t", "-c", "user.email=t@example.invalid", "commit", "-qm", "release");
    git("tag", "@ndcvn/schemas@0.1.0");
  });
  afterAll(() => rmSync(repo, { recursive: true, force: true }));

  it("passes when nothing changed", () => {
    const result = check();
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("Compatibility with @ndcvn/schemas@0.1.0");
  });

  it("allows a reworded description in place", () => {
    edit((d) => {
      d.properties.start.description = "The first day of the period.";
    });
    expect(check().status).toBe(0);
  });

  it("fails a breaking change without a new major version, and accepts it with one", () => {
    edit((d) => {
      d.required = ["start", "end"];
    });
    const failed = check();
    expect(failed.status).toBe(1);
    expect(failed.stderr).toContain("breaking change needs a new major version");
    edit((d) => {
      d.$id = "https://schemas.ndcvn.org/common/Period/2.0.0";
    });
    expect(check().status).toBe(0);
  });

  it("fails when a released document is removed", () => {
    rmSync(documentPath());
    const result = check();
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("removed since @ndcvn/schemas@0.1.0");
  });
});
