// What link, dedupe, linkMany and tokenize do before the passes: validate and compile the spec,
// name the sources, and read each input as clear-text records or as a token set.
import { NORMALIZER_VERSION } from "@ndcvn/validators";
import { InvalidInputError } from "../errors/invalid-input-error.js";
import { InvalidSpecError } from "../errors/invalid-spec-error.js";
import { TokenSetError } from "../errors/token-set-error.js";
import type { KeyedSource } from "../normalise/keyed-source.js";
import { NormalisedSource } from "../normalise/normalised-source.js";
import { compilePlan, type LinkagePlan } from "../normalise/plan.js";
import type { LinkageSpec } from "../spec/spec.js";
import { validateSpec } from "../spec/validate-spec.js";
import { isTokenSet, type TokenSet } from "../tokens/token-set.js";
import { TokenSource } from "../tokens/token-source.js";
import { isAsyncIterable, isIterable, type RecordInput } from "./inputs.js";
import type { ResultHeader } from "./result-builders.js";

/** A source given to link, dedupe or linkMany: records, or a token set from `tokenize`. */
export type SourceInput = RecordInput | TokenSet;

/** Validate and compile a spec; throws InvalidSpecError with every problem. */
export function preparePlan(spec: LinkageSpec): LinkagePlan {
  const checked = validateSpec(spec);
  if (!checked.ok) throw new InvalidSpecError(checked.issues);
  return compilePlan(checked.spec);
}

/**
 * The names of `count` sources: those given, else the spec's first sources, else the defaults.
 * Names must be declared when the spec declares sources.
 */
export function sourceNames(
  plan: LinkagePlan,
  count: number,
  given: readonly string[] | undefined,
  defaults: readonly string[] = count === 1 ? ["records"] : ["left", "right"],
): string[] {
  const declared = plan.spec.sources?.map((source) => source.name);
  const names = given ? [...given] : declared ? declared.slice(0, count) : [...defaults];
  while (names.length < count) names.push(defaults[names.length] ?? `source${names.length}`);
  if (declared)
    for (const name of names)
      if (!declared.includes(name)) throw new InvalidInputError("unknown_source", name);
  return names;
}

/** The most sources linkMany takes. */
const MAX_SOURCES = 32;

/**
 * The sources of linkMany, named and ordered: in the spec's `sources` order, or in name order when
 * the spec declares none. Every name must be declared when the spec declares sources.
 */
export function linkManySources(
  plan: LinkagePlan,
  sources: Readonly<Record<string, SourceInput>>,
): { names: string[]; inputs: SourceInput[] } {
  const given = Object.keys(sources);
  const declared = plan.spec.sources?.map((source) => source.name);
  if (declared)
    for (const name of given)
      if (!declared.includes(name)) throw new InvalidInputError("unknown_source", name);
  const names = declared ? declared.filter((name) => given.includes(name)) : [...given].sort();
  if (names.length < 2) throw new InvalidInputError("no_sources");
  if (names.length > MAX_SOURCES) throw new InvalidInputError("too_many_sources");
  return { names, inputs: names.map((name) => sources[name] as SourceInput) };
}

/** Read one input as source `name`; `ordered`: sort its ids now (see NormalisedSource.read). */
export async function readSource(
  input: SourceInput,
  plan: LinkagePlan,
  name: string,
  ordered = false,
): Promise<KeyedSource> {
  if (isTokenSet(input)) return new TokenSource(input, plan, name, ordered);
  if (!Array.isArray(input) && !isAsyncIterable(input) && !isIterable(input))
    throw new InvalidInputError("not_records", name);
  return NormalisedSource.read(input as RecordInput, plan, name, ordered);
}

/**
 * Read every input; all records or all token sets (then made with one secret and normaliser).
 * `ordered`: how many of the first sources the result lists in full in id order (sorted now).
 */
export async function readSources(
  inputs: readonly SourceInput[],
  plan: LinkagePlan,
  names: readonly string[],
  ordered: number = inputs.length,
): Promise<{ sources: KeyedSource[]; header: ResultHeader }> {
  const tokenSets = inputs.filter(isTokenSet);
  if (tokenSets.length > 0 && tokenSets.length < inputs.length)
    throw new InvalidInputError("mixed_inputs");
  const first = tokenSets[0];
  for (const [k, set] of tokenSets.entries()) {
    if (first && set.keyId !== first.keyId) throw new TokenSetError("key_mismatch");
    if (first && set.normalizerVersion !== first.normalizerVersion)
      throw new TokenSetError("normalizer_mismatch", names[k]);
  }
  const sources: KeyedSource[] = [];
  // One at a time: sources may be streams that should not be read concurrently.
  for (const [k, input] of inputs.entries())
    sources.push(await readSource(input, plan, names[k] as string, k < ordered));
  return {
    sources,
    header: {
      specHash: plan.specHash,
      normalizerVersion: first?.normalizerVersion ?? NORMALIZER_VERSION,
      passNames: plan.passes.map((pass) => pass.name),
    },
  };
}
