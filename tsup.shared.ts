import type { Options } from "tsup";

/**
 * The build of every publishable package. ESM keeps one output file per source module, so that
 * bundlers drop what an app does not import (the packages are `sideEffects: false`) and large
 * tables never ride along with small entry points; each entry point `src/<name>.ts` becomes
 * `dist/<name>.js`. CommonJS (Node only) is one bundle per entry point. Type declarations are
 * rolled up per entry point, as `.d.ts` and `.d.cts`.
 */
export function packageBuild(entries: Record<string, string>): Options[] {
  // UTF-8 output keeps Vietnamese text as it is: escaped, the code-list modules would be several
  // times larger to download and to hold in memory.
  const common: Options = {
    target: "es2022",
    platform: "neutral",
    sourcemap: false,
    esbuildOptions(options) {
      options.charset = "utf8";
    },
  };
  return [
    {
      ...common,
      entry: ["src/**/*.ts"],
      format: ["esm"],
      bundle: false,
      clean: true,
      dts: { entry: entries },
    },
    {
      ...common,
      entry: entries,
      format: ["cjs"],
      bundle: true,
      splitting: false,
      dts: { entry: entries },
    },
  ];
}
