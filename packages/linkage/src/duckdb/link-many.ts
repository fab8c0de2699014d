// linkMany on DuckDB: N sources, clusters with at most one record of each, as the JS engine's.
import type { SourceInput } from "../engine/prepare.js";
import { linkManySources, preparePlan } from "../engine/prepare.js";
import { buildClusterResult, type ClusterResult } from "../engine/result-builders.js";
import type { LinkageSpec } from "../spec/spec.js";
import type { DuckDbLinkManyOptions } from "./options.js";
import { runOnDuckDb } from "./run-on-duckdb.js";

/**
 * Link the records of several sources into clusters holding at most one record of each source, on
 * DuckDB: the same passes and the same result as `linkMany` of `@ndcvn/linkage` (`JSON.stringify`
 * gives the same bytes). Sources are used in the spec's `sources` order, or in name order. Needs the
 * optional package `@duckdb/node-api`.
 *
 * @example
 * ```ts
 * import { presets } from "@ndcvn/linkage";
 * import { linkMany } from "@ndcvn/linkage/duckdb";
 * const result = await linkMany(
 *   { population: citizens, insurance: healthCards, tax: taxpayers },
 *   presets.vietnamesePerson,
 *   { threads: 2, memoryLimit: "4GB" },
 * );
 * for (const cluster of result.clusters) console.log(cluster.id, cluster.members.length);
 * ```
 */
export async function linkMany(
  sources: Readonly<Record<string, SourceInput>>,
  spec: LinkageSpec,
  options: DuckDbLinkManyOptions = {},
): Promise<ClusterResult> {
  const plan = preparePlan(spec);
  const { names, inputs } = linkManySources(plan, sources);
  const { outcome, header } = await runOnDuckDb(inputs, names, plan, "link", options);
  return buildClusterResult(outcome, header);
}
