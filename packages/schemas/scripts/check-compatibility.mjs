#!/usr/bin/env node
// Compares every schema document with the last released version of @ndcvn/schemas (the newest git
// tag `@ndcvn/schemas@<version>`, as changesets tags releases) and fails when a document changed
// without the version its change needs: an additive change needs a new minor version in its $id,
// a breaking change a new major version. Annotation-only changes (wording, examples) may be made in
// place.
import { execFileSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { compareDocuments, versionProblem } from "./compatibility.mjs";
import { loadDocuments } from "./load-documents.mjs";

const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const git = (...args) =>
  execFileSync("git", args, {
    cwd: packageDir,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });

function lastReleaseTag() {
  try {
    const tags = git("tag", "--list", "@ndcvn/schemas@*", "--sort=-v:refname")
      .split("\n")
      .filter(Boolean);
    return tags[0];
  } catch {
    return undefined;
  }
}

const tag = lastReleaseTag();
if (!tag) {
  console.log(
    "No released version of @ndcvn/schemas yet (no git tag @ndcvn/schemas@*): nothing to compare.",
  );
  process.exit(0);
}
const prefix = path
  .relative(git("rev-parse", "--show-toplevel").trim(), packageDir)
  .split(path.sep)
  .join("/");
// Paths in the repository: the package may be its root (prefix "") or a folder of it.
const inRepository = (relative) => (prefix ? `${prefix}/${relative}` : relative);
const releasedFiles = git("ls-tree", "-r", "--name-only", tag, inRepository("schemas"))
  .split("\n")
  .filter(Boolean);
const released = new Map(
  releasedFiles.map((file) => [
    prefix ? file.slice(prefix.length + 1) : file,
    JSON.parse(git("show", `${tag}:${file}`)),
  ]),
);

const problems = [];
let compared = 0;
const documents = await loadDocuments(packageDir);
for (const current of documents) {
  const before = released.get(current.file);
  if (!before) continue;
  compared++;
  const { level, changes } = compareDocuments(before, current.document);
  if (level === "none") continue;
  const problem = versionProblem(before.$id, current.document.$id, level);
  const summary = `${current.file}: ${level} (${before.$id} → ${current.document.$id})`;
  console.log(summary);
  for (const change of changes.filter((c) => c.level !== "annotation"))
    console.log(`  ${change.level}: ${change.path} ${change.message}`);
  if (problem) problems.push(`${current.file}: ${problem}`);
}
const currentFiles = new Set(documents.map((d) => d.file));
for (const file of released.keys()) {
  if (!currentFiles.has(file)) problems.push(`${file}: removed since ${tag}`);
}
if (problems.length) {
  console.error(`\n${problems.join("\n")}`);
  process.exit(1);
}
console.log(`Compatibility with ${tag}: ${compared} documents compared, versions are right.`);
