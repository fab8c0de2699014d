// toSql writes the pass semantics as a SQL script: the text for each dialect (tables of cases), key
// identity by SHA-256 or the full value and never a 64-bit hash, identifiers and literals quoted
// whatever the names, and the errors for options it cannot write.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, expectTypeOf, it } from "vitest";
import {
  InvalidInputError,
  InvalidSpecError,
  type LinkageSpec,
  presets,
  specHash,
} from "../src/index.js";
import { type SqlDialectName, SqlOptionsError, toSql } from "../src/sql/to-sql.js";
import { smallSpec } from "./helpers.js";

const here = path.dirname(fileURLToPath(import.meta.url));

/** The statement that creates table `name` (with the default prefix). */
function statementOf(script: string, name: string, quote = "`"): string {
  const statements = script.split(/;\n/);
  const found = statements.filter(
    (statement) =>
      statement.includes(`CREATE TABLE ${quote}linkage_${name}${quote}`) ||
      statement.includes(`CREATE OR REPLACE TABLE ${quote}linkage_${name}${quote}`),
  );
  if (found.length === 0) throw new Error(`no statement creates ${name}`);
  return found[0] as string;
}

describe("toSql: the script for Spark", () => {
  const spec = presets.vietnamesePerson;
  const script = toSql(spec, "spark", { sources: ["population", "healthInsurance"] });

  it("writes every pass, in spec order, with the spec hash in its header", () => {
    expect(
      script.startsWith(`-- @ndcvn/linkage: the passes of spec ${specHash(spec)} as spark SQL.`),
    ).toBe(true);
    const positions = spec.passes.map((pass, p) =>
      script.indexOf(`-- Pass ${p}: ${pass.name} — key (`),
    );
    expect(positions.every((position) => position > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expectTypeOf(script).toEqualTypeOf<string>();
  });

  it("keys each pass by sha2 of concat_ws over the pass's fields, in key order", () => {
    const fieldIndex = Object.keys(spec.fields);
    const eligible = script
      .split(/;\n/)
      .filter((statement) => statement.includes("CREATE TABLE `linkage_eligible`"));
    expect(eligible).toHaveLength(spec.passes.length);
    spec.passes.forEach((pass, p) => {
      const columns = pass.key.map((field) => `r.f_${fieldIndex.indexOf(field)}`).join(", ");
      expect(eligible[p]).toContain(`sha2(concat_ws(chr(0), ${columns}), 256) AS pass_key`);
      for (const field of pass.key)
        expect(eligible[p]).toContain(`r.f_${fieldIndex.indexOf(field)} IS NOT NULL`);
    });
    // Each field column is read from the input column of the field's name.
    for (const [i, name] of fieldIndex.entries()) expect(script).toContain(`\`${name}\` AS f_${i}`);
  });

  it("never uses a 64-bit (or shorter) hash", () => {
    for (const dialect of ["spark", "duckdb", "trino"] as const) {
      const text = toSql(spec, dialect).toLowerCase();
      for (const weak of [
        "hash(",
        "xxhash64(",
        "crc32(",
        "md5(",
        "murmur",
        "farm_fingerprint",
        "sha1(",
      ])
        expect(text.includes(weak), `${dialect}: ${weak}`).toBe(false);
    }
  });

  it("checks uniqueness on both sides, frequency, vetoes per pass, and links pairs", () => {
    expect(statementOf(script, "groups")).toContain("WHEN group_size > 20 THEN 'keyFrequency'");
    expect(statementOf(script, "groups")).toContain(
      "WHEN group_size > bit_count(src_mask) THEN 'notUnique'",
    );
    const decisions = script
      .split(/;\n/)
      .filter((s) => s.includes("CREATE TABLE `linkage_pair_decisions`"));
    expect(decisions).toHaveLength(spec.passes.length);
    // The birth-date veto (veto 4, dateOfBirth) applies only in the year-only passes.
    const yearOnly = spec.passes.findIndex((pass) => pass.name === "nameBirthYearSex");
    const personalIdPass = spec.passes.findIndex((pass) => pass.name === "personalId");
    const dateColumn = `f_${Object.keys(spec.fields).indexOf("dateOfBirth")}`;
    expect(decisions[yearOnly]).toContain(`coalesce(a.${dateColumn} <> b.${dateColumn}, FALSE)`);
    expect(decisions[personalIdPass]).not.toContain(
      `coalesce(a.${dateColumn} <> b.${dateColumn}, FALSE)`,
    );
    expect(statementOf(script, "pass_links")).toContain("WHERE outcome = 'merge'");
    expect(script).toContain("CREATE TABLE `linkage_links` USING parquet AS");
    expect(script).toContain("DROP TABLE IF EXISTS `linkage_links`");
  });

  it("ends every statement with a semicolon at the end of a line", () => {
    const statements = script.split(/;\n/).filter((s) => s.trim() !== "");
    for (const statement of statements)
      expect(statement.trim()).toMatch(/^(--.*\n+)*(DROP|CREATE)/);
  });
});

const oddSpec: LinkageSpec = {
  specVersion: 1,
  fields: {
    select: { from: "a" },
    order: { from: "b" },
    group: { from: "c" },
  },
  passes: [
    { name: "where", key: ["select", "order"] },
    { name: "from", key: ["group"] },
  ],
  vetoes: [{ name: "having", field: "group", rule: "differ" }],
};

describe.each<[SqlDialectName, { ident: string; literal: string; sha: string; bits: string[] }]>([
  [
    "spark",
    {
      ident: "`select` AS f_0",
      literal: "WHEN 'it\\'s \\\\ odd' THEN",
      sha: "sha2(concat_ws(chr(0), r.f_0, r.f_1), 256)",
      bits: ["bit_or(", "shiftleft(CAST(1 AS BIGINT), src)", "raise_error("],
    },
  ],
  [
    "duckdb",
    {
      ident: '"select" AS f_0',
      literal: "WHEN 'it''s \\ odd' THEN",
      sha: "sha256(concat_ws(chr(0), r.f_0, r.f_1))",
      bits: ["bit_or(", "(CAST(1 AS BIGINT) << src)", "error("],
    },
  ],
  [
    "trino",
    {
      ident: '"select" AS f_0',
      literal: "WHEN 'it''s \\ odd' THEN",
      sha: "lower(to_hex(sha256(to_utf8(concat_ws(chr(0), r.f_0, r.f_1)))))",
      bits: ["bitwise_or_agg(", "bitwise_left_shift(CAST(1 AS BIGINT), src)", "fail("],
    },
  ],
])("toSql: %s quoting and functions", (dialect, want) => {
  const script = toSql(oddSpec, dialect, {
    mode: "dedupe",
    sources: ["it's \\ odd"],
    input: 'cat.sch"ema.in`put',
  });

  it("quotes field names that are keywords, and escapes source names", () => {
    expect(script).toContain(want.ident);
    expect(script).toContain(want.literal);
    expect(script).toContain(want.sha);
    for (const piece of want.bits) expect(script).toContain(piece);
  });

  it("quotes each part of a qualified input table", () => {
    const quoted =
      dialect === "spark" ? 'FROM `cat`.`sch"ema`.`in``put`' : 'FROM "cat"."sch""ema"."in`put"';
    expect(script).toContain(quoted);
  });

  it("writes the label rounds of components and stops when they are not enough", () => {
    const rounds = script
      .split(/;\n/)
      .filter((s) => s.includes("linkage_labels_jumped") && s.includes("CREATE"));
    // 12 rounds per pass, two passes; the check after them.
    expect(
      rounds.filter((s) => /CREATE (OR REPLACE )?TABLE .linkage_labels_jumped./.test(s)),
    ).toHaveLength(24);
    expect(script).toContain("components need more than 12 rounds; raise componentRounds");
  });
});

describe("toSql: options", () => {
  it("keys by the values themselves with keyIdentity: value", () => {
    const script = toSql(smallSpec, "spark", { keyIdentity: "value" });
    expect(script).toContain("concat_ws(chr(0), r.f_1, r.f_2) AS pass_key");
    expect(script).not.toContain("sha2(");
  });

  it("names tables with the prefix, quoted", () => {
    const script = toSql(smallSpec, "duckdb", { prefix: 'my "run" ' });
    expect(script).toContain('CREATE OR REPLACE TABLE "my ""run"" links" AS');
  });

  it("reads the sources from the spec when it declares them", () => {
    const spec: LinkageSpec = { ...smallSpec, sources: [{ name: "population" }, { name: "tax" }] };
    expect(toSql(spec, "spark")).toContain("WHEN 'population' THEN 0 WHEN 'tax' THEN 1");
    expect(toSql(spec, "spark", { mode: "linkMany" })).toContain(
      "WHEN 'population' THEN 0 WHEN 'tax' THEN 1",
    );
  });

  it.each([
    [
      "an unknown dialect",
      () => toSql(smallSpec, "oracle" as SqlDialectName),
      SqlOptionsError,
      "unknown_dialect",
    ],
    [
      "an unknown mode",
      () => toSql(smallSpec, "spark", { mode: "merge" as "link" }),
      SqlOptionsError,
      "unknown_mode",
    ],
    [
      "three sources to link",
      () => toSql(smallSpec, "spark", { sources: ["a", "b", "c"] }),
      SqlOptionsError,
      "source_count",
    ],
    [
      "one source for linkMany",
      () => toSql(smallSpec, "spark", { mode: "linkMany", sources: ["a"] }),
      SqlOptionsError,
      "source_count",
    ],
    [
      "rounds that are not a positive integer",
      () => toSql(smallSpec, "spark", { componentRounds: 0 }),
      SqlOptionsError,
      "invalid_option",
    ],
    [
      "the same source twice",
      () => toSql(smallSpec, "spark", { sources: ["a", "a"] }),
      InvalidInputError,
      "same_source",
    ],
    [
      "a source the spec does not declare",
      () =>
        toSql({ ...smallSpec, sources: [{ name: "a" }, { name: "b" }] }, "spark", {
          sources: ["a", "c"],
        }),
      InvalidInputError,
      "unknown_source",
    ],
    [
      "an invalid spec",
      () => toSql({ ...smallSpec, passes: [] } as LinkageSpec, "spark"),
      InvalidSpecError,
      "invalid_spec",
    ],
  ])("throws for %s", (_, call, type, code) => {
    expect(call).toThrow(type);
    expect(call).toThrow(expect.objectContaining({ code }));
  });
});

describe("toSql: browser-safe", () => {
  it("imports nothing from Node", () => {
    const folder = path.resolve(here, "../src/sql");
    for (const file of readdirSync(folder))
      expect(readFileSync(path.join(folder, file), "utf8"), file).not.toMatch(/from "node:/);
  });
});
