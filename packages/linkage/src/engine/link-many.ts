// linkMany: N sources, clusters with at most one record of each.
import type { LinkageSpec } from "../spec/spec.js";
import type { EngineTuning } from "./options.js";
import { linkManySources, preparePlan, readSources, type SourceInput } from "./prepare.js";
import { buildClusterResult, type ClusterResult } from "./result-builders.js";
import { runPasses } from "./semantics.js";

/** Options of {@link linkMany}. */
export type LinkManyOptions = EngineTuning;

/**
 * Link the records of several sources into clusters holding at most one record of each source,
 * with the spec's passes in order (the semantics of {@link link}, generalised: a cluster takes part
 * in a pass while it lacks a record of some source). `sources` maps source names to records or
 * token sets; they are used in the spec's `sources` order, or in name order when the spec declares
 * none. Every record appears exactly once: in a cluster, as an ambiguity candidate, or unmatched.
 *
 * @example
 * ```ts
 * import { linkMany, presets } from "@ndcvn/linkage";
 * const result = await linkMany(
 *   { population: citizens, insurance: healthCards, tax: taxpayers },
 *   presets.vietnamesePerson,
 * );
 * for (const cluster of result.clusters) console.log(cluster.id, cluster.members.length);
 * ```
 */
export async function linkMany(
  sources: Readonly<Record<string, SourceInput>>,
  spec: LinkageSpec,
  options: LinkManyOptions = {},
): Promise<ClusterResult> {
  const plan = preparePlan(spec);
  const { names, inputs } = linkManySources(plan, sources);
  const { sources: keyed, header } = await readSources(inputs, plan, names);
  const outcome = runPasses(keyed, plan.passes, "link", options);
  return buildClusterResult(outcome, header);
}
