// Grouping records by key past the 16.7 million entries a V8 Map can hold. Up to half the limit
// one Map does it (measured faster than smaller Maps per partition); beyond, keys are spread over
// partitions by a hash of the key and each partition is grouped with a Map of its own. The hash only
// picks the partition; the key itself, the whole string, is what is compared. A Map that fills up
// anyway (a skewed hash) is followed by another.

/** The default most keys one Map is given (V8's limit is 2^24 ≈ 16.7 million). */
export const DEFAULT_MAX_KEYS_PER_MAP = 8_000_000;
const MAX_PARTITIONS = 65_535;

/** FNV-1a over UTF-16 code units: cheap and well spread; never used as the key's identity. */
export function keyHash(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Groups of equal keys: `groupOf[i]` for key `i` (-1 for none), groups numbered from 0. */
export interface KeyGroups {
  readonly groupOf: Int32Array;
  readonly groups: number;
  /** How many Maps were used (for tests of the partitioning). */
  readonly maps: number;
}

/**
 * Number the distinct keys among `keys[0 … length-1]` (`null` has no group). Equal keys get equal
 * numbers; which number a group gets depends on the keys' hashes and order, never on anything else.
 */
export function groupKeys(
  keys: readonly (string | null)[],
  length: number,
  maxKeysPerMap: number = DEFAULT_MAX_KEYS_PER_MAP,
): KeyGroups {
  const maxPerMap = Math.max(1, Math.floor(maxKeysPerMap));
  const groupOf = new Int32Array(length).fill(-1);
  let present = 0;
  for (let i = 0; i < length; i++) if (keys[i] !== null) present++;
  const partitions = Math.min(MAX_PARTITIONS, Math.max(1, Math.ceil((2 * present) / maxPerMap)));
  let groups = 0;
  let maps = 0;
  let chain: Map<string, number>[] = [];
  const startPartition = () => {
    chain = [new Map()];
    maps++;
  };
  const add = (i: number) => {
    const key = keys[i] as string;
    let group: number | undefined;
    for (let c = 0; c < chain.length && group === undefined; c++)
      group = (chain[c] as Map<string, number>).get(key);
    if (group === undefined) {
      let last = chain[chain.length - 1] as Map<string, number>;
      if (last.size >= maxPerMap) {
        last = new Map();
        chain.push(last);
        maps++;
      }
      group = groups++;
      last.set(key, group);
    }
    groupOf[i] = group;
  };
  if (partitions === 1) {
    // The common case, kept to one Map lookup per key until the Map is full.
    const map = new Map<string, number>();
    let i = 0;
    for (; i < length && map.size < maxPerMap; i++) {
      const key = keys[i];
      if (key === null || key === undefined) continue;
      let group = map.get(key);
      if (group === undefined) {
        group = groups++;
        map.set(key, group);
      }
      groupOf[i] = group;
    }
    chain = [map];
    maps = 1;
    for (; i < length; i++) if (keys[i] !== null) add(i);
    return { groupOf, groups, maps };
  }
  // Counting sort of the keys by partition, then one partition at a time.
  const partitionOf = new Uint32Array(length);
  const starts = new Int32Array(partitions + 1);
  for (let i = 0; i < length; i++) {
    const key = keys[i];
    if (key === null || key === undefined) continue;
    const partition = keyHash(key) % partitions;
    partitionOf[i] = partition;
    starts[partition + 1] = (starts[partition + 1] as number) + 1;
  }
  for (let p = 0; p < partitions; p++)
    starts[p + 1] = (starts[p + 1] as number) + (starts[p] as number);
  const byPartition = new Int32Array(present);
  const fill = starts.slice(0, partitions);
  for (let i = 0; i < length; i++) {
    if (keys[i] === null) continue;
    const partition = partitionOf[i] as number;
    byPartition[fill[partition] as number] = i;
    fill[partition] = (fill[partition] as number) + 1;
  }
  for (let p = 0; p < partitions; p++) {
    startPartition();
    for (let k = starts[p] as number; k < (starts[p + 1] as number); k++)
      add(byPartition[k] as number);
  }
  return { groupOf, groups, maps };
}
