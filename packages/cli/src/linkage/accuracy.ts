// Precision and recall of a two-source linkage against ground truth (which synthetic person each
// record is about). A link is correct when both records are about the same person. Recall counts
// the true pairs among the records that were linked: for each person, (records on the left) ×
// (records on the right). A one-to-one linkage cannot link both records of a person that one side
// holds twice — they are reported as an ambiguity — so recall is also given over the pairs it can
// make: people with exactly one record on each side.
import type { LinkResult } from "@ndcvn/linkage";

/** Links and correct links of one pass. */
export interface PassAccuracy {
  readonly pass: string;
  readonly links: number;
  /** Links whose two records are about the same person. */
  readonly correct: number;
  /** `correct / links` over links whose records are both in the truth; `null` without any. */
  readonly precision: number | null;
}

/** How right a linkage is, by the ground truth. */
export interface LinkAccuracy {
  readonly links: number;
  /** Links whose records are both in the truth. */
  readonly judged: number;
  readonly correct: number;
  /** Correct links over links whose records are both in the truth; `null` without any. */
  readonly precision: number | null;
  /** Pairs of records (one per side) about the same person. */
  readonly truePairs: number;
  /** Correct links over true pairs; `null` without true pairs. */
  readonly recall: number | null;
  /** People with exactly one record on each side: the pairs a one-to-one linkage can make. */
  readonly oneToOnePairs: number;
  /** Correct links of those people. */
  readonly oneToOneCorrect: number;
  /** Correct links of those people over their number; `null` without any. */
  readonly recallOneToOne: number | null;
  /** Records the truth does not know (they count as no person). */
  readonly notInTruth: { readonly left: number; readonly right: number };
  /** Per pass, in pass order. */
  readonly passes: readonly PassAccuracy[];
}

/** The ids of a side: every record appears once in links, ambiguities or unmatched. */
function sideIds(result: LinkResult, side: "left" | "right"): string[] {
  const ids = result.links.map((l) => l[side]);
  for (const ambiguity of result.ambiguities) ids.push(...ambiguity.candidates[side]);
  ids.push(...result.unmatched[side]);
  return ids;
}

const share = (part: number, whole: number) => (whole === 0 ? null : part / whole);

/**
 * The accuracy of a link result: `truthOf(side, id)` is the person a record is about, or
 * `undefined` when the truth does not know it.
 */
export function linkAccuracy(
  result: LinkResult,
  truthOf: (side: "left" | "right", id: string) => string | undefined,
): LinkAccuracy {
  const people = new Map<string, { left: number; right: number }>();
  const notInTruth = { left: 0, right: 0 };
  for (const side of ["left", "right"] as const) {
    for (const id of sideIds(result, side)) {
      const person = truthOf(side, id);
      if (person === undefined) {
        notInTruth[side]++;
        continue;
      }
      let counts = people.get(person);
      if (!counts) {
        counts = { left: 0, right: 0 };
        people.set(person, counts);
      }
      counts[side]++;
    }
  }
  let truePairs = 0;
  let oneToOnePairs = 0;
  for (const { left, right } of people.values()) {
    truePairs += left * right;
    if (left === 1 && right === 1) oneToOnePairs++;
  }
  const perPass = new Map(
    result.passes.map((pass) => [pass.name, { links: 0, correct: 0, judged: 0 }]),
  );
  let correct = 0;
  let judged = 0;
  let oneToOneFound = 0;
  for (const found of result.links) {
    const left = truthOf("left", found.left);
    const right = truthOf("right", found.right);
    const entry = perPass.get(found.pass);
    if (entry) entry.links++;
    if (left === undefined || right === undefined) continue;
    judged++;
    if (entry) entry.judged++;
    if (left !== right) continue;
    correct++;
    if (entry) entry.correct++;
    const counts = people.get(left);
    if (counts?.left === 1 && counts.right === 1) oneToOneFound++;
  }
  return {
    links: result.links.length,
    judged,
    correct,
    precision: share(correct, judged),
    truePairs,
    recall: share(correct, truePairs),
    oneToOnePairs,
    oneToOneCorrect: oneToOneFound,
    recallOneToOne: share(oneToOneFound, oneToOnePairs),
    notInTruth,
    passes: [...perPass].map(([pass, { links, correct: right, judged: known }]) => ({
      pass,
      links,
      correct: right,
      precision: share(right, known),
    })),
  };
}
