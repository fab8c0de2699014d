// Pair precision and recall of results against synth's ground truth, for the accuracy test and the
// benchmark's report.
import type { ClusterResult, LinkResult } from "../src/index.js";

/** Precision and recall of pairs, overall and per pass. */
export interface Accuracy {
  readonly links: number;
  readonly correct: number;
  readonly precision: number;
  /** Correct links over every true cross-source pair (bounded by within-source duplicates). */
  readonly recall: number;
  /**
   * Correct links over the true pairs a one-to-one linkage can make: those of people with exactly
   * one record in each of the two sources.
   */
  readonly recallOneToOne: number;
  readonly perPass: Readonly<Record<string, { links: number; precision: number }>>;
}

type Truth = (source: string, id: string) => string | undefined;

function pairsOfPeople(
  people: Map<string, Map<string, number>>,
  sources: readonly string[],
): { all: number; oneToOne: number } {
  let all = 0;
  let oneToOne = 0;
  for (const counts of people.values())
    for (let a = 0; a < sources.length; a++)
      for (let b = a + 1; b < sources.length; b++) {
        const x = counts.get(sources[a] as string) ?? 0;
        const y = counts.get(sources[b] as string) ?? 0;
        all += x * y;
        if (x === 1 && y === 1) oneToOne++;
      }
  return { all, oneToOne };
}

/** Records per person per source. */
export function census(
  records: Iterable<{ source: string; person: string }>,
): Map<string, Map<string, number>> {
  const people = new Map<string, Map<string, number>>();
  for (const { source, person } of records) {
    let counts = people.get(person);
    if (!counts) {
      counts = new Map();
      people.set(person, counts);
    }
    counts.set(source, (counts.get(source) ?? 0) + 1);
  }
  return people;
}

function score(
  edges: Iterable<{ a: [string, string]; b: [string, string]; pass: string }>,
  truth: Truth,
  people: Map<string, Map<string, number>>,
  sources: readonly string[],
  pairs: Iterable<[[string, string], [string, string]]>,
): Accuracy {
  const perPass: Record<string, { links: number; correct: number }> = {};
  let links = 0;
  let correct = 0;
  for (const { a, b, pass } of edges) {
    const ok = truth(...a) !== undefined && truth(...a) === truth(...b);
    const entry = perPass[pass] ?? { links: 0, correct: 0 };
    entry.links++;
    if (ok) entry.correct++;
    perPass[pass] = entry;
  }
  let oneToOneFound = 0;
  for (const [a, b] of pairs) {
    links++;
    const person = truth(...a);
    if (person === undefined || person !== truth(...b)) continue;
    correct++;
    const counts = people.get(person);
    if (counts?.get(a[0]) === 1 && counts?.get(b[0]) === 1) oneToOneFound++;
  }
  const truePairs = pairsOfPeople(people, sources);
  return {
    links,
    correct,
    precision: links === 0 ? 1 : correct / links,
    recall: truePairs.all === 0 ? 1 : correct / truePairs.all,
    recallOneToOne: truePairs.oneToOne === 0 ? 1 : oneToOneFound / truePairs.oneToOne,
    perPass: Object.fromEntries(
      Object.entries(perPass).map(([pass, { links: n, correct: c }]) => [
        pass,
        { links: n, precision: c / n },
      ]),
    ),
  };
}

/** Accuracy of a two-source link. */
export function linkAccuracy(
  result: LinkResult,
  truth: Truth,
  people: Map<string, Map<string, number>>,
): Accuracy {
  const { left, right } = result.sources;
  const edges = result.links.map((l) => ({
    a: [left, l.left] as [string, string],
    b: [right, l.right] as [string, string],
    pass: l.pass,
  }));
  return score(
    edges,
    truth,
    people,
    [left, right],
    edges.map((e) => [e.a, e.b]),
  );
}

/** Accuracy of clusters: every pair of members is a link. */
export function clusterAccuracy(
  result: ClusterResult,
  truth: Truth,
  people: Map<string, Map<string, number>>,
): Accuracy {
  const edges = result.clusters.flatMap((cluster) =>
    cluster.links.map((l) => ({
      a: [l.from.source, l.from.id] as [string, string],
      b: [l.to.source, l.to.id] as [string, string],
      pass: l.pass,
    })),
  );
  const pairs: [[string, string], [string, string]][] = [];
  for (const cluster of result.clusters)
    for (let i = 0; i < cluster.members.length; i++)
      for (let j = i + 1; j < cluster.members.length; j++) {
        const a = cluster.members[i];
        const b = cluster.members[j];
        if (a && b)
          pairs.push([
            [a.source, a.id],
            [b.source, b.id],
          ]);
      }
  return score(edges, truth, people, result.sources, pairs);
}
