// Properties of the engine over random record sets drawn from small pools of values (so that keys
// collide, identifiers disagree and values have the wrong type): results do not depend on input
// order, every record appears once, linking is idempotent, and tokens give the clear-text result.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  dedupe,
  type LinkageSpec,
  type LinkResult,
  link,
  linkMany,
  tokenize,
} from "../src/index.js";
import { clusterOutcomes, IDS, outcomes, shuffled, smallSpec } from "./helpers.js";

const maybe = <T>(...values: T[]) => fc.constantFrom<T | undefined>(...values, undefined);

const record = fc.record(
  {
    personalId: fc.oneof(
      maybe(IDS.anHaNoi1999, IDS.binhHcm1985, "001 099 012345"),
      fc.constant(12),
    ),
    name: maybe(
      "Nguyễn Văn An",
      "NGUYEN VAN AN",
      "Trần Thị Bình",
      "Tran Thi Binh",
      "Lê Hoà",
      "Lê Hòa",
    ),
    born: fc.oneof(maybe("1990-01-01", "01/01/1990", "1985-05-12", "1985"), fc.constant(true)),
    sex: maybe("male", "female", "nam", "nữ"),
  },
  { requiredKeys: [] },
);

const side = (prefix: string) =>
  fc
    .array(record, { maxLength: 14 })
    .map((records) => records.map((fields, i) => ({ id: `${prefix}${i}`, ...fields })));

const spec = fc
  .constantFrom<number | undefined>(undefined, 2, 3)
  .map(
    (maxKeyFrequency): LinkageSpec =>
      maxKeyFrequency === undefined ? smallSpec : { ...smallSpec, maxKeyFrequency },
  );

const order = fc.integer({ min: 1, max: 1_000_000 });

/** The result without what token sets cannot have: the normalised values. */
function withoutValues(result: LinkResult): unknown {
  return {
    links: result.links.map(({ left, right, pass }) => ({ left, right, pass })),
    ambiguities: result.ambiguities.map(({ key: _key, ...rest }) => rest),
    unmatched: result.unmatched,
    passes: result.passes,
  };
}

describe("link: properties", () => {
  it("gives byte-identical JSON for the same records in any order", async () => {
    await fc.assert(
      fc.asyncProperty(side("L"), side("R"), spec, order, order, async (left, right, s, a, b) => {
        const once = JSON.stringify(await link(left, right, s));
        const again = JSON.stringify(await link(shuffled(left, a), shuffled(right, b), s));
        expect(again).toBe(once);
      }),
      { numRuns: 200 },
    );
  });

  it("puts every record exactly once in links, ambiguity candidates or unmatched", async () => {
    await fc.assert(
      fc.asyncProperty(side("L"), side("R"), spec, async (left, right, s) => {
        const seen = outcomes(await link(left, right, s));
        expect([...seen.keys()].sort()).toEqual(
          [...left.map((r) => `L:${r.id}`), ...right.map((r) => `R:${r.id}`)].sort(),
        );
      }),
      { numRuns: 200 },
    );
  });

  it("is idempotent: the same call gives the same result, and the unmatched rest links no further", async () => {
    await fc.assert(
      fc.asyncProperty(side("L"), side("R"), spec, async (left, right, s) => {
        const result = await link(left, right, s);
        expect(JSON.stringify(await link(left, right, s))).toBe(JSON.stringify(result));
        const rest = await link(
          left.filter((r) => result.unmatched.left.includes(r.id)),
          right.filter((r) => result.unmatched.right.includes(r.id)),
          s,
        );
        expect(rest.links).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it("never links across a veto", async () => {
    await fc.assert(
      fc.asyncProperty(side("L"), side("R"), async (left, right) => {
        const result = await link(left, right, smallSpec);
        for (const { left: l, right: r } of result.links) {
          const a = left.find((x) => x.id === l);
          const b = right.find((x) => x.id === r);
          const id = (x: typeof a) =>
            typeof x?.personalId === "string" ? x.personalId.replace(/\s/g, "") : undefined;
          if (id(a) && id(b)) expect(id(a)).toBe(id(b));
        }
      }),
      { numRuns: 100 },
    );
  });

  it("links token sets exactly as it links the records", async () => {
    const secret = "shared secret for the property test";
    await fc.assert(
      fc.asyncProperty(side("L"), side("R"), spec, async (left, right, s) => {
        const clear = await link(left, right, s);
        const tokens = await link(
          await tokenize(left, s, secret, { source: "left" }),
          await tokenize(right, s, secret, { source: "right" }),
          s,
        );
        expect(tokens.mode).toBe("tokens");
        expect(withoutValues(tokens)).toEqual(withoutValues(clear));
        expect(tokens.inputs).toEqual(clear.inputs);
        for (const found of tokens.links) expect(found.agreed).toEqual({});
      }),
      { numRuns: 60 },
    );
  });

  it("gives the same result however keys are spread over Maps", async () => {
    await fc.assert(
      fc.asyncProperty(
        side("L"),
        side("R"),
        spec,
        fc.integer({ min: 1, max: 4 }),
        async (left, right, s, max) => {
          const whole = JSON.stringify(await link(left, right, s));
          expect(JSON.stringify(await link(left, right, s, { maxKeysPerMap: max }))).toBe(whole);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe("dedupe and linkMany: properties", () => {
  it("dedupe: same bytes in any order, every record once", async () => {
    await fc.assert(
      fc.asyncProperty(side("r"), spec, order, async (records, s, seed) => {
        const once = await dedupe(records, s);
        expect(JSON.stringify(await dedupe(shuffled(records, seed), s))).toBe(JSON.stringify(once));
        expect(clusterOutcomes(once).size).toBe(records.length);
      }),
      { numRuns: 150 },
    );
  });

  it("linkMany: same bytes in any order, every record once, at most one record per source", async () => {
    await fc.assert(
      fc.asyncProperty(side("a"), side("b"), side("c"), spec, order, async (a, b, c, s, seed) => {
        const once = await linkMany({ a, b, c }, s);
        const again = await linkMany(
          { c: shuffled(c, seed), a: shuffled(a, seed + 1), b: shuffled(b, seed + 2) },
          s,
        );
        expect(JSON.stringify(again)).toBe(JSON.stringify(once));
        expect(clusterOutcomes(once).size).toBe(a.length + b.length + c.length);
        for (const cluster of once.clusters) {
          const sources = cluster.members.map((member) => member.source);
          expect(new Set(sources).size).toBe(sources.length);
        }
      }),
      { numRuns: 150 },
    );
  });

  it("linkMany of two sources finds the links of link", async () => {
    await fc.assert(
      fc.asyncProperty(side("L"), side("R"), spec, async (left, right, s) => {
        const pairs = (await link(left, right, s)).links.map(
          (l) => `${l.left}|${l.right}|${l.pass}`,
        );
        const many = await linkMany({ left, right }, s);
        expect(
          many.clusters.map((cluster) => {
            const [l, r] = cluster.members;
            return `${l?.id}|${r?.id}|${cluster.links[0]?.pass}`;
          }),
        ).toEqual(pairs);
      }),
      { numRuns: 100 },
    );
  });
});
