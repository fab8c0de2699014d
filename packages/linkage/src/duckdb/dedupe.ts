// dedupe on DuckDB: one source, clusters of records of one person, as the JS engine's dedupe.
import { preparePlan, type SourceInput, sourceNames } from "../engine/prepare.js";
import { buildClusterResult, type ClusterResult } from "../engine/result-builders.js";
import type { LinkageSpec } from "../spec/spec.js";
import type { DuckDbDedupeOptions } from "./options.js";
import { runOnDuckDb } from "./run-on-duckdb.js";

/**
 * Find the records of one source that are the same person, on DuckDB: the same passes and the
 * same result as `dedupe` of `@ndcvn/linkage` (`JSON.stringify` gives the same bytes). Clusters
 * that several keys join in one pass are found by iterating labels in SQL until they are stable.
 * Needs the optional package `@duckdb/node-api`.
 *
 * @example
 * ```ts
 * import { dedupe } from "@ndcvn/linkage/duckdb";
 * const spec = {
 *   specVersion: 1,
 *   fields: { name: { from: "name", normalise: ["nameKey"] }, born: { from: "born", normalise: ["date"] } },
 *   passes: [{ name: "nameBorn", key: ["name", "born"] }],
 * } as const;
 * const result = await dedupe(
 *   [{ id: "1", name: "Lê Thị Hoà", born: "1990-05-12" }, { id: "2", name: "LE THI HOA", born: "12/05/1990" }],
 *   spec,
 * );
 * console.log(result.clusters[0]?.members); // [{ source: "records", id: "1" }, { source: "records", id: "2" }]
 * ```
 */
export async function dedupe(
  records: SourceInput,
  spec: LinkageSpec,
  options: DuckDbDedupeOptions = {},
): Promise<ClusterResult> {
  const plan = preparePlan(spec);
  const names = sourceNames(plan, 1, options.source === undefined ? undefined : [options.source]);
  const { outcome, header } = await runOnDuckDb([records], names, plan, "dedupe", options);
  return buildClusterResult(outcome, header);
}
