// From what the passes decided (EngineOutcome) to the results callers get: outcomes of every
// record, in a fixed order, so that `JSON.stringify(result)` is the same bytes for the same inputs
// in any order. The order: records by source, then id (UTF-16 code units); see semantics.ts.
import { sha256Hex } from "../crypto/sha256.js";
import type { InputStatistics, KeyedSource } from "../normalise/keyed-source.js";
import type { AmbiguityReason, EngineOutcome, PassStatistics } from "./semantics.js";

/** A link between a left and a right record: the pass that made it and the values that agreed. */
export interface Link {
  readonly left: string;
  readonly right: string;
  readonly pass: string;
  /** The normalised values of the pass's key fields (empty when linking token sets). */
  readonly agreed: Readonly<Record<string, string>>;
}

/** Record ids on each side. */
export interface SideIds {
  readonly left: readonly string[];
  readonly right: readonly string[];
}

/** A group of records that a key could not link without guessing (two sources). */
export interface LinkAmbiguity {
  readonly pass: string;
  /**
   * `notUnique`: the key is shared by several records of one side; `keyFrequency`: by more records
   * than `maxKeyFrequency`; `conflict`: linking would contradict an earlier link or another key.
   */
  readonly reason: AmbiguityReason;
  /** The shared key's normalised values (empty when linking token sets). */
  readonly key: Readonly<Record<string, string>>;
  /** The records whose outcome is this ambiguity. */
  readonly candidates: SideIds;
  /** The rest of the group: records linked later or reported under an earlier ambiguity. */
  readonly otherMembers: SideIds;
}

/** The result of `link`: every record of both sides exactly once, linked, ambiguous or unmatched. */
export interface LinkResult {
  /** The spec's hash (`sha256:…`, see specHash). */
  readonly specHash: string;
  /** `NORMALIZER_VERSION` of @ndcvn/validators that normalised the values. */
  readonly normalizerVersion: string;
  /** `cleartext` for records, `tokens` for token sets. */
  readonly mode: "cleartext" | "tokens";
  readonly sources: { readonly left: string; readonly right: string };
  /** Links, in the order of left record ids. */
  readonly links: readonly Link[];
  readonly ambiguities: readonly LinkAmbiguity[];
  readonly unmatched: SideIds;
  /** Statistics per pass, in pass order. */
  readonly passes: readonly PassStatistics[];
  readonly inputs: { readonly left: InputStatistics; readonly right: InputStatistics };
}

/** A record by source and id. */
export interface RecordRef {
  readonly source: string;
  readonly id: string;
}

/** A link inside a cluster: from the hub record of a pass's group to a record it joined. */
export interface ClusterLink {
  readonly from: RecordRef;
  readonly to: RecordRef;
  readonly pass: string;
  readonly agreed: Readonly<Record<string, string>>;
}

/** Records found to be one person. */
export interface Cluster {
  /**
   * `cl-` and 32 hex digits: the first 128 bits of the SHA-256 of the sorted members, so the same
   * members always give the same id.
   */
  readonly id: string;
  /** Members by source, then id. */
  readonly members: readonly RecordRef[];
  /** The links that joined them, by pass then record. */
  readonly links: readonly ClusterLink[];
}

/** A group of records that a key could not cluster without guessing. */
export interface ClusterAmbiguity {
  readonly pass: string;
  readonly reason: AmbiguityReason;
  readonly key: Readonly<Record<string, string>>;
  readonly candidates: readonly RecordRef[];
  readonly otherMembers: readonly RecordRef[];
}

/** The result of `dedupe` and `linkMany`: every record exactly once, in a cluster, ambiguous or unmatched. */
export interface ClusterResult {
  readonly specHash: string;
  readonly normalizerVersion: string;
  readonly mode: "cleartext" | "tokens";
  /** The sources, in the order used. */
  readonly sources: readonly string[];
  /** Clusters of two or more records, by their first member. */
  readonly clusters: readonly Cluster[];
  readonly ambiguities: readonly ClusterAmbiguity[];
  readonly unmatched: readonly RecordRef[];
  readonly passes: readonly PassStatistics[];
  readonly inputs: Readonly<Record<string, InputStatistics>>;
}

/** Facts every result carries beside the outcome. */
export interface ResultHeader {
  readonly specHash: string;
  readonly normalizerVersion: string;
  readonly passNames: readonly string[];
}

/**
 * Sorting records (global indexes) into result order: by source, then id. A source's full id order
 * is computed only when a long list needs it; short lists compare ids directly (the same order).
 */
class RecordOrder {
  readonly #outcome: EngineOutcome;
  readonly #ranks: (Int32Array | undefined)[];

  constructor(outcome: EngineOutcome) {
    this.#outcome = outcome;
    this.#ranks = outcome.sources.map(() => undefined);
  }

  sourceIndexOf(g: number): number {
    const offsets = this.#outcome.offsets;
    let s = offsets.length - 1;
    while (s > 0 && (offsets[s] as number) > g) s--;
    return s;
  }

  /** Position of each record of source `s` in its id order. */
  rank(s: number): Int32Array {
    let rank = this.#ranks[s];
    if (rank === undefined) {
      const order = (this.#outcome.sources[s] as KeyedSource).order;
      rank = new Int32Array(order.length);
      order.forEach((i, k) => {
        (rank as Int32Array)[i] = k;
      });
      this.#ranks[s] = rank;
    }
    return rank;
  }

  /** Records of all sources in result order. */
  all(): number[] {
    const out: number[] = [];
    this.#outcome.sources.forEach((source, s) => {
      const offset = this.#outcome.offsets[s] as number;
      for (const i of source.order) out.push(offset + i);
    });
    return out;
  }

  /** Sort a list of records in place into result order. */
  sort(list: number[]): number[] {
    const outcome = this.#outcome;
    const bySource = outcome.sources.map(() => [] as number[]);
    for (const g of list) (bySource[this.sourceIndexOf(g)] as number[]).push(g);
    let k = 0;
    bySource.forEach((records, s) => {
      const source = outcome.sources[s] as KeyedSource;
      const offset = outcome.offsets[s] as number;
      if (records.length > 64 && records.length * 16 > source.size) {
        const rank = this.rank(s);
        records.sort((a, b) => (rank[a - offset] as number) - (rank[b - offset] as number));
      } else {
        const ids = source.ids;
        records.sort((a, b) => {
          const x = ids[a - offset] as string;
          const y = ids[b - offset] as string;
          return x < y ? -1 : x > y ? 1 : 0;
        });
      }
      for (const g of records) list[k++] = g;
    });
    return list;
  }

  /** Compare two records in result order. */
  compare(a: number, b: number): number {
    const sa = this.sourceIndexOf(a);
    const sb = this.sourceIndexOf(b);
    if (sa !== sb) return sa - sb;
    const ids = (this.#outcome.sources[sa] as KeyedSource).ids;
    const offset = this.#outcome.offsets[sa] as number;
    const x = ids[a - offset] as string;
    const y = ids[b - offset] as string;
    return x < y ? -1 : x > y ? 1 : 0;
  }
}

function refOf(outcome: EngineOutcome, order: RecordOrder, g: number): RecordRef {
  const s = order.sourceIndexOf(g);
  const source = outcome.sources[s] as KeyedSource;
  return { source: source.name, id: source.ids[g - (outcome.offsets[s] as number)] as string };
}

function agreedOf(
  outcome: EngineOutcome,
  order: RecordOrder,
  g: number,
  pass: number,
): Readonly<Record<string, string>> {
  const s = order.sourceIndexOf(g);
  return (outcome.sources[s] as KeyedSource).agreed(pass, g - (outcome.offsets[s] as number));
}

interface Outcomes {
  /** Ambiguities with candidates: the event, its candidates and other members, in result order. */
  readonly ambiguities: readonly {
    readonly event: number;
    readonly candidates: readonly number[];
    readonly others: readonly number[];
  }[];
  readonly unmatched: readonly number[];
}

/** Unmatched records and reported ambiguities (see semantics.ts: outcome of a record). */
function outcomesOf(outcome: EngineOutcome, order: RecordOrder): Outcomes {
  const candidates = new Map<number, number[]>();
  const unmatched: number[] = [];
  for (let g = 0; g < outcome.total; g++) {
    if ((outcome.clusterSize[g] as number) > 1) continue;
    const event = outcome.firstAmbiguity[g] as number;
    if (event === -1) {
      unmatched.push(g);
      continue;
    }
    const list = candidates.get(event);
    if (list) list.push(g);
    else candidates.set(event, [g]);
  }
  const ambiguities = [...candidates.entries()]
    .map(([event, list]) => {
      const chosen = new Set(list);
      const others = (outcome.ambiguities[event]?.members ?? []).filter((g) => !chosen.has(g));
      return { event, candidates: order.sort(list), others: order.sort(others) };
    })
    .sort((a, b) => {
      const passA = outcome.ambiguities[a.event]?.pass ?? 0;
      const passB = outcome.ambiguities[b.event]?.pass ?? 0;
      return passA - passB || order.compare(a.candidates[0] as number, b.candidates[0] as number);
    });
  return { ambiguities, unmatched: order.sort(unmatched) };
}

function statisticsOf(outcome: EngineOutcome): Record<string, InputStatistics> {
  const out: Record<string, InputStatistics> = {};
  for (const source of outcome.sources) out[source.name] = source.statistics;
  return out;
}

function modeOf(outcome: EngineOutcome): "cleartext" | "tokens" {
  return outcome.sources.every((source) => source.mode === "tokens") ? "tokens" : "cleartext";
}

/** The result of a two-source link. */
export function buildLinkResult(outcome: EngineOutcome, header: ResultHeader): LinkResult {
  const [left, right] = outcome.sources as [KeyedSource, KeyedSource];
  const order = new RecordOrder(outcome);
  const { ambiguities, unmatched } = outcomesOf(outcome, order);
  const linkOf = new Int32Array(outcome.total).fill(-1);
  outcome.linkFrom.forEach((from, e) => {
    linkOf[from] = e;
  });
  const idOf = (g: number) => (g < left.size ? left.ids[g] : right.ids[g - left.size]) as string;
  const links: Link[] = [];
  // Links by left id: a left record is the hub of at most one link.
  for (const g of outcome.linkFrom.length > 0 ? left.order : []) {
    const e = linkOf[g] as number;
    if (e === -1) continue;
    const pass = outcome.linkPass[e] as number;
    links.push({
      left: idOf(g),
      right: idOf(outcome.linkTo[e] as number),
      pass: header.passNames[pass] as string,
      agreed: left.agreed(pass, g),
    });
  }
  const sides = (list: readonly number[]): SideIds => ({
    left: list.filter((g) => g < left.size).map(idOf),
    right: list.filter((g) => g >= left.size).map(idOf),
  });
  return {
    specHash: header.specHash,
    normalizerVersion: header.normalizerVersion,
    mode: modeOf(outcome),
    sources: { left: left.name, right: right.name },
    links,
    ambiguities: ambiguities.map(({ event, candidates, others }) => {
      const found = outcome.ambiguities[event] as EngineOutcome["ambiguities"][number];
      return {
        pass: header.passNames[found.pass] as string,
        reason: found.reason,
        key: agreedOf(outcome, order, found.members[0] as number, found.pass),
        candidates: sides(candidates),
        otherMembers: sides(others),
      };
    }),
    unmatched: sides(unmatched),
    passes: outcome.passes,
    inputs: { left: left.statistics, right: right.statistics },
  };
}

/** The result of dedupe or linkMany. */
export function buildClusterResult(outcome: EngineOutcome, header: ResultHeader): ClusterResult {
  const order = new RecordOrder(outcome);
  const { ambiguities, unmatched } = outcomesOf(outcome, order);
  const ref = (g: number) => refOf(outcome, order, g);
  const all = order.all();
  const position = new Int32Array(outcome.total);
  all.forEach((g, k) => {
    position[g] = k;
  });
  const members = new Map<number, number[]>();
  const roots: number[] = [];
  for (const g of all) {
    if ((outcome.clusterSize[g] as number) < 2) continue;
    const root = outcome.cluster[g] as number;
    const list = members.get(root);
    if (list) list.push(g);
    else {
      members.set(root, [g]);
      roots.push(root);
    }
  }
  const links = new Map<number, number[]>();
  outcome.linkFrom.forEach((from, e) => {
    const root = outcome.cluster[from] as number;
    const list = links.get(root);
    if (list) list.push(e);
    else links.set(root, [e]);
  });
  const clusters = roots.map((root): Cluster => {
    const refs = (members.get(root) ?? []).map(ref);
    const edges = (links.get(root) ?? []).sort(
      (a, b) =>
        (outcome.linkPass[a] as number) - (outcome.linkPass[b] as number) ||
        (position[outcome.linkFrom[a] as number] as number) -
          (position[outcome.linkFrom[b] as number] as number) ||
        (position[outcome.linkTo[a] as number] as number) -
          (position[outcome.linkTo[b] as number] as number),
    );
    return {
      id: clusterId(refs),
      members: refs,
      links: edges.map((e) => {
        const pass = outcome.linkPass[e] as number;
        const from = outcome.linkFrom[e] as number;
        return {
          from: ref(from),
          to: ref(outcome.linkTo[e] as number),
          pass: header.passNames[pass] as string,
          agreed: agreedOf(outcome, order, from, pass),
        };
      }),
    };
  });
  return {
    specHash: header.specHash,
    normalizerVersion: header.normalizerVersion,
    mode: modeOf(outcome),
    sources: outcome.sources.map((source) => source.name),
    clusters,
    ambiguities: ambiguities.map(({ event, candidates, others }) => {
      const found = outcome.ambiguities[event] as EngineOutcome["ambiguities"][number];
      return {
        pass: header.passNames[found.pass] as string,
        reason: found.reason,
        key: agreedOf(outcome, order, found.members[0] as number, found.pass),
        candidates: candidates.map(ref),
        otherMembers: others.map(ref),
      };
    }),
    unmatched: unmatched.map(ref),
    passes: outcome.passes,
    inputs: statisticsOf(outcome),
  };
}

/**
 * The id of a cluster with these members: `cl-` and the first 32 hex digits (128 bits) of the
 * SHA-256 of the JSON list of `[source, id]` pairs in member order. The same members always give
 * the same id, whatever else changes.
 *
 * @example
 * ```ts
 * import { clusterId } from "@ndcvn/linkage";
 * clusterId([{ source: "population", id: "pop-1" }, { source: "insurance", id: "ins-9" }]); // "cl-…"
 * ```
 */
export function clusterId(members: readonly RecordRef[]): string {
  const sorted = [...members].sort((a, b) =>
    a.source < b.source ? -1 : a.source > b.source ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
  );
  const text = JSON.stringify(sorted.map((member) => [member.source, member.id]));
  return `cl-${sha256Hex(text).slice(0, 32)}`;
}
