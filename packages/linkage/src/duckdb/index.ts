// @ndcvn/linkage/duckdb — the linkage engine on DuckDB, for inputs larger than memory. Node only;
// needs the optional peer dependency @duckdb/node-api, imported on first use.

export { dedupe } from "./dedupe.js";
export { DuckDbEngineError, type DuckDbEngineErrorCode } from "./duckdb-engine-error.js";
export { link } from "./link.js";
export { linkMany } from "./link-many.js";
export type {
  DuckDbDedupeOptions,
  DuckDbLinkManyOptions,
  DuckDbLinkOptions,
  DuckDbOptions,
  DuckDbProgress,
} from "./options.js";
