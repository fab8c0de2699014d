// THE PASS SEMANTICS. This file is the one place where what a linkage means is written down; every
// engine (this one, the DuckDB engine, SQL for Spark or Trino) must give exactly what it describes.
//
// Inputs. Sources S0 … Sn-1 in a fixed order (the spec's `sources`, or the call's), each a set of
// records with unique ids; for every record and pass, a key or none (keyed-source.ts: the pass's
// normalised field values joined by U+0000; none when a field is missing); for every record and
// veto, a value or none. Key identity is the whole string (or an HMAC-SHA256 token of it), never a
// shorter hash.
//
// State. A partition of all records into clusters; at the start every record is its own cluster.
// Modes:
//   - `link` (link, linkMany): a cluster holds at most one record of each source (its capacity).
//     A cluster is OPEN while it lacks a record of some source that has records, CLOSED when it
//     has one of each.
//   - `dedupe` (one source): a cluster has no capacity and is always open.
//
// A pass p, for p = 0, 1, … in spec order. Everything in a pass is decided against the clusters
// as they were when the pass began, so the result cannot depend on the order of records or keys:
//   1. ELIGIBLE records: records with a key in p whose cluster is open.
//   2. GROUPS: eligible records with equal keys. A group of one record, or (link mode) whose records
//      all come from one source, or whose records are all in one cluster already, does nothing.
//   3. KEY FREQUENCY: a group of more than maxKeyFrequency records (the pass's, else the spec's) is
//      REJECTED: counted in `frequencyRejected`, and an AMBIGUITY with reason `keyFrequency`.
//   4. NOT UNIQUE (link mode): a group with two or more records of one source is an AMBIGUITY with
//      reason `notUnique` — the key is not unique on both sides, and nothing is guessed.
//   5. PROPOSALS: every other group proposes to merge the clusters of its records. Proposals that
//      touch a common cluster form one COMPONENT, decided as a whole:
//        - it FAILS ON CAPACITY (link mode) when the merged cluster would hold two records of one
//          source;
//        - it IS VETOED when some veto that applies in p (a veto applies in the passes it lists,
//          or in every pass) holds for two records that would newly share a cluster (records in
//          different clusters before the merge): the rule `differ` holds when both have a value
//          for the veto's field and the values differ.
//      A component of one proposal that fails on capacity is an AMBIGUITY with reason `conflict`;
//      one that is vetoed is counted in `vetoed` and changes nothing. A component of several
//      proposals that fails in either way makes each of its proposals an AMBIGUITY `conflict`
//      (choosing some of them would be a guess). Otherwise all its clusters merge.
//   6. LINKS (the explanation of merges): for each merging proposal, its records are ordered by
//      source, then id; the first is the hub, and there is a link from the hub to the first record
//      of every other cluster the proposal joins. A link records the pass and the hub's normalised
//      key values (`agreed`).
// In `link` mode with two sources this is: a pass links a left and a right record not yet linked
// when their key is unique among both sides' unlinked records and no veto holds; a key shared by
// more than one record on either side is an ambiguity; a key used by too many records is rejected.
//
// Outcome of a record, exactly one of:
//   - LINKED: its cluster has two or more records;
//   - AMBIGUOUS: not linked, and a member of some ambiguity; it is reported under the first such
//     ambiguity (earliest pass; a record is in one group per pass). An ambiguity therefore lists as
//     `candidates` only the records whose outcome it is, and the rest of its group as
//     `otherMembers` (linked later, or reported under an earlier ambiguity). An ambiguity with no
//     candidate is not reported.
//   - UNMATCHED: otherwise.
//
// Statistics per pass: eligible records, distinct keys, links made, ambiguities (groups), vetoed
// proposals, frequency-rejected groups (among groups that are not ignored under 2).
//
// Order of results (result-builders.ts): records by source order, then by id compared as UTF-16
// code units; links by the left record (link) or by pass then records (clusters); ambiguities by
// pass, then by their first candidate; clusters by their first member.
import type { KeyedSource } from "../normalise/keyed-source.js";
import { groupKeys } from "./key-index.js";

/** Whether clusters have a capacity of one record per source (`link`) or none (`dedupe`). */
export type LinkageMode = "link" | "dedupe";

/** Why a group is an ambiguity. */
export type AmbiguityReason = "notUnique" | "keyFrequency" | "conflict";

/** A pass as the semantics needs it. */
export interface PassRule {
  readonly name: string;
  readonly maxKeyFrequency: number;
  /** The vetoes (indexes) that apply in this pass. */
  readonly vetoes: readonly number[];
  /** Those whose field is not in the key (the others cannot hold between two records of a group). */
  readonly vetoesBesideKey?: readonly number[];
}

/** Statistics of one pass. */
export interface PassStatistics {
  readonly name: string;
  /** Records that had a key in this pass and were in an open cluster. */
  readonly eligible: number;
  /** Distinct keys among them. */
  readonly keys: number;
  /** Links made. */
  readonly links: number;
  /** Groups found ambiguous (before outcomes are assigned). */
  readonly ambiguities: number;
  /** Proposals stopped by a veto. */
  readonly vetoed: number;
  /** Groups over the key-frequency limit. */
  readonly frequencyRejected: number;
}

/** One ambiguity as found: global record indexes of the whole group. */
export interface AmbiguityEvent {
  readonly pass: number;
  readonly reason: AmbiguityReason;
  readonly members: readonly number[];
}

/**
 * What the passes decided, in global record indexes (record `i` of source `s` is
 * `offsets[s] + i`). The result builders turn this into results; another engine can produce it too.
 */
export interface EngineOutcome {
  readonly sources: readonly KeyedSource[];
  readonly offsets: readonly number[];
  readonly total: number;
  /** Any member of each record's cluster, the same for all members (the cluster's representative). */
  readonly cluster: Int32Array;
  /** The number of records in each record's cluster. */
  readonly clusterSize: Int32Array;
  /** Links: hub, other record, pass. */
  readonly linkFrom: readonly number[];
  readonly linkTo: readonly number[];
  readonly linkPass: readonly number[];
  readonly ambiguities: readonly AmbiguityEvent[];
  /** Per record, the index of its first ambiguity, or -1. */
  readonly firstAmbiguity: Int32Array;
  readonly passes: readonly PassStatistics[];
}

/** Options of the engine. */
export interface EngineOptions {
  /** The most keys one Map holds before keys are spread over several (see KeyIndex). */
  readonly maxKeysPerMap?: number;
}

interface MutableStatistics {
  eligible: number;
  keys: number;
  links: number;
  ambiguities: number;
  vetoed: number;
  frequencyRejected: number;
}

/** Run the passes over the sources; see the top of this file for what that means. */
export function runPasses(
  sources: readonly KeyedSource[],
  passes: readonly PassRule[],
  mode: LinkageMode,
  options: EngineOptions = {},
): EngineOutcome {
  const offsets: number[] = [];
  let total = 0;
  for (const source of sources) {
    offsets.push(total);
    total += source.size;
  }
  const sourceOf = new Uint8Array(total);
  sources.forEach((source, s) => {
    sourceOf.fill(s, offsets[s] as number, (offsets[s] as number) + source.size);
  });
  const localOf = (g: number) => g - (offsets[sourceOf[g] as number] as number);
  const capacity = mode === "link";
  // A source without records can never fill a cluster's place for it.
  let fullMask = 0;
  sources.forEach((source, s) => {
    if (source.size > 0) fullMask |= 1 << s;
  });

  // Clusters: union-find with path halving, each root holding size, source mask and a circular
  // list of members.
  const parent = new Int32Array(total);
  const size = new Int32Array(total).fill(1);
  const mask = new Int32Array(total);
  const nextMember = new Int32Array(total);
  for (let g = 0; g < total; g++) {
    parent[g] = g;
    nextMember[g] = g;
    mask[g] = 1 << (sourceOf[g] as number);
  }
  const find = (x: number): number => {
    let node = x;
    while (parent[node] !== node) {
      const up = parent[parent[node] as number] as number;
      parent[node] = up;
      node = up;
    }
    return node;
  };
  const union = (a: number, b: number): number => {
    let ra = find(a);
    let rb = find(b);
    if (ra === rb) return ra;
    if ((size[ra] as number) < (size[rb] as number)) [ra, rb] = [rb, ra];
    parent[rb] = ra;
    size[ra] = (size[ra] as number) + (size[rb] as number);
    mask[ra] = (mask[ra] as number) | (mask[rb] as number);
    // Splice the two circular member lists.
    const after = nextMember[ra] as number;
    nextMember[ra] = nextMember[rb] as number;
    nextMember[rb] = after;
    return ra;
  };
  const membersOf = (root: number): number[] => {
    const out = [root];
    for (let m = nextMember[root] as number; m !== root; m = nextMember[m] as number) out.push(m);
    return out;
  };

  // Groups of one pass: linked lists of records per group number.
  const head = new Int32Array(total);
  const next = new Int32Array(total);
  const count = new Int32Array(total);
  const sourceMask = new Int32Array(total);
  const repeated = new Uint8Array(total);
  // Which proposal last touched a cluster root in this pass (stamped by pass).
  const ownerStamp = new Int32Array(total).fill(-1);
  const owner = new Int32Array(total);

  // Records whose cluster may still be open, in source then input order.
  const open = new Int32Array(total);
  for (let g = 0; g < total; g++) open[g] = g;
  let openCount = total;

  const linkFrom: number[] = [];
  const linkTo: number[] = [];
  const linkPass: number[] = [];
  const ambiguities: AmbiguityEvent[] = [];
  const firstAmbiguity = new Int32Array(total).fill(-1);
  const statistics: PassStatistics[] = [];

  const groupMembers = (group: number): number[] => {
    const out: number[] = [];
    for (let g = head[group] as number; g !== -1; g = next[g] as number) out.push(g);
    return out;
  };
  const byRecord = (a: number, b: number): number => {
    const sa = sourceOf[a] as number;
    const sb = sourceOf[b] as number;
    if (sa !== sb) return sa - sb;
    const ia = (sources[sa] as KeyedSource).ids[localOf(a)] as string;
    const ib = (sources[sb] as KeyedSource).ids[localOf(b)] as string;
    return ia < ib ? -1 : ia > ib ? 1 : 0;
  };

  passes.forEach((pass, p) => {
    const vetoes = pass.vetoes;
    const stats: MutableStatistics = {
      eligible: 0,
      keys: 0,
      links: 0,
      ambiguities: 0,
      vetoed: 0,
      frequencyRejected: 0,
    };
    const ambiguity = (reason: AmbiguityReason, members: readonly number[]) => {
      const index = ambiguities.length;
      ambiguities.push({ pass: p, reason, members });
      for (const g of members) if (firstAmbiguity[g] === -1) firstAmbiguity[g] = index;
      stats.ambiguities++;
    };

    // 1–2. Eligible records, grouped by key. Records of clusters closed by earlier passes are
    // dropped from `open` first, so that later passes only visit what is left.
    if (capacity) {
      let kept = 0;
      for (let k = 0; k < openCount; k++) {
        const g = open[k] as number;
        if (mask[find(g)] !== fullMask) open[kept++] = g;
      }
      openCount = kept;
    }
    const keys = new Array<string | null>(openCount);
    for (let k = 0; k < openCount; k++) {
      const g = open[k] as number;
      const s = sourceOf[g] as number;
      keys[k] = (sources[s] as KeyedSource).passKey(p, g - (offsets[s] as number));
    }
    const { groupOf, groups } = groupKeys(keys, openCount, options.maxKeysPerMap);
    head.fill(-1, 0, groups);
    count.fill(0, 0, groups);
    sourceMask.fill(0, 0, groups);
    repeated.fill(0, 0, groups);
    for (let k = 0; k < openCount; k++) {
      const group = groupOf[k] as number;
      if (group === -1) continue;
      const g = open[k] as number;
      const bit = 1 << (sourceOf[g] as number);
      stats.eligible++;
      next[g] = head[group] as number;
      head[group] = g;
      count[group] = (count[group] as number) + 1;
      if ((sourceMask[group] as number) & bit) repeated[group] = 1;
      sourceMask[group] = (sourceMask[group] as number) | bit;
    }
    stats.keys = groups;

    // 3–4. Frequency and uniqueness; the rest become proposals (by group number).
    const proposals: number[] = [];
    for (let group = 0; group < groups; group++) {
      const size = count[group] as number;
      if (size < 2) continue;
      const bits = sourceMask[group] as number;
      if (capacity && (bits & (bits - 1)) === 0) continue;
      const first = head[group] as number;
      const firstRoot = find(first);
      let spread = false;
      for (let g = next[first] as number; g !== -1 && !spread; g = next[g] as number)
        spread = find(g) !== firstRoot;
      if (!spread) continue;
      if (size > pass.maxKeyFrequency) {
        stats.frequencyRejected++;
        ambiguity("keyFrequency", groupMembers(group));
        continue;
      }
      if (capacity && repeated[group]) {
        ambiguity("notUnique", groupMembers(group));
        continue;
      }
      proposals.push(group);
    }

    // 5. Proposals touching a common cluster are one component.
    const componentOf = Int32Array.from(proposals, (_, q) => q);
    // Whether a proposal shares a cluster with another (then its component is decided as a whole).
    const sharedRoot = new Uint8Array(proposals.length);
    const findComponent = (q: number): number => {
      let node = q;
      while (componentOf[node] !== node) {
        const up = componentOf[componentOf[node] as number] as number;
        componentOf[node] = up;
        node = up;
      }
      return node;
    };
    proposals.forEach((group, q) => {
      for (let g = head[group] as number; g !== -1; g = next[g] as number) {
        const root = find(g);
        if (ownerStamp[root] === p && owner[root] !== q) {
          sharedRoot[q] = 1;
          sharedRoot[owner[root] as number] = 1;
          const a = findComponent(owner[root] as number);
          const b = findComponent(q);
          if (a !== b) componentOf[Math.max(a, b)] = Math.min(a, b);
        } else {
          ownerStamp[root] = p;
          owner[root] = q;
        }
      }
    });
    // Most components are one proposal: decide those at once, gather the others.
    const shared = new Map<number, number[]>();
    proposals.forEach((_, q) => {
      if (!sharedRoot[q]) {
        decideAlone(q);
        return;
      }
      const c = findComponent(q);
      const list = shared.get(c);
      if (list) list.push(q);
      else shared.set(c, [q]);
    });
    for (const members of shared.values()) decide(members);

    function addLink(hub: number, other: number): void {
      linkFrom.push(hub);
      linkTo.push(other);
      linkPass.push(p);
      stats.links++;
    }

    /** A component of one proposal; two records (the common case) without building lists. */
    function decideAlone(q: number): void {
      const group = proposals[q] as number;
      if (count[group] !== 2) {
        decide([q]);
        return;
      }
      let a = head[group] as number;
      let b = next[a] as number;
      if (byRecord(a, b) > 0) [a, b] = [b, a];
      const ra = find(a);
      const rb = find(b);
      if (capacity && (mask[ra] as number) & (mask[rb] as number)) {
        ambiguity("conflict", [a, b]);
        return;
      }
      // Two single records of one group: vetoes on key fields cannot hold (the values are equal).
      const applying = size[ra] === 1 && size[rb] === 1 ? (pass.vetoesBesideKey ?? vetoes) : vetoes;
      if (applying.length > 0 && vetoHolds(applying, [ra, rb])) {
        stats.vetoed++;
        return;
      }
      addLink(a, b);
      union(ra, rb);
    }

    function decide(members: readonly number[]): void {
      const groups = members.map((q) => groupMembers(proposals[q] as number).sort(byRecord));
      const rootsOf = groups.map((group) => group.map(find));
      const roots: number[] = [];
      for (const list of rootsOf)
        for (const root of list) if (!roots.includes(root)) roots.push(root);
      let conflict = false;
      if (capacity) {
        let seen = 0;
        for (const root of roots) {
          if (seen & (mask[root] as number)) conflict = true;
          seen |= mask[root] as number;
        }
      }
      const vetoed = !conflict && vetoes.length > 0 && vetoHolds(vetoes, roots);
      if (conflict || vetoed) {
        if (members.length === 1 && !conflict) stats.vetoed++;
        else for (const group of groups) ambiguity("conflict", group);
        return;
      }
      // 6. Links, from the clusters as they were before this component merged.
      groups.forEach((group, m) => {
        const groupRoots = rootsOf[m] as number[];
        const joined = [groupRoots[0] as number];
        for (let k = 1; k < group.length; k++) {
          const root = groupRoots[k] as number;
          if (joined.includes(root)) continue;
          joined.push(root);
          addLink(group[0] as number, group[k] as number);
        }
      });
      for (let k = 1; k < roots.length; k++) union(roots[0] as number, roots[k] as number);
    }
    statistics.push({ name: pass.name, ...stats });
  });

  /** Whether a veto holds between two records. */
  function vetoBetween(vetoes: readonly number[], x: number, y: number): boolean {
    const sx = sources[sourceOf[x] as number] as KeyedSource;
    const sy = sources[sourceOf[y] as number] as KeyedSource;
    for (const v of vetoes) {
      const vx = sx.vetoValue(v, localOf(x));
      if (vx === null) continue;
      const vy = sy.vetoValue(v, localOf(y));
      if (vy !== null && vx !== vy) return true;
    }
    return false;
  }

  /** Whether a veto holds between two records of different clusters among `roots`. */
  function vetoHolds(vetoes: readonly number[], roots: readonly number[]): boolean {
    if (roots.length === 2 && size[roots[0] as number] === 1 && size[roots[1] as number] === 1)
      return vetoBetween(vetoes, roots[0] as number, roots[1] as number);
    const clusters = roots.map(membersOf);
    for (let a = 0; a < clusters.length; a++)
      for (let b = a + 1; b < clusters.length; b++)
        for (const x of clusters[a] as number[])
          for (const y of clusters[b] as number[]) if (vetoBetween(vetoes, x, y)) return true;
    return false;
  }

  const cluster = new Int32Array(total);
  const clusterSize = new Int32Array(total);
  for (let g = 0; g < total; g++) {
    const root = find(g);
    cluster[g] = root;
    clusterSize[g] = size[root] as number;
  }
  return {
    sources,
    offsets,
    total,
    cluster,
    clusterSize,
    linkFrom,
    linkTo,
    linkPass,
    ambiguities,
    firstAmbiguity,
    passes: statistics,
  };
}
