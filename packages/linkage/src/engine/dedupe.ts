// dedupe: one source, clusters of records of one person.
import type { LinkageSpec } from "../spec/spec.js";
import type { EngineTuning } from "./options.js";
import { preparePlan, readSources, type SourceInput, sourceNames } from "./prepare.js";
import { buildClusterResult, type ClusterResult } from "./result-builders.js";
import { runPasses } from "./semantics.js";

/** Options of {@link dedupe}. */
export interface DedupeOptions extends EngineTuning {
  /** The source name of the records. @default the spec's first source, or `records` */
  readonly source?: string;
}

/**
 * Find the records of one source that are the same person, with the spec's passes in order: the
 * records sharing a key (up to `maxKeyFrequency`) join one cluster unless a veto holds between
 * records that would newly share it; clusters grow across passes. Every record appears exactly once:
 * in a cluster, as an ambiguity candidate, or unmatched. Cluster ids depend on their members only.
 *
 * @example
 * ```ts
 * import { dedupe } from "@ndcvn/linkage";
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
  options: DedupeOptions = {},
): Promise<ClusterResult> {
  const plan = preparePlan(spec);
  const names = sourceNames(plan, 1, options.source === undefined ? undefined : [options.source]);
  const { sources, header } = await readSources([records], plan, names);
  const outcome = runPasses(sources, plan.passes, "dedupe", options);
  return buildClusterResult(outcome, header);
}
