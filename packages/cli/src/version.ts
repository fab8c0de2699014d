// The version of the CLI, read from its package.json: `ndc --version` and reports say which build
// made them. The file sits next to `dist/` in the published package and next to `src/` here.
import { readFileSync } from "node:fs";

function readVersion(): string {
  try {
    const json = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
    return typeof json?.version === "string" ? json.version : "0.0.0";
  } catch {
    return "0.0.0";
  }
}

/**
 * The version of `@ndcvn/cli` (what `ndc --version` prints).
 *
 * @example
 * ```ts
 * import { CLI_VERSION } from "@ndcvn/cli";
 * console.log(CLI_VERSION); // "0.1.0"
 * ```
 */
export const CLI_VERSION: string = readVersion();
