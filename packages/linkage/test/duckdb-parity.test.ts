// The DuckDB engine gives the JS engine's results byte for byte (`JSON.stringify`), and throws the
// same errors: on hand cases covering every branch of the semantics (engine/semantics.ts), on random
// inputs, on a synthetic population of 100,000 people and on FEBRL dataset2.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { type ExtractedRecord, extract, generatePopulation } from "@ndcvn/synth";
import fc from "fast-check";
import { describe, expect, expectTypeOf, it } from "vitest";
import * as duck from "../src/duckdb/index.js";
import type { ClusterResult, LinkageSpec, LinkResult } from "../src/index.js";
import * as js from "../src/index.js";
import { IDS, shuffled, smallSpec, streamOf } from "./helpers.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const DUCKDB = { threads: 2 } as const;

/** Both engines' results, and the JS one for assertions about the case itself. */
async function sameLink(
  left: unknown[] | js.TokenSet,
  right: unknown[] | js.TokenSet,
  spec: LinkageSpec,
  options: { sources?: readonly [string, string] } = {},
): Promise<LinkResult> {
  const expected = await js.link(left, right, spec, options);
  const actual = await duck.link(left, right, spec, { ...options, ...DUCKDB });
  expect(JSON.stringify(actual)).toBe(JSON.stringify(expected));
  return expected;
}

async function sameDedupe(records: unknown[], spec: LinkageSpec): Promise<ClusterResult> {
  const expected = await js.dedupe(records, spec);
  const actual = await duck.dedupe(records, spec, DUCKDB);
  expect(JSON.stringify(actual)).toBe(JSON.stringify(expected));
  return expected;
}

async function sameLinkMany(
  sources: Record<string, unknown[]>,
  spec: LinkageSpec,
): Promise<ClusterResult> {
  const expected = await js.linkMany(sources, spec);
  const actual = await duck.linkMany(sources, spec, DUCKDB);
  expect(JSON.stringify(actual)).toBe(JSON.stringify(expected));
  return expected;
}

/** The error both engines throw, compared by class, code and message. */
async function sameError(jsCall: () => Promise<unknown>, duckCall: () => Promise<unknown>) {
  const caught = async (call: () => Promise<unknown>) => {
    try {
      await call();
    } catch (error) {
      return error as js.LinkageError;
    }
    throw new Error("expected an error");
  };
  const expected = await caught(jsCall);
  const actual = await caught(duckCall);
  expect([actual.name, actual.code, actual.message]).toEqual([
    expected.name,
    expected.code,
    expected.message,
  ]);
  return expected;
}

const reasons = (result: { ambiguities: readonly { reason: string }[] }) =>
  result.ambiguities.map((ambiguity) => ambiguity.reason);

/** A spec over plain records where keys collide easily: names and birth dates, several vetoes. */
const nameSpec: LinkageSpec = {
  specVersion: 1,
  fields: {
    personalId: { from: "personalId", normalise: ["personalId"] },
    name: { from: "name", normalise: ["nameKey"] },
    born: { from: "born", normalise: ["date"] },
    year: { from: "born", normalise: ["year"] },
    sex: { from: "sex", normalise: ["sex"] },
    commune: { from: "commune", normalise: ["text"] },
  },
  passes: [
    { name: "id", key: ["personalId"] },
    { name: "nameBorn", key: ["name", "born"] },
    { name: "nameYearCommune", key: ["name", "year", "commune"] },
    { name: "nameYear", key: ["name", "year"] },
  ],
  vetoes: [
    { name: "idDiffers", field: "personalId", rule: "differ" },
    { name: "sexDiffers", field: "sex", rule: "differ" },
    { name: "bornDiffers", field: "born", rule: "differ", passes: ["nameYear"] },
  ],
};

describe("DuckDB engine: the JS engine's results on every branch of the semantics", () => {
  it("links a shared personal ID and explains it", async () => {
    const result = await sameLink(
      [{ id: "L1", personalId: IDS.anHaNoi1999, name: "Nguyễn Văn An", born: "1999-03-14" }],
      [{ id: "R1", personalId: "001 099 012345", name: "NGUYEN VAN AN", born: "14/03/1999" }],
      smallSpec,
    );
    expect(result.links).toHaveLength(1);
    expectTypeOf(await duck.link([], [], smallSpec, DUCKDB)).toEqualTypeOf<LinkResult>();
  });

  it("reports a key shared by two records of one side as notUnique", async () => {
    const result = await sameLink(
      [
        { id: "L2", name: "Trần Thị Bình", born: "1985-01-01" },
        { id: "L3", name: "Tran Thi Binh", born: "01/01/1985" },
      ],
      [{ id: "R2", name: "TRẦN THỊ BÌNH", born: "1985-01-01" }],
      smallSpec,
    );
    expect(reasons(result)).toEqual(["notUnique"]);
  });

  it("rejects a key used by more records than maxKeyFrequency", async () => {
    const many = (prefix: string, n: number) =>
      Array.from({ length: n }, (_, i) => ({
        id: `${prefix}${i}`,
        name: "Lê Hoà",
        born: "1990-05-12",
      }));
    const result = await sameLink(many("L", 2), many("R", 2), { ...smallSpec, maxKeyFrequency: 3 });
    expect(reasons(result)).toEqual(["keyFrequency"]);
    expect(result.passes[1]?.frequencyRejected).toBe(1);
  });

  it("counts a vetoed proposal and links nothing", async () => {
    const result = await sameLink(
      [{ id: "L1", name: "Lê Hoà", born: "1990-05-12", sex: "nữ" }],
      [{ id: "R1", name: "Le Hoa", born: "12/05/1990", sex: "nam" }],
      smallSpec,
    );
    expect(result.passes[1]?.vetoed).toBe(1);
    expect(result.links).toEqual([]);
  });

  it("applies a veto only in the passes it lists", async () => {
    const result = await sameLink(
      [
        { id: "L1", name: "Lê Hoà", born: "1990-05-12" },
        { id: "L2", name: "Phạm Minh", born: "1970", commune: "Ba Đình" },
      ],
      [
        { id: "R1", name: "Le Hoa", born: "1990-12-05" },
        { id: "R2", name: "Pham Minh", born: "1970-02-03", commune: "ba đình" },
      ],
      nameSpec,
    );
    // nameYear carries the birth-date veto (R1/L1 differ); nameYearCommune does not (L2 has a year).
    expect(result.passes.map((pass) => [pass.name, pass.links, pass.vetoed])).toEqual([
      ["id", 0, 0],
      ["nameBorn", 0, 0],
      ["nameYearCommune", 1, 0],
      ["nameYear", 0, 1],
    ]);
  });

  it("tracks clusters holding several values of a veto that did not apply when they merged", async () => {
    const spec: LinkageSpec = {
      ...nameSpec,
      passes: nameSpec.passes.filter((pass) => pass.name.startsWith("nameYear")),
    };
    const result = await sameDedupe(
      [
        // nameYearCommune (no birth-date veto) joins A1 and A2, born on two days of 1990.
        { id: "A1", name: "Lê Hoà", born: "1990-01-01", commune: "X" },
        { id: "A2", name: "Le Hoa", born: "1990-06-06", commune: "X" },
        // nameYear (birth-date veto): A3 has no full date, so nothing differs: it joins.
        { id: "A3", name: "Lê Hoà", born: "1990" },
        { id: "B1", name: "Phạm Minh", born: "1985-01-01", commune: "Y" },
        { id: "B2", name: "Pham Minh", born: "1985-02-02", commune: "Y" },
        // B3's date equals B1's but differs from B2's: vetoed.
        { id: "B3", name: "Phạm Minh", born: "1985-01-01" },
      ],
      spec,
    );
    expect(result.clusters.map((cluster) => cluster.members.map((m) => m.id))).toEqual([
      ["A1", "A2", "A3"],
      ["B1", "B2"],
    ]);
    expect(result.passes[1]?.vetoed).toBe(1);
  });

  it("takes passes in order: later passes see only records not yet linked", async () => {
    const result = await sameLink(
      [
        { id: "L1", personalId: IDS.anHaNoi1999, name: "Nguyễn Văn An", born: "1999-03-14" },
        { id: "L2", name: "Nguyễn Văn An", born: "1999-03-14" },
      ],
      [
        { id: "R1", personalId: IDS.anHaNoi1999, name: "Nguyễn Văn An", born: "1999-03-14" },
        { id: "R2", name: "Nguyen Van An", born: "1999-03-14" },
      ],
      smallSpec,
    );
    expect(result.links.map((link) => link.pass)).toEqual(["id", "nameBorn"]);
  });

  it("lists records linked later as otherMembers of an earlier ambiguity", async () => {
    const result = await sameLink(
      [
        { id: "L1", name: "Lê Hoà", born: "1990-05-12", commune: "A" },
        { id: "L2", name: "Lê Hoà", born: "1990-05-12", commune: "B" },
      ],
      [{ id: "R1", name: "Le Hoa", born: "1990-05-12", commune: "a" }],
      nameSpec,
    );
    expect(result.ambiguities[0]?.otherMembers).toEqual({ left: ["L1"], right: ["R1"] });
  });

  it("fails a proposal on capacity (linkMany) as a conflict", async () => {
    const spec: LinkageSpec = {
      specVersion: 1,
      fields: {
        personalId: { from: "personalId", normalise: ["personalId"] },
        name: { from: "name", normalise: ["nameKey"] },
      },
      passes: [
        { name: "id", key: ["personalId"] },
        { name: "name", key: ["name"] },
      ],
    };
    const result = await sameLinkMany(
      {
        a: [{ id: "a1", personalId: IDS.anHaNoi1999, name: "Nguyễn Văn An" }],
        b: [
          { id: "b1", personalId: IDS.anHaNoi1999 },
          { id: "b2", name: "Nguyen Van An" },
        ],
        c: [{ id: "c1", name: "Nguyễn Văn Bình" }],
      },
      spec,
    );
    expect(reasons(result)).toEqual(["conflict"]);
  });

  it("decides proposals sharing a cluster together: a veto in one makes each a conflict (dedupe)", async () => {
    const result = await sameDedupe(
      [
        { id: "1", personalId: IDS.anHaNoi1999, name: "Lê Hoà", born: "1990-05-12" },
        { id: "2", personalId: IDS.anHaNoi1999, name: "Trần Bình", born: "1985-01-01" },
        { id: "3", name: "Le Hoa", born: "12/05/1990", sex: "nữ" },
        { id: "4", name: "Tran Binh", born: "1985-01-01", sex: "nam" },
        { id: "5", personalId: IDS.binhHcm1985, name: "Tran Binh", born: "1985-01-01" },
      ],
      smallSpec,
    );
    // 1–3 and 2–4 share the cluster {1, 2}; 2–4 is vetoed on sex, so both are conflicts.
    expect(reasons(result)).toEqual(["conflict", "conflict"]);
  });

  it("merges chains of proposals into one cluster (components over several rounds)", async () => {
    // Pass 1 joins pairs (2k, 2k+1); pass 2 joins (2k+1, 2k+2): one component of every record.
    const n = 12;
    const records = Array.from({ length: n }, (_, i) => ({
      id: `r${String(i).padStart(2, "0")}`,
      pairKey: `p${Math.floor(i / 2)}`,
      chainKey: i % 2 === 1 ? `c${(i - 1) / 2}` : i === 0 ? undefined : `c${i / 2 - 1}`,
    }));
    const spec: LinkageSpec = {
      specVersion: 1,
      fields: {
        pairKey: { from: "pairKey" },
        chainKey: { from: "chainKey" },
      },
      passes: [
        { name: "pairs", key: ["pairKey"] },
        { name: "chain", key: ["chainKey"] },
      ],
    };
    const result = await sameDedupe(shuffled(records, 7), spec);
    expect(result.clusters).toHaveLength(1);
    expect(result.clusters[0]?.members).toHaveLength(n);
  });

  it("gives the same clusters for three sources and several passes (linkMany)", async () => {
    const result = await sameLinkMany(
      {
        population: [
          {
            id: "p1",
            personalId: IDS.anHaNoi1999,
            name: "Nguyễn Văn An",
            born: "1999-03-14",
            sex: "nam",
          },
          {
            id: "p2",
            personalId: IDS.binhHcm1985,
            name: "Trần Thị Bình",
            born: "1985-01-01",
            sex: "nữ",
          },
          { id: "p3", name: "Lê Hoà", born: "1990", commune: "X" },
        ],
        health: [
          { id: "h1", name: "NGUYEN VAN AN", born: "14/03/1999" },
          { id: "h2", personalId: IDS.binhHcm1985 },
          { id: "h3", name: "Le Hoa", born: "1990-01-02", commune: "x" },
        ],
        tax: [
          { id: "t1", personalId: IDS.anHaNoi1999, sex: "male" },
          { id: "t2", name: "Tran Thi Binh", born: "1985-01-01", sex: "female" },
        ],
      },
      nameSpec,
    );
    expect(result.clusters.length).toBeGreaterThan(1);
  });

  it("links token sets as it links records", async () => {
    const secret = "a shared secret for the parity test";
    const left = [
      { id: "L1", personalId: IDS.anHaNoi1999, name: "Nguyễn Văn An", born: "1999-03-14" },
      { id: "L2", name: "Trần Thị Bình", born: "1985-01-01" },
      { id: "L3", name: "Tran Thi Binh", born: "01/01/1985" },
    ];
    const right = [
      { id: "R1", personalId: IDS.anHaNoi1999 },
      { id: "R2", name: "TRẦN THỊ BÌNH", born: "1985-01-01" },
    ];
    const result = await sameLink(
      await js.tokenize(left, smallSpec, secret, { source: "left" }),
      await js.tokenize(right, smallSpec, secret, { source: "right" }),
      smallSpec,
    );
    expect(result.mode).toBe("tokens");
    expect(reasons(result)).toEqual(["notUnique"]);
  });

  it("counts values of the wrong type and reads numbers as numbers", async () => {
    const result = await sameLink(
      [
        { id: 7, name: "Lê Hoà", born: 19900512, sex: true },
        { id: "L2", name: { full: "x" }, born: "1990-05-12", personalId: 1 },
      ],
      [
        { id: "R1", name: "Le Hoa", born: "1990-05-12", sex: 1 },
        { id: "R2", name: 12, born: [1990] },
      ],
      smallSpec,
    );
    expect(result.inputs.left.wrongType).not.toEqual({});
  });

  it("keeps odd ids and values apart: astral characters, lone surrogates, U+FFFF, numbers", async () => {
    const spec: LinkageSpec = {
      specVersion: 1,
      fields: { tag: { from: "tag" }, label: { from: "label", normalise: ["text"] } },
      passes: [
        { name: "tag", key: ["tag"] },
        { name: "label", key: ["label"] },
      ],
    };
    const result = await sameLink(
      [
        { id: "\u{1F600}", tag: "a\uD800" },
        { id: "\uFFFF", tag: "b\uDC00" },
        { id: "z", tag: "\u{1F600}x", label: "Ä" },
        { id: 10, label: "ñ" },
        { id: 9, tag: "c" },
      ],
      [
        { id: "r\uD800", tag: "a\uD800" },
        { id: "r2", tag: "b\uFFFD" },
        { id: "r3", tag: "\u{1F600}x" },
        { id: "r4", label: "a\u0308" },
        { id: "r5", label: "n\u0303" },
      ],
      spec,
    );
    expect(result.links.length).toBeGreaterThan(1);
  });

  it("reads per-source paths and the sources option", async () => {
    const spec: LinkageSpec = {
      specVersion: 1,
      sources: [
        { name: "population", recordId: "citizenId" },
        { name: "insurance", recordId: "card" },
      ],
      fields: {
        personalId: {
          from: { population: "personalId", insurance: ["holder.personalId", "holderId"] },
          normalise: ["personalId"],
        },
      },
      passes: [{ name: "id", key: ["personalId"] }],
    };
    const result = await sameLink(
      [{ citizenId: "c1", personalId: IDS.anHaNoi1999 }],
      [
        { card: "k1", holder: { personalId: IDS.anHaNoi1999 } },
        { card: "k2", holderId: IDS.binhHcm1985 },
      ],
      spec,
      { sources: ["population", "insurance"] },
    );
    expect(result.links).toHaveLength(1);
  });

  it("handles empty sources", async () => {
    await sameLink([], [], smallSpec);
    await sameLink([{ id: "a", personalId: IDS.anHaNoi1999 }], [], smallSpec);
    await sameDedupe([], smallSpec);
    await sameLinkMany({ a: [{ id: "1", personalId: IDS.anHaNoi1999 }], b: [], c: [] }, smallSpec);
  });

  it("reads AsyncIterables", async () => {
    const left = [{ id: "L1", personalId: IDS.anHaNoi1999 }];
    const right = [{ id: "R1", personalId: IDS.anHaNoi1999 }];
    const expected = await js.link(left, right, smallSpec);
    const actual = await duck.link(streamOf(left), streamOf(right), smallSpec, DUCKDB);
    expect(JSON.stringify(actual)).toBe(JSON.stringify(expected));
  });
});

describe("DuckDB engine: the JS engine's errors", () => {
  it("throws DuplicateRecordIdError with the same positions", async () => {
    // Positions 1, 2 and 10 hold one id: the JS engine reports the pair its id sort finds.
    const records = Array.from({ length: 12 }, (_, i) => ({
      id: [1, 2, 10].includes(i) ? "x" : `r${i}`,
    }));
    const error = await sameError(
      () => js.dedupe(records, smallSpec),
      () => duck.dedupe(records, smallSpec, DUCKDB),
    );
    expect(error.name).toBe("DuplicateRecordIdError");
  });

  it.each([
    ["a record that is not an object", [{ id: "a" }, 3]],
    ["a record without an id", [{ id: "a" }, { name: "x" }]],
    ["an empty id", [{ id: "" }]],
  ])("throws InvalidRecordError for %s", async (_, records) => {
    const error = await sameError(
      () => js.link(records, [], smallSpec),
      () => duck.link(records, [], smallSpec, DUCKDB),
    );
    expect(error.name).toBe("InvalidRecordError");
  });

  it("throws InvalidInputError for inputs that are not records, or mixed with tokens", async () => {
    await sameError(
      () => js.link(42 as never, [], smallSpec),
      () => duck.link(42 as never, [], smallSpec, DUCKDB),
    );
    const tokens = await js.tokenize([{ id: "a" }], smallSpec, "a secret of at least 16 bytes");
    await sameError(
      () => js.link([], tokens, smallSpec),
      () => duck.link([], tokens, smallSpec, DUCKDB),
    );
    await sameError(
      () => js.linkMany({ a: [] }, smallSpec),
      () => duck.linkMany({ a: [] }, smallSpec, DUCKDB),
    );
  });

  it("throws InvalidSpecError before opening DuckDB", async () => {
    const bad = { ...smallSpec, passes: [{ name: "x", key: ["nope"] }] } as LinkageSpec;
    const error = await sameError(
      () => js.link([], [], bad),
      () => duck.link([], [], bad, DUCKDB),
    );
    expect(error.name).toBe("InvalidSpecError");
  });

  it("wraps a DuckDB failure in DuckDbEngineError naming the step", async () => {
    const failing = duck.link([], [], smallSpec, { memoryLimit: "not a size" });
    await expect(failing).rejects.toBeInstanceOf(duck.DuckDbEngineError);
    await expect(failing).rejects.toMatchObject({ code: "duckdb_failed", step: "open" });
  });
});

// Random records from small pools, so that keys collide, vetoes fire and values have wrong types.
const maybe = <T>(...values: T[]) => fc.constantFrom<T | undefined>(...values, undefined);
const record = fc.record(
  {
    personalId: fc.oneof(
      maybe(IDS.anHaNoi1999, IDS.binhHcm1985, "001 099 012345"),
      fc.constant(12),
    ),
    name: maybe("Nguyễn Văn An", "NGUYEN VAN AN", "Trần Thị Bình", "Tran Thi Binh", "Lê Hoà"),
    born: fc.oneof(
      maybe("1990-01-01", "01/01/1990", "1990-06-06", "1985-05-12", "1985", "1990"),
      fc.constant(true),
    ),
    sex: maybe("male", "female", "nam", "nữ"),
    commune: maybe("A", "a", "B"),
  },
  { requiredKeys: [] },
);
const recordsOf = (prefix: string, maxLength = 12) =>
  fc
    .array(record, { maxLength })
    .map((records) => records.map((fields, i) => ({ id: `${prefix}${i}`, ...fields })));
// nameSpec with its vetoes applying in a random choice of passes (clusters then can hold several
// values of a veto that did not apply when they merged).
const nameSpecs = fc
  .subarray(
    nameSpec.passes.map((pass) => pass.name),
    { minLength: 1 },
  )
  .chain((bornPasses) =>
    fc
      .subarray(
        nameSpec.passes.map((pass) => pass.name),
        { minLength: 1 },
      )
      .map(
        (sexPasses): LinkageSpec => ({
          ...nameSpec,
          vetoes: [
            { name: "idDiffers", field: "personalId", rule: "differ" },
            { name: "sexDiffers", field: "sex", rule: "differ", passes: sexPasses },
            { name: "bornDiffers", field: "born", rule: "differ", passes: bornPasses },
          ],
        }),
      ),
  );
const randomSpec = fc
  .record({
    maxKeyFrequency: fc.constantFrom<number | undefined>(undefined, 2, 3),
    base: fc.oneof(fc.constant(smallSpec), fc.constant(nameSpec), nameSpecs),
  })
  .map(
    ({ maxKeyFrequency, base }): LinkageSpec =>
      maxKeyFrequency === undefined ? base : { ...base, maxKeyFrequency },
  );

describe("DuckDB engine: the JS engine's results on random inputs", () => {
  it("link", async () => {
    await fc.assert(
      fc.asyncProperty(recordsOf("L"), recordsOf("R"), randomSpec, async (left, right, spec) => {
        await sameLink(left, right, spec);
      }),
      { numRuns: 40 },
    );
  }, 120_000);

  it("dedupe", async () => {
    await fc.assert(
      fc.asyncProperty(recordsOf("D", 20), randomSpec, async (records, spec) => {
        await sameDedupe(records, spec);
      }),
      { numRuns: 40 },
    );
  }, 120_000);

  it("linkMany", async () => {
    await fc.assert(
      fc.asyncProperty(
        recordsOf("A", 8),
        recordsOf("B", 8),
        recordsOf("C", 8),
        randomSpec,
        async (a, b, c, spec) => {
          await sameLinkMany({ a, b, c }, spec);
        },
      ),
      { numRuns: 40 },
    );
  }, 120_000);
});

const HEALTH_CARD = "https://schemas.ndcvn.org/insurance/HealthInsuranceCard/1.0.0";

describe("DuckDB engine: the JS engine's results at scale", () => {
  it("links 100,000 people's population records to their health-insurance cards identically", async () => {
    const people = [];
    for await (const person of generatePopulation({ size: 100_000, seed: 20261127 }))
      people.push(person);
    const population: ExtractedRecord["envelope"][] = [];
    const cards: ExtractedRecord["envelope"][] = [];
    for await (const r of extract(people, "population", { seed: 7 })) population.push(r.envelope);
    for await (const r of extract(people, "insurance", { seed: 7 }))
      if (r.envelope.schema === HEALTH_CARD) cards.push(r.envelope);
    people.length = 0;
    const options = { sources: ["population", "healthInsurance"] } as const;
    const expected = JSON.stringify(
      await js.link(population, cards, js.presets.vietnamesePerson, options),
    );
    const actual = JSON.stringify(
      await duck.link(population, cards, js.presets.vietnamesePerson, { ...options, ...DUCKDB }),
    );
    expect(population.length).toBeGreaterThan(99_000);
    expect(actual.length).toBe(expected.length);
    expect(actual === expected).toBe(true);
  }, 600_000);

  const febrl = path.resolve(here, "../../../../shared/datasets/febrl/dataset2.csv");
  const present = existsSync(febrl);
  it.skipIf(!present)(
    "deduplicates FEBRL dataset2 identically",
    async () => {
      const [header = "", ...lines] = readFileSync(febrl, "utf8").trim().split(/\r?\n/);
      const columns = header.split(",").map((column) => column.trim());
      const records = lines.map((line) => {
        const cells = line.split(",").map((cell) => cell.trim());
        const out: Record<string, string> = {};
        columns.forEach((column, i) => {
          const cell = cells[i];
          if (cell !== undefined && cell !== "") out[column] = cell;
        });
        return out;
      });
      expect(records).toHaveLength(5000);
      const spec = JSON.parse(
        readFileSync(path.resolve(here, "../specs/febrl.json"), "utf8"),
      ) as LinkageSpec;
      const result = await sameDedupe(records, spec);
      // Not a trivial case: many clusters, some joined over several passes.
      expect(result.clusters.length).toBeGreaterThan(100);
      expect(result.clusters.some((cluster) => cluster.members.length > 2)).toBe(true);
    },
    120_000,
  );
  if (!present) console.log(`FEBRL parity skipped: ${febrl} is absent.`);
});
