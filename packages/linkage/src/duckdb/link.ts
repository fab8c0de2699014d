// link on DuckDB: two sources, one to one, with the semantics and results of the JS engine's link.
import { preparePlan, type SourceInput, sourceNames } from "../engine/prepare.js";
import { buildLinkResult, type LinkResult } from "../engine/result-builders.js";
import { InvalidInputError } from "../errors/invalid-input-error.js";
import type { LinkageSpec } from "../spec/spec.js";
import type { DuckDbLinkOptions } from "./options.js";
import { runOnDuckDb } from "./run-on-duckdb.js";

/**
 * Link the records of two sources on DuckDB: the same passes, the same result as `link` of
 * `@ndcvn/linkage` (`JSON.stringify` gives the same bytes), for inputs larger than memory. Records
 * are read and normalised here as they stream in (arrays, Iterables or AsyncIterables, or token
 * sets) and the passes run in SQL; only record ids and the result are held in memory. Needs the
 * optional package `@duckdb/node-api` (else DuckDbEngineError `duckdb_unavailable`).
 *
 * Throws what `link` throws (InvalidSpecError, InvalidRecordError, DuplicateRecordIdError,
 * InvalidInputError, TokenSetError) and DuckDbEngineError.
 *
 * @example
 * ```ts
 * import { presets } from "@ndcvn/linkage";
 * import { link } from "@ndcvn/linkage/duckdb";
 * const result = await link(populationRecords, insuranceRecords, presets.vietnamesePerson, {
 *   database: "/data/linkage.duckdb", // optional: work in a file, for more than memory holds
 *   threads: 4,
 * });
 * console.log(result.links.length, result.passes);
 * ```
 */
export async function link(
  left: SourceInput,
  right: SourceInput,
  spec: LinkageSpec,
  options: DuckDbLinkOptions = {},
): Promise<LinkResult> {
  const plan = preparePlan(spec);
  const names = sourceNames(plan, 2, options.sources);
  if (names[0] === names[1]) throw new InvalidInputError("same_source", names[0]);
  const { outcome, header } = await runOnDuckDb([left, right], names, plan, "link", options);
  return buildLinkResult(outcome, header);
}
