// The script toSql writes, run: its DuckDB dialect over a table of values normalised by the JS
// normalisers gives the JS engine's links, ambiguities, outcomes and statistics — for link, dedupe
// and linkMany, keyed by SHA-256 or by value, on hand cases, random inputs and synthetic people.
import { DuckDBInstance } from "@duckdb/node-api";
import { extract, generatePopulation } from "@ndcvn/synth";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type ClusterResult,
  dedupe,
  type LinkageSpec,
  type LinkResult,
  link,
  linkMany,
  presets,
} from "../src/index.js";
import { NormalisedSource } from "../src/normalise/normalised-source.js";
import { compilePlan } from "../src/normalise/plan.js";
import { type SqlMode, type ToSqlOptions, toSql } from "../src/sql/to-sql.js";
import { IDS, smallSpec } from "./helpers.js";

type Connection = Awaited<ReturnType<DuckDBInstance["connect"]>>;
let instance: DuckDBInstance;
let connection: Connection;

beforeAll(async () => {
  instance = await DuckDBInstance.create(":memory:", { threads: "2" });
  connection = await instance.connect();
});
afterAll(() => {
  connection.closeSync();
  instance.closeSync();
});

/** The input table of the script: each record's normalised fields, by the JS normalisers. */
async function loadInput(spec: LinkageSpec, sources: Record<string, unknown[]>): Promise<void> {
  const plan = compilePlan(spec);
  const columns = plan.fields.map((field) => `"${field.name}" VARCHAR`).join(", ");
  await connection.run(
    `CREATE OR REPLACE TABLE linkage_input (source VARCHAR, record_id VARCHAR, ${columns})`,
  );
  const appender = await connection.createAppender("linkage_input");
  for (const [name, records] of Object.entries(sources)) {
    const source = await NormalisedSource.read(records, plan, name);
    const values = plan.fields.map((field) => source.fieldColumn(field.index));
    for (let i = 0; i < source.size; i++) {
      appender.appendVarchar(name);
      appender.appendVarchar(source.ids[i] as string);
      for (const column of values) {
        const value = column[i];
        if (value === null || value === undefined) appender.appendNull();
        else appender.appendVarchar(value);
      }
      appender.endRow();
    }
  }
  appender.flushSync();
  appender.closeSync();
}

async function runScript(script: string): Promise<void> {
  for (const statement of script.split(/;\n/))
    if (statement.trim() !== "") await connection.run(statement);
}

async function rows(sql: string): Promise<string[]> {
  const reader = await connection.runAndReadAll(sql);
  return reader.getRowsJson().map((row) => JSON.stringify(row));
}

/** What the script leaves, in a form both engines can give. */
interface Outcome {
  links: string[];
  ambiguities: string[];
  outcomes: string[];
  statistics: string[];
}

async function scriptOutcome(): Promise<Outcome> {
  return {
    links: await rows(
      "SELECT pass, from_source, from_record_id, to_source, to_record_id FROM linkage_links ORDER BY ALL",
    ),
    ambiguities: await rows(
      "SELECT pass, reason, source, record_id, candidate FROM linkage_ambiguities ORDER BY ALL",
    ),
    outcomes: await rows(
      "SELECT source, record_id, outcome, cluster_source, cluster_record_id FROM linkage_outcomes ORDER BY ALL",
    ),
    statistics: await rows(
      `SELECT pass, eligible, distinct_keys, links, ambiguities, vetoed, frequency_rejected
       FROM linkage_pass_statistics ORDER BY pass_index`,
    ),
  };
}

const sorted = (list: string[]) => [...list].sort();

/** The same facts from a result of the JS engine. */
function engineOutcome(result: LinkResult | ClusterResult): Outcome {
  const statistics = result.passes.map((pass) =>
    JSON.stringify([
      pass.name,
      String(pass.eligible),
      String(pass.keys),
      String(pass.links),
      String(pass.ambiguities),
      String(pass.vetoed),
      String(pass.frequencyRejected),
    ]),
  );
  const outcomes: string[] = [];
  const ambiguities: string[] = [];
  const links: string[] = [];
  if ("links" in result) {
    const { left, right } = result.sources;
    for (const l of result.links) {
      links.push(JSON.stringify([l.pass, left, l.left, right, l.right]));
      outcomes.push(JSON.stringify([left, l.left, "linked", left, l.left]));
      outcomes.push(JSON.stringify([right, l.right, "linked", left, l.left]));
    }
    for (const a of result.ambiguities) {
      const candidates = [
        ...a.candidates.left.map((id) => [left, id]),
        ...a.candidates.right.map((id) => [right, id]),
      ];
      const others = [
        ...a.otherMembers.left.map((id) => [left, id]),
        ...a.otherMembers.right.map((id) => [right, id]),
      ];
      for (const [source, id] of candidates) {
        ambiguities.push(JSON.stringify([a.pass, a.reason, source, id, true]));
        outcomes.push(JSON.stringify([source, id, "ambiguous", null, null]));
      }
      for (const [source, id] of others)
        ambiguities.push(JSON.stringify([a.pass, a.reason, source, id, false]));
    }
    for (const id of result.unmatched.left)
      outcomes.push(JSON.stringify([left, id, "unmatched", null, null]));
    for (const id of result.unmatched.right)
      outcomes.push(JSON.stringify([right, id, "unmatched", null, null]));
  } else {
    for (const cluster of result.clusters) {
      const first = cluster.members[0];
      for (const member of cluster.members)
        outcomes.push(
          JSON.stringify([member.source, member.id, "linked", first?.source, first?.id]),
        );
      for (const l of cluster.links)
        links.push(JSON.stringify([l.pass, l.from.source, l.from.id, l.to.source, l.to.id]));
    }
    for (const a of result.ambiguities) {
      for (const m of a.candidates) {
        ambiguities.push(JSON.stringify([a.pass, a.reason, m.source, m.id, true]));
        outcomes.push(JSON.stringify([m.source, m.id, "ambiguous", null, null]));
      }
      for (const m of a.otherMembers)
        ambiguities.push(JSON.stringify([a.pass, a.reason, m.source, m.id, false]));
    }
    for (const m of result.unmatched)
      outcomes.push(JSON.stringify([m.source, m.id, "unmatched", null, null]));
  }
  return {
    links: sorted(links),
    ambiguities: sorted(ambiguities),
    outcomes: sorted(outcomes),
    statistics,
  };
}

async function sameAsEngine(
  spec: LinkageSpec,
  mode: SqlMode,
  sources: Record<string, unknown[]>,
  options: ToSqlOptions = {},
): Promise<Outcome> {
  const names = Object.keys(sources);
  const result =
    mode === "link"
      ? await link(sources[names[0] as string] ?? [], sources[names[1] as string] ?? [], spec, {
          sources: [names[0] as string, names[1] as string],
        })
      : mode === "dedupe"
        ? await dedupe(sources[names[0] as string] ?? [], spec, { source: names[0] as string })
        : await linkMany(sources, spec);
  await loadInput(spec, sources);
  const order = mode === "linkMany" ? [...names].sort() : names;
  await runScript(toSql(spec, "duckdb", { ...options, mode, sources: order }));
  const expected = engineOutcome(result);
  const actual = await scriptOutcome();
  expect(actual).toEqual(expected);
  return expected;
}

const cases = {
  left: [
    { id: "L1", personalId: IDS.anHaNoi1999, name: "Nguyễn Văn An", born: "1999-03-14" },
    { id: "L2", name: "Trần Thị Bình", born: "1985-01-01" },
    { id: "L3", name: "Tran Thi Binh", born: "01/01/1985" },
    { id: "L4", name: "Lê Hoà", born: "1990-05-12", sex: "nữ" },
    { id: "L5", personalId: IDS.dungHue1970, name: "Phạm Dũng", born: "1970-02-03" },
  ],
  right: [
    { id: "R1", personalId: "001 099 012345", name: "NGUYEN VAN AN", born: "14/03/1999" },
    { id: "R2", name: "TRẦN THỊ BÌNH", born: "1985-01-01" },
    { id: "R4", name: "Le Hoa", born: "12/05/1990", sex: "nam" },
    { id: "R5", personalId: IDS.emHaiPhong2001, name: "Pham Dung", born: "1970-02-03" },
  ],
};

describe("toSql's DuckDB script gives the engine's result", () => {
  it.each(["sha256", "value"] as const)("links two sources (keys by %s)", async (keyIdentity) => {
    const outcome = await sameAsEngine(smallSpec, "link", cases, { keyIdentity });
    expect(outcome.links.length).toBeGreaterThan(0);
    expect(outcome.ambiguities.length).toBeGreaterThan(0);
  });

  it("deduplicates, with components decided as a whole", async () => {
    const outcome = await sameAsEngine(smallSpec, "dedupe", {
      records: [
        { id: "1", personalId: IDS.anHaNoi1999, name: "Lê Hoà", born: "1990-05-12" },
        { id: "2", personalId: IDS.anHaNoi1999, name: "Trần Bình", born: "1985-01-01" },
        { id: "3", name: "Le Hoa", born: "12/05/1990", sex: "nữ" },
        { id: "4", name: "Tran Binh", born: "1985-01-01", sex: "nam" },
        { id: "5", name: "Nguyễn An", born: "2000-01-01" },
        { id: "6", name: "Nguyen An", born: "2000-01-01" },
      ],
    });
    expect(outcome.ambiguities.some((row) => row.includes('"conflict"'))).toBe(true);
  });

  it("tracks clusters holding several values of a veto that did not apply when they merged", async () => {
    const spec: LinkageSpec = {
      specVersion: 1,
      fields: {
        name: { from: "name", normalise: ["nameKey"] },
        born: { from: "born", normalise: ["date"] },
        year: { from: "born", normalise: ["year"] },
        commune: { from: "commune", normalise: ["text"] },
      },
      passes: [
        { name: "nameYearCommune", key: ["name", "year", "commune"] },
        { name: "nameYear", key: ["name", "year"] },
      ],
      vetoes: [{ name: "bornDiffers", field: "born", rule: "differ", passes: ["nameYear"] }],
    };
    const outcome = await sameAsEngine(spec, "dedupe", {
      records: [
        { id: "A1", name: "Lê Hoà", born: "1990-01-01", commune: "X" },
        { id: "A2", name: "Le Hoa", born: "1990-06-06", commune: "X" },
        { id: "A3", name: "Lê Hoà", born: "1990" },
        { id: "B1", name: "Phạm Minh", born: "1985-01-01", commune: "Y" },
        { id: "B2", name: "Pham Minh", born: "1985-02-02", commune: "Y" },
        { id: "B3", name: "Phạm Minh", born: "1985-01-01" },
      ],
    });
    // nameYear: six records, two keys, one link (A3), no ambiguity, one vetoed (B3).
    expect(outcome.statistics[1]).toBe(JSON.stringify(["nameYear", "6", "2", "1", "0", "1", "0"]));
  });

  it("links several sources into clusters", async () => {
    await sameAsEngine(smallSpec, "linkMany", {
      a: cases.left,
      b: cases.right,
      c: [
        { id: "C1", personalId: IDS.anHaNoi1999 },
        { id: "C2", name: "Tran Thi Binh", born: "1985-01-01" },
      ],
    });
  });

  it("stops when components need more rounds than written", async () => {
    const records = Array.from({ length: 40 }, (_, i) => ({
      id: `r${String(i).padStart(2, "0")}`,
      pairKey: `p${Math.floor(i / 2)}`,
      chainKey: i % 2 === 1 ? `c${(i - 1) / 2}` : i === 0 ? undefined : `c${i / 2 - 1}`,
    }));
    const spec: LinkageSpec = {
      specVersion: 1,
      fields: { pairKey: { from: "pairKey" }, chainKey: { from: "chainKey" } },
      passes: [
        { name: "pairs", key: ["pairKey"] },
        { name: "chain", key: ["chainKey"] },
      ],
    };
    await loadInput(spec, { records });
    await expect(
      runScript(
        toSql(spec, "duckdb", { mode: "dedupe", sources: ["records"], componentRounds: 2 }),
      ),
    ).rejects.toThrow(/components need more than 2 rounds/);
    await sameAsEngine(spec, "dedupe", { records });
  });

  it("on random records", async () => {
    const maybe = <T>(...values: T[]) => fc.constantFrom<T | undefined>(...values, undefined);
    const record = fc.record(
      {
        personalId: maybe(IDS.anHaNoi1999, IDS.binhHcm1985),
        name: maybe("Nguyễn Văn An", "NGUYEN VAN AN", "Trần Thị Bình", "Lê Hoà"),
        born: maybe("1990-01-01", "01/01/1990", "1985-05-12"),
        sex: maybe("nam", "nữ"),
      },
      { requiredKeys: [] },
    );
    const side = (prefix: string) =>
      fc
        .array(record, { maxLength: 10 })
        .map((list) => list.map((r, i) => ({ id: `${prefix}${i}`, ...r })));
    const mode = fc.constantFrom<SqlMode>("link", "dedupe", "linkMany");
    const spec = fc.constantFrom<LinkageSpec>(smallSpec, { ...smallSpec, maxKeyFrequency: 2 });
    await fc.assert(
      fc.asyncProperty(side("a"), side("b"), mode, spec, async (a, b, m, s) => {
        await sameAsEngine(
          s,
          m,
          m === "dedupe"
            ? { records: [...a, ...b.map((r) => ({ ...r, id: `x${r.id}` }))] }
            : { a, b },
        );
      }),
      { numRuns: 25 },
    );
  }, 180_000);

  it("on 3,000 synthetic people with the preset", async () => {
    const people = [];
    for await (const person of generatePopulation({ size: 3000, seed: 11 })) people.push(person);
    const population = [];
    const cards = [];
    for await (const r of extract(people, "population", { seed: 5 })) population.push(r.envelope);
    for await (const r of extract(people, "insurance", { seed: 5 }))
      if (r.envelope.schema.endsWith("/HealthInsuranceCard/1.0.0")) cards.push(r.envelope);
    const outcome = await sameAsEngine(presets.vietnamesePerson, "link", {
      population,
      healthInsurance: cards,
    });
    expect(outcome.links.length).toBeGreaterThan(2000);
  }, 120_000);
});
