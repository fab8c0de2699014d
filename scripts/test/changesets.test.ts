// Every pending changeset is one the release tooling can read: front matter naming publishable
// workspace packages and a bump, and a summary.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const changesetDir = path.join(repoRoot, ".changeset");
const publishable = new Set(
  readdirSync(path.join(repoRoot, "packages"))
    .map((name) =>
      JSON.parse(readFileSync(path.join(repoRoot, "packages", name, "package.json"), "utf8")),
    )
    .filter((manifest) => !manifest.private)
    .map((manifest) => manifest.name as string),
);
const changesets = readdirSync(changesetDir).filter(
  (file) => file.endsWith(".md") && file !== "README.md",
);

describe("changesets", () => {
  it("there are pending changesets", () => {
    expect(changesets.length).toBeGreaterThan(0);
  });

  it.each(changesets)("%s has front matter with packages and bumps, and a summary", (file) => {
    const text = readFileSync(path.join(changesetDir, file), "utf8");
    const match = /^---\n((?:"[^"]+": (?:patch|minor|major)\n)+)---\n\n(\S[\s\S]*)$/.exec(text);
    expect(match, `${file} must start with --- front matter ---`).not.toBeNull();
    for (const line of (match?.[1] ?? "").trim().split("\n")) {
      const name = /^"([^"]+)"/.exec(line)?.[1] ?? "";
      expect(publishable.has(name), `${file}: ${name} is not a publishable package`).toBe(true);
    }
  });
});
