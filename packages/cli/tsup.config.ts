import { defineConfig } from "tsup";
import { packageBuild } from "../../tsup.shared.js";

// The shared build (ESM one file per module — `src/bin.ts` included, its `#!` line kept — and a
// CJS bundle of the library entry), for Node: the CLI imports `node:` modules. The CJS bundle
// shims `import.meta.url`, which `src/version.ts` uses to find package.json.
export default defineConfig(
  packageBuild({ index: "src/index.ts" }).map((options) => ({
    ...options,
    platform: "node" as const,
    shims: options.format?.includes("cjs") === true,
  })),
);
