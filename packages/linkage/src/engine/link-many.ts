// linkMany: N sources, clusters with at most one record of each.
import { InvalidInputError } from "../errors/invalid-input-error.js";
import type { LinkageSpec } from "../spec/spec.js";
import type { EngineTuning } from "./options.js";
import { preparePlan, readSources, type SourceInput } from "./prepare.js";
import { buildClusterResult, type ClusterResult } from "./result-builders.js";
import { runPasses } from "./semantics.js";

/** Options of {@link linkMany}. */
export type LinkManyOptions = EngineTuning;

const MAX_SOURCES = 32;

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
  const given = Object.keys(sources);
  const declared = plan.spec.sources?.map((source) => source.name);
  if (declared)
    for (const name of given)
      if (!declared.includes(name)) throw new InvalidInputError("unknown_source", name);
  const names = declared ? declared.filter((name) => given.includes(name)) : [...given].sort();
  if (names.length < 2) throw new InvalidInputError("no_sources");
  if (names.length > MAX_SOURCES) throw new InvalidInputError("too_many_sources");
  const inputs = names.map((name) => sources[name] as SourceInput);
  const { sources: keyed, header } = await readSources(inputs, plan, names);
  const outcome = runPasses(keyed, plan.passes, "link", options);
  return buildClusterResult(outcome, header);
}
