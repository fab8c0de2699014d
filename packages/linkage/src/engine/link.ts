// link: two sources, one-to-one.
import { InvalidInputError } from "../errors/invalid-input-error.js";
import type { LinkageSpec } from "../spec/spec.js";
import type { EngineTuning } from "./options.js";
import { preparePlan, readSources, type SourceInput, sourceNames } from "./prepare.js";
import { buildLinkResult, type LinkResult } from "./result-builders.js";
import { runPasses } from "./semantics.js";

/** Options of {@link link}. */
export interface LinkOptions extends EngineTuning {
  /**
   * The source names of the left and right records (their id paths and per-source field paths).
   * @default the spec's first two sources, or `left` and `right`
   */
  readonly sources?: readonly [string, string];
}

/**
 * Link the records of two sources, one to one, with the spec's passes in order: a pass links a
 * left and a right record not yet linked when their key is unique among both sides' unlinked
 * records and no veto holds; a key shared by several records of a side is reported as an ambiguity
 * with its candidates, never guessed. Every record appears exactly once in the result: in a link,
 * as an ambiguity candidate, or unmatched. The result does not depend on the order of the records
 * (`JSON.stringify` gives the same bytes). Inputs are arrays, Iterables or AsyncIterables of
 * records, or two token sets from {@link tokenize}.
 *
 * Throws InvalidSpecError, InvalidRecordError (a record that is not an object or has no id),
 * DuplicateRecordIdError, InvalidInputError and TokenSetError; a field of the wrong type is missing
 * for that record and counted in `inputs`.
 *
 * @example
 * ```ts
 * import { link, presets } from "@ndcvn/linkage";
 * const result = await link(
 *   [{ id: "a1", personalId: "001099012345", fullName: "Nguyễn Văn An", dateOfBirth: "1999-03-14" }],
 *   [{ id: "b7", fullName: "NGUYEN VAN AN", dateOfBirth: "14/03/1999", sex: "nam" }],
 *   presets.vietnamesePerson,
 * );
 * console.log(result.links); // [{ left: "a1", right: "b7", pass: "nameBirthDate", agreed: { … } }]
 * ```
 */
export async function link(
  left: SourceInput,
  right: SourceInput,
  spec: LinkageSpec,
  options: LinkOptions = {},
): Promise<LinkResult> {
  const plan = preparePlan(spec);
  const names = sourceNames(plan, 2, options.sources);
  if (names[0] === names[1]) throw new InvalidInputError("same_source", names[0]);
  // The result lists every left record in id order (links by left id); right ones only in part.
  const { sources, header } = await readSources([left, right], plan, names, 1);
  const outcome = runPasses(sources, plan.passes, "link", options);
  return buildLinkResult(outcome, header);
}
