// Links written in a package README, as they must read on the site.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { type RepoLinkContext, rewriteRepoLink } from "../scripts/lib/repo-links.mjs";

const repoRoot = path.resolve(fileURLToPath(new URL("../..", import.meta.url)));
const outDir = mkdtempSync(path.join(tmpdir(), "ndcvn-repo-links-"));
const warnings: string[] = [];
const context: RepoLinkContext = {
  repoRoot,
  repoUrl: "https://github.com/ndcvn/ndcvn",
  outDir,
  packagePage: (name: string) =>
    ({ schemas: "guides/schemas.html", sandbox: "reference/sandbox.html" })[name],
  schemaPages: new Set(["schemas/population.html", "schemas/common.html"]),
  codeLists: new Set(["sex"]),
  warn: (message: string) => warnings.push(message),
};

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe("rewriteRepoLink from packages/validators/README.md on guides/validators.html", () => {
  const where = { baseDir: "packages/validators", page: "guides/validators.html" };

  it.each([
    ["an anchor on the same page", "#payloads", "#payloads"],
    ["an external page", "https://example.invalid/a", "https://example.invalid/a"],
    ["another package's README", "../schemas/README.md", "schemas.html"],
    ["another package's folder", "../sandbox", "../reference/sandbox.html"],
    ["the Markdown schema reference", "../schemas/reference/README.md", "../schemas/index.html"],
    [
      "a database page of it, with its anchor",
      "../schemas/reference/common.md#personname",
      "../schemas/common.html#personname",
    ],
    ["a code list file", "../schemas/codelists/sex.json", "../codelists/sex.html"],
    [
      "a schema document",
      "../schemas/schemas/population/Citizen.schema.json",
      "../schemas/population.html#citizen",
    ],
    ["the repository README", "../../README.md", "../index.html"],
    [
      "a source file the site does not show",
      "src/index.ts",
      "https://github.com/ndcvn/ndcvn/blob/main/packages/validators/src/index.ts",
    ],
    [
      "a folder the site does not show",
      "src/identifiers/",
      "https://github.com/ndcvn/ndcvn/tree/main/packages/validators/src/identifiers",
    ],
    [
      "a path from the repository root",
      "/CONTRIBUTING.md#add-a-validator",
      "https://github.com/ndcvn/ndcvn/blob/main/CONTRIBUTING.md#add-a-validator",
    ],
  ])("%s", (_, href, expected) => {
    warnings.length = 0;
    expect(rewriteRepoLink(href, "link", where, context)).toBe(expected);
    expect(warnings).toEqual([]);
  });

  it("warns about a link to a file that does not exist, and still points to GitHub", () => {
    warnings.length = 0;
    expect(rewriteRepoLink("docs/missing.md", "link", where, context)).toBe(
      "https://github.com/ndcvn/ndcvn/blob/main/packages/validators/docs/missing.md",
    );
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain("does not exist");
  });

  it("warns about a link that leaves the repository, and keeps it as written", () => {
    warnings.length = 0;
    expect(rewriteRepoLink("../../../outside.md", "link", where, context)).toBe(
      "../../../outside.md",
    );
    expect(warnings).toHaveLength(1);
  });

  it("copies an image into the site, so that the page shows it offline", () => {
    warnings.length = 0;
    const href = rewriteRepoLink("../../docs/assets/favicon.svg", "image", where, context);
    expect(href).toBe("../assets/repo/docs/assets/favicon.svg");
    expect(existsSync(path.join(outDir, "assets/repo/docs/assets/favicon.svg"))).toBe(true);
  });
});
