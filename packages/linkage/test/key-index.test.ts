// Grouping keys past one Map's capacity: keys spread over partitions by hash, a Map per partition,
// chained when one fills, and the same groups as one Map gives (tested with a tiny limit instead of
// 17 million keys).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { groupKeys } from "../src/engine/key-index.js";

/** Groups as sets of key positions, independent of how groups are numbered. */
function partition(groupOf: Int32Array): string[] {
  const groups = new Map<number, number[]>();
  groupOf.forEach((group, i) => {
    if (group === -1) return;
    groups.set(group, [...(groups.get(group) ?? []), i]);
  });
  return [...groups.values()].map((members) => members.join(",")).sort();
}

describe("groupKeys", () => {
  it("numbers equal keys alike, from 0, and leaves missing keys out", () => {
    const { groupOf, groups, maps } = groupKeys(["a", "b", null, "a", "c", "b"], 6);
    expect([...groupOf]).toEqual([0, 1, -1, 0, 2, 1]);
    expect(groups).toBe(3);
    expect(maps).toBe(1);
  });

  it("spreads keys over several Maps past the limit, and chains a full Map", () => {
    const keys = Array.from({ length: 100 }, (_, i) => `key ${i}`);
    const spread = groupKeys(keys, keys.length, 10);
    expect(spread.maps).toBeGreaterThanOrEqual(20);
    expect(spread.groups).toBe(100);
    // A limit below what one partition receives: the partition's Map is chained.
    const chained = groupKeys(keys, keys.length, 1);
    expect(chained.groups).toBe(100);
    expect(chained.maps).toBeGreaterThanOrEqual(100);
  });

  it("gives the same groups as one Map, whatever the limit", () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.string({ maxLength: 3 }), { nil: null }), { maxLength: 300 }),
        fc.integer({ min: 1, max: 8 }),
        (keys, limit) => {
          const one = groupKeys(keys, keys.length);
          const many = groupKeys(keys, keys.length, limit);
          expect(partition(many.groupOf)).toEqual(partition(one.groupOf));
          expect(many.groups).toBe(one.groups);
        },
      ),
    );
  });
});
