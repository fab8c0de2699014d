#!/usr/bin/env node
// `pnpm check:packages`: every publishable package must be something npm users can install and
// import. For each package: publint and @arethetypeswrong/cli on the packed tarball; then every
// tarball is installed into a fresh temporary project that imports every entry point from an .mjs
// file, a .cjs file, and TypeScript checked under `moduleResolution: node16` and `bundler`.
import { execFileSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const bin = (name) => path.join(repoRoot, "node_modules", ".bin", name);
const keep = process.argv.includes("--keep");

function run(command, args, options = {}) {
  try {
    return execFileSync(command, args, {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
      ...options,
    });
  } catch (error) {
    const output = `${error.stdout ?? ""}${error.stderr ?? ""}`.trim();
    throw new Error(`${path.basename(command)} ${args.join(" ")} failed:\n${output}`);
  }
}

function publishablePackages() {
  const dir = path.join(repoRoot, "packages");
  return readdirSync(dir)
    .sort()
    .map((name) => ({ dir: path.join(dir, name), manifest: path.join(dir, name, "package.json") }))
    .filter((p) => existsSync(p.manifest))
    .map((p) => ({ ...p, json: JSON.parse(readFileSync(p.manifest, "utf8")) }))
    .filter((p) => !p.json.private);
}

/** Concrete subpaths to import for each `exports` key; a `*` pattern is checked on one file it matches. */
function entryPoints(pkg, installedDir) {
  const entries = [];
  for (const [key, target] of Object.entries(pkg.json.exports ?? { ".": pkg.json.main })) {
    if (key === "./package.json") continue;
    if (!key.includes("*")) {
      const isCode = typeof target === "object";
      entries.push({
        specifier: key === "." ? pkg.json.name : `${pkg.json.name}/${key.slice(2)}`,
        isCode,
      });
      continue;
    }
    const [prefix, suffix] = String(target).split("*");
    const files = listFiles(path.join(installedDir, prefix)).filter((file) =>
      file.endsWith(suffix),
    );
    if (files.length === 0) throw new Error(`${pkg.json.name}: export ${key} matches no file`);
    const match = files[0].slice(0, files[0].length - suffix.length);
    entries.push({
      specifier: `${pkg.json.name}/${key.slice(2).replace("*", match)}`,
      isCode: false,
    });
  }
  return entries;
}

function listFiles(dir, base = "") {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) =>
      entry.isDirectory()
        ? listFiles(path.join(dir, entry.name), `${base}${entry.name}/`)
        : [`${base}${entry.name}`],
    );
}

const work = mkdtempSync(path.join(tmpdir(), "ndcvn-packages-"));
const tarballs = path.join(work, "tarballs");
mkdirSync(tarballs);
const failures = [];
const packages = publishablePackages();

for (const pkg of packages) {
  const before = new Set(readdirSync(tarballs));
  run("pnpm", ["pack", "--pack-destination", tarballs], { cwd: pkg.dir });
  const tarball = readdirSync(tarballs).find((file) => !before.has(file));
  pkg.tarball = path.join(tarballs, tarball);
  for (const [tool, args] of [
    ["publint", ["run", "--strict", pkg.tarball]],
    ["attw", ["--profile", "node16", "--format", "ascii", "--no-emoji", "--no-color", pkg.tarball]],
  ]) {
    try {
      run(bin(tool), args);
      console.log(`ok   ${tool} ${pkg.json.name}`);
    } catch (error) {
      failures.push(`${tool} ${pkg.json.name}: ${error.message}`);
      console.log(`FAIL ${tool} ${pkg.json.name}`);
    }
  }
}

// The consumer: a fresh project that knows the packages only through their tarballs.
const consumer = path.join(work, "consumer");
mkdirSync(consumer);
writeFileSync(
  path.join(consumer, "package.json"),
  JSON.stringify(
    {
      name: "ndcvn-consumer-smoke",
      private: true,
      type: "module",
      dependencies: Object.fromEntries(packages.map((p) => [p.json.name, `file:${p.tarball}`])),
    },
    null,
    2,
  ),
);
run("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error", "--ignore-scripts"], {
  cwd: consumer,
});

const entries = packages.flatMap((pkg) =>
  entryPoints(pkg, path.join(consumer, "node_modules", pkg.json.name)),
);
const codeEntries = entries.filter((entry) => entry.isCode);
const dataEntries = entries.filter((entry) => !entry.isCode);
const lines = (render) => codeEntries.map(render).join("\n");

writeFileSync(
  path.join(consumer, "esm.mjs"),
  `const names = {};\n${lines((e, i) => `import * as m${i} from ${JSON.stringify(e.specifier)};\nnames[${JSON.stringify(e.specifier)}] = Object.keys(m${i}).filter((k) => k !== "default").sort();`)}\n` +
    `${dataEntries.map((e) => `await import(${JSON.stringify(e.specifier)}, { with: { type: "json" } });`).join("\n")}\n` +
    "console.log(JSON.stringify(names));\n",
);
writeFileSync(
  path.join(consumer, "cjs.cjs"),
  `const names = {};\n${lines((e) => `names[${JSON.stringify(e.specifier)}] = Object.keys(require(${JSON.stringify(e.specifier)})).sort();`)}\n` +
    `${dataEntries.map((e) => `require(${JSON.stringify(e.specifier)});`).join("\n")}\n` +
    "console.log(JSON.stringify(names));\n",
);
writeFileSync(
  path.join(consumer, "consumer.ts"),
  `${lines((e, i) => `import * as m${i} from ${JSON.stringify(e.specifier)};`)}\n` +
    `export const modules = [${codeEntries.map((_e, i) => `m${i}`).join(", ")}];\n`,
);
writeFileSync(
  path.join(consumer, "consumer-cjs.cts"),
  `${lines((e, i) => `import m${i} = require(${JSON.stringify(e.specifier)});`)}\n` +
    `export const modules = [${codeEntries.map((_e, i) => `m${i}`).join(", ")}];\n`,
);
const compilerOptions = {
  strict: true,
  noEmit: true,
  skipLibCheck: false,
  types: [],
  // The packages are built for ES2022; a consumer compiling for less would not run them.
  target: "ES2022",
  lib: ["ES2022", "DOM"],
};
writeFileSync(
  path.join(consumer, "tsconfig.node16.json"),
  JSON.stringify({
    compilerOptions: { ...compilerOptions, module: "node16", moduleResolution: "node16" },
    files: ["consumer.ts", "consumer-cjs.cts"],
  }),
);
writeFileSync(
  path.join(consumer, "tsconfig.bundler.json"),
  JSON.stringify({
    compilerOptions: { ...compilerOptions, module: "esnext", moduleResolution: "bundler" },
    files: ["consumer.ts"],
  }),
);

const steps = [
  ["import from .mjs", () => run("node", ["esm.mjs"], { cwd: consumer })],
  ["require from .cjs", () => run("node", ["cjs.cjs"], { cwd: consumer })],
  [
    "tsc moduleResolution node16",
    () => run(bin("tsc"), ["-p", "tsconfig.node16.json"], { cwd: consumer }),
  ],
  [
    "tsc moduleResolution bundler",
    () => run(bin("tsc"), ["-p", "tsconfig.bundler.json"], { cwd: consumer }),
  ],
];
const exported = {};
for (const [label, step] of steps) {
  try {
    const output = step();
    if (label.startsWith("import") || label.startsWith("require")) exported[label] = output.trim();
    console.log(`ok   consumer: ${label} (${entries.length} entry points)`);
  } catch (error) {
    failures.push(`consumer ${label}: ${error.message}`);
    console.log(`FAIL consumer: ${label}`);
  }
}
// ESM and CJS users must see the same API.
if (
  exported["import from .mjs"] &&
  exported["import from .mjs"] !== exported["require from .cjs"]
) {
  failures.push(
    `ESM and CJS entry points export different names:\n  esm ${exported["import from .mjs"]}\n  cjs ${exported["require from .cjs"]}`,
  );
}

if (keep) console.log(`Kept ${work}`);
else rmSync(work, { recursive: true, force: true });
if (failures.length > 0) {
  console.error(`\n${failures.join("\n\n")}`);
  process.exit(1);
}
console.log(`Package checks passed for ${packages.map((p) => p.json.name).join(", ")}.`);
