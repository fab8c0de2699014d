// @duckdb/node-api is an optional peer dependency: it is imported when the engine is first used,
// so that importing @ndcvn/linkage/duckdb never fails, and a missing package is a clear error.
import { DuckDbEngineError } from "./duckdb-engine-error.js";

/** The module @duckdb/node-api. */
export type DuckDbModule = typeof import("@duckdb/node-api");

let loaded: Promise<DuckDbModule> | undefined;

/** Import @duckdb/node-api once; throws {@link DuckDbEngineError} `duckdb_unavailable` without it. */
export function loadDuckDb(): Promise<DuckDbModule> {
  loaded ??= import("@duckdb/node-api").catch((cause: unknown) => {
    loaded = undefined;
    throw new DuckDbEngineError("duckdb_unavailable", "import", { cause });
  });
  return loaded;
}
