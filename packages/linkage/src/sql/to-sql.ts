// toSql: a spec's passes as one SQL script, for engines that hold national-scale data (Spark, Trino)
// or for DuckDB by hand. The script runs the steps of pass-steps.ts — the SQL the DuckDB engine
// runs — over a table of normalised fields, and leaves links, ambiguities, every record's outcome
// and the statistics of each pass in tables. Normalisers are JavaScript: the input table holds
// values normalised upstream with the same normalisers (e.g. `tokenize`'s clear-text twin, or the
// CLI), one column per field.
import { preparePlan, sourceNames } from "../engine/prepare.js";
import { InvalidInputError } from "../errors/invalid-input-error.js";
import type { FieldPlan, LinkagePlan } from "../normalise/plan.js";
import type { LinkageSpec } from "../spec/spec.js";
import { dialectOf, type SqlDialect, type SqlDialectName } from "./dialect.js";
import { PassSteps } from "./pass-steps.js";
import { SqlOptionsError } from "./sql-error.js";

export type { SqlDialectName } from "./dialect.js";
export { SqlOptionsError, type SqlOptionsErrorCode } from "./sql-error.js";

/** What the script computes, as the engine's functions of the same names. */
export type SqlMode = "link" | "linkMany" | "dedupe";

/** Options of {@link toSql}. */
export interface ToSqlOptions {
  /**
   * `link`: two sources, one to one; `linkMany`: clusters with at most one record per source;
   * `dedupe`: clusters of one source.
   * @default "link"
   */
  readonly mode?: SqlMode;
  /**
   * The sources in order: the values of the input table's `source` column. Rows of other sources
   * are left out.
   * @default the spec's sources (link: the first two, dedupe: the first), else `left` and `right` (link) or `records` (dedupe)
   */
  readonly sources?: readonly string[];
  /**
   * The input table; dots separate catalog, schema and table, each part quoted.
   * @default "linkage_input"
   */
  readonly input?: string;
  /** Prefix of every table the script creates. @default "linkage_" */
  readonly prefix?: string;
  /**
   * Key identity: `sha256`, the hex SHA-256 of the key's values joined by U+0000 (fixed width, 256
   * bits), or `value`, the joined values themselves. Never a 64-bit hash.
   * @default "sha256"
   */
  readonly keyIdentity?: "sha256" | "value";
  /**
   * Rounds of label propagation written for linkMany and dedupe, where keys of one pass can join
   * the same clusters. A pass whose components need more rounds stops the script with an error
   * (never a guess): raise it then.
   * @default 12
   */
  readonly componentRounds?: number;
}

const MODES: readonly SqlMode[] = ["link", "linkMany", "dedupe"];
const MAX_SOURCES = 32;

/** The parts of a possibly qualified table name, quoted. */
function qualified(dialect: SqlDialect, name: string): string {
  return name
    .split(".")
    .map((part) => dialect.ident(part))
    .join(".");
}

function namesFor(
  plan: LinkagePlan,
  mode: SqlMode,
  given: readonly string[] | undefined,
): string[] {
  if (mode === "link") {
    const names = sourceNames(plan, 2, given);
    if (given && given.length !== 2) throw new SqlOptionsError("source_count", mode);
    if (names[0] === names[1]) throw new InvalidInputError("same_source", names[0]);
    return names;
  }
  if (mode === "dedupe") {
    if (given && given.length !== 1) throw new SqlOptionsError("source_count", mode);
    return sourceNames(plan, 1, given);
  }
  const declared = plan.spec.sources?.map((source) => source.name);
  const names = given ? [...given] : declared ? [...declared] : [];
  if (names.length < 2 || names.length > MAX_SOURCES || new Set(names).size !== names.length)
    throw new SqlOptionsError("source_count", mode);
  if (declared)
    for (const name of names)
      if (!declared.includes(name)) throw new InvalidInputError("unknown_source", name);
  return names;
}

/**
 * The passes of a spec as a SQL script for Spark SQL, DuckDB or Trino: the same semantics as the
 * engines (unique keys on both sides, ambiguities reported, key-frequency guard, vetoes, passes in
 * order), over a table of values normalised upstream.
 *
 * The input table (`options.input`) has a column `source` (the source's name), a column
 * `record_id` (text) and one column per field the passes and vetoes use, named as the field and
 * holding its normalised value (NULL when missing); normalise with the spec's normalisers first —
 * they are JavaScript. The script creates tables named with `options.prefix`: `links` (pass,
 * records from and to, key), `ambiguities` (pass, reason, key, members, candidate or not),
 * `outcomes` (each record: `linked` with its cluster, `ambiguous`, or `unmatched`) and
 * `pass_statistics`. Key identity is the full normalised key or its SHA-256, never a 64-bit hash.
 * Statements end with `;` at the end of a line.
 *
 * Throws InvalidSpecError, InvalidInputError (sources) and SqlOptionsError.
 *
 * @example
 * ```ts
 * import { presets, toSql } from "@ndcvn/linkage";
 * const script = toSql(presets.vietnamesePerson, "spark", {
 *   sources: ["population", "healthInsurance"],
 *   input: "ndc.normalised_people",
 * });
 * // spark-sql -f linkage.sql, or: for (const statement of script.split(/;\n/)) spark.sql(statement)
 * ```
 */
export function toSql(
  spec: LinkageSpec,
  dialectName: SqlDialectName,
  options: ToSqlOptions = {},
): string {
  const plan = preparePlan(spec);
  const dialect = dialectOf(String(dialectName));
  if (!dialect) throw new SqlOptionsError("unknown_dialect", String(dialectName));
  const mode = options.mode ?? "link";
  if (!MODES.includes(mode)) throw new SqlOptionsError("unknown_mode", String(mode));
  const rounds = options.componentRounds ?? 12;
  if (!Number.isInteger(rounds) || rounds < 1 || rounds > 1000)
    throw new SqlOptionsError("invalid_option", "componentRounds");
  const identity = options.keyIdentity ?? "sha256";
  if (identity !== "sha256" && identity !== "value")
    throw new SqlOptionsError("invalid_option", "keyIdentity");
  const names = namesFor(plan, mode, options.sources);
  return new ScriptWriter(plan, dialect, mode, names, {
    input: qualified(dialect, options.input ?? "linkage_input"),
    prefix: options.prefix ?? "linkage_",
    identity,
    rounds,
  }).write();
}

interface WriterSettings {
  readonly input: string;
  readonly prefix: string;
  readonly identity: "sha256" | "value";
  readonly rounds: number;
}

/** Writes the script, statement by statement. */
class ScriptWriter {
  readonly #plan: LinkagePlan;
  readonly #d: SqlDialect;
  readonly #mode: SqlMode;
  readonly #names: readonly string[];
  readonly #settings: WriterSettings;
  readonly #steps: PassSteps;
  readonly #components: boolean;
  readonly #out: string[] = [];

  constructor(
    plan: LinkagePlan,
    dialect: SqlDialect,
    mode: SqlMode,
    names: readonly string[],
    settings: WriterSettings,
  ) {
    this.#plan = plan;
    this.#d = dialect;
    this.#mode = mode;
    this.#names = names;
    this.#settings = settings;
    this.#components = mode !== "link";
    this.#steps = new PassSteps(dialect, this.#table, {
      capacity: mode !== "dedupe",
      components: this.#components,
      vetoCount: plan.vetoes.length,
    });
  }

  readonly #table = (base: string): string => this.#d.ident(`${this.#settings.prefix}${base}`);

  #comment(text: string): void {
    this.#out.push(
      text
        .split("\n")
        .map((line) => `-- ${line}`.trimEnd())
        .join("\n"),
    );
  }

  #statements(statements: readonly string[]): void {
    for (const statement of statements) this.#out.push(`${statement};`);
  }

  #create(base: string, select: string): void {
    this.#statements(this.#d.createTable(this.#table(base), select));
  }

  /** The fields the passes and vetoes use. */
  #usedFields(): FieldPlan[] {
    const used = new Set([
      ...this.#plan.passes.flatMap((pass) => pass.fields),
      ...this.#plan.vetoes.map((veto) => veto.field),
    ]);
    return this.#plan.fields.filter((field) => used.has(field.index));
  }

  write(): string {
    const d = this.#d;
    const t = this.#table;
    const fields = this.#usedFields();
    this.#comment(
      [
        `@ndcvn/linkage: the passes of spec ${this.#plan.specHash} as ${d.name} SQL.`,
        `Mode ${this.#mode}; sources in order: ${this.#names.map((name) => JSON.stringify(name)).join(", ")}.`,
        `Input ${this.#settings.input}: source, record_id, and the normalised values of ${fields
          .map((field) => field.name)
          .join(", ")}`,
        "(NULL when missing), normalised with the spec's normalisers before this script runs.",
        `Key identity: ${this.#settings.identity === "sha256" ? "SHA-256 of the key's values joined by U+0000" : "the key's values joined by U+0000"}.`,
        `Results: ${["links", "ambiguities", "outcomes", "pass_statistics"].map(t).join(", ")}.`,
      ].join("\n"),
    );
    this.#records(fields);
    for (const pass of this.#plan.passes) this.#pass(pass.index);
    this.#results();
    return `${this.#out.join("\n\n")}\n`;
  }

  /**
   * Records numbered in result order: `rec` is the source's index (two digits) and the record id,
   * so the smallest `rec` of a group is its first record by source, then id. Ids compare as UTF-8
   * bytes here (as UTF-16 code units in the engines: the same order except for ids that mix
   * characters above U+E000 with characters outside the Basic Multilingual Plane).
   */
  #records(fields: readonly FieldPlan[]): void {
    const d = this.#d;
    const cases = (value: (s: number) => string) =>
      `CASE source ${this.#names.map((name, s) => `WHEN ${d.literal(name)} THEN ${value(s)}`).join(" ")} END`;
    const columns = fields
      .map((field) => `,\n  ${d.ident(field.name)} AS f_${field.index}`)
      .join("");
    this.#comment("Records of the sources, numbered in result order; each its own cluster.");
    this.#create(
      "records",
      `SELECT concat(prefix, CAST(record_id AS ${d.varchar})) AS rec, src, source,
  CAST(record_id AS ${d.varchar}) AS record_id${fields
    .map((field) => `, f_${field.index}`)
    .join("")}
FROM (
  SELECT ${cases((s) => d.literal(`${String(s).padStart(2, "0")}:`))} AS prefix,
  ${cases((s) => String(s))} AS src,
  source, record_id${columns}
  FROM ${this.#settings.input}
) input
WHERE src IS NOT NULL`,
    );
    this.#create(
      "sources_present",
      `SELECT count(DISTINCT src) AS sources FROM ${this.#table("records")}`,
    );
    this.#create(
      "state",
      `SELECT rec, src, rec AS cl, 1 AS cl_size FROM ${this.#table("records")}`,
    );
  }

  #key(p: number): string {
    const d = this.#d;
    const pass = this.#plan.passes[p] as LinkagePlan["passes"][number];
    const values = `concat_ws(chr(0), ${pass.fields.map((f) => `r.f_${f}`).join(", ")})`;
    return this.#settings.identity === "sha256" ? d.sha256Hex(values) : values;
  }

  #pass(p: number): void {
    const d = this.#d;
    const t = this.#table;
    const pass = this.#plan.passes[p] as LinkagePlan["passes"][number];
    const present = [...new Set(pass.fields)].map((f) => `r.f_${f} IS NOT NULL`).join(" AND ");
    // Link modes: a cluster is open while it has fewer records than sources with records.
    const open =
      this.#mode === "dedupe"
        ? ""
        : `\n  AND st.cl_size < (SELECT sources FROM ${t("sources_present")})`;
    this.#comment(
      `Pass ${p}: ${pass.name} — key (${pass.fields.map((f) => this.#plan.fields[f]?.name).join(", ")}).`,
    );
    this.#create(
      "eligible",
      `SELECT r.rec, r.src, st.cl, ${this.#key(p)} AS pass_key
FROM ${t("records")} r
JOIN ${t("state")} st ON st.rec = r.rec
WHERE ${present}${open}`,
    );
    this.#comment("Groups by key: frequency, uniqueness on both sides, proposals.");
    this.#statements(this.#steps.groups(pass));
    if (this.#components) {
      this.#comment(
        `Components: proposals sharing a cluster, by label propagation (${this.#settings.rounds} rounds, checked).`,
      );
      this.#statements(this.#steps.componentSeed());
      for (let round = 0; round < this.#settings.rounds; round++)
        this.#statements(this.#steps.componentRound());
      this.#create(
        "label_check",
        `SELECT CASE WHEN changed > 0 THEN ${d.fail(
          `pass ${pass.name}: components need more than ${this.#settings.rounds} rounds; raise componentRounds`,
        )} ELSE 0 END AS stable
FROM ${t("label_changes")}`,
      );
      this.#statements(this.#steps.componentsOfProposals());
      this.#comment("Clusters the proposals touch: size, sources and veto values.");
      const vetoes = this.#plan.vetoes
        .map((veto, v) => {
          const value = `r.f_${veto.field}`;
          return (
            `,\n  CASE WHEN min(${value}) = max(${value}) THEN min(${value}) END AS veto_${v}` +
            `,\n  CASE WHEN count(${value}) = 0 THEN 0 WHEN min(${value}) = max(${value}) THEN 1 ELSE 2 END AS veto_${v}_n`
          );
        })
        .join("");
      this.#create(
        "cluster_facts",
        `SELECT st.cl, count(*) AS cl_size, ${d.bitOrAgg(d.bitOf("st.src"))} AS cl_mask${vetoes}
FROM ${t("state")} st
JOIN (SELECT DISTINCT cl FROM ${t("proposal_clusters")}) touched ON touched.cl = st.cl
JOIN ${t("records")} r ON r.rec = st.rec
GROUP BY st.cl`,
      );
      this.#comment("Decisions (capacity, vetoes), links, merges and ambiguities of the pass.");
      this.#statements(this.#steps.decisions(pass));
      this.#statements(this.#steps.outcomes());
    } else {
      this.#comment("Pairs (one record of each side): vetoes, links, merges and ambiguities.");
      this.#statements(
        this.#steps.pairs(
          pass,
          t("records"),
          this.#plan.vetoes.map((veto) => `f_${veto.field}`),
        ),
      );
    }
    const name = d.literal(pass.name);
    this.#create(
      `links_${p}`,
      `SELECT ${p} AS pass_index, ${name} AS pass, pass_key, rec_from, rec_to FROM ${t("pass_links")}`,
    );
    this.#create(
      `ambiguities_${p}`,
      `SELECT ${p} AS pass_index, ${name} AS pass, pass_key, reason, rec FROM ${t("pass_ambiguities")}`,
    );
    this.#create(
      `statistics_${p}`,
      `SELECT ${p} AS pass_index, ${name} AS pass, s.*\nFROM (\n${this.#steps.statisticsSelect()}\n) s`,
    );
    this.#comment("Clusters after the pass.");
    this.#create(
      "state_merged",
      `SELECT st.rec, st.src, coalesce(m.comp, st.cl) AS cl
FROM ${t("state")} st
LEFT JOIN ${t("merges")} m ON m.cl = st.cl`,
    );
    this.#create(
      "state",
      `SELECT rec, src, cl, count(*) OVER (PARTITION BY cl) AS cl_size FROM ${t("state_merged")}`,
    );
  }

  #results(): void {
    const t = this.#table;
    const passes = this.#plan.passes.map((pass) => pass.index);
    const union = (base: string) =>
      passes.map((p) => `SELECT * FROM ${t(`${base}_${p}`)}`).join("\nUNION ALL\n");
    this.#comment("Results.");
    this.#create(
      "links",
      `SELECT l.pass_index, l.pass, a.source AS from_source, a.record_id AS from_record_id,
  b.source AS to_source, b.record_id AS to_record_id, l.pass_key
FROM (
${union("links")}
) l
JOIN ${t("records")} a ON a.rec = l.rec_from
JOIN ${t("records")} b ON b.rec = l.rec_to`,
    );
    this.#create("all_ambiguities", union("ambiguities"));
    this.#comment(
      "A record in no cluster is a candidate of its earliest ambiguity; ambiguities without one are not reported.",
    );
    this.#create(
      "candidates",
      `SELECT a.rec, min(a.pass_index) AS pass_index
FROM ${t("all_ambiguities")} a
JOIN ${t("state")} st ON st.rec = a.rec
WHERE st.cl_size = 1
GROUP BY a.rec`,
    );
    this.#create(
      "ambiguities",
      `SELECT a.pass_index, a.pass, a.reason, a.pass_key, r.source, r.record_id,
  c.rec IS NOT NULL AS candidate
FROM ${t("all_ambiguities")} a
JOIN (
  SELECT DISTINCT x.pass_index, x.pass_key
  FROM ${t("all_ambiguities")} x
  JOIN ${t("candidates")} c ON c.rec = x.rec AND c.pass_index = x.pass_index
) reported ON reported.pass_index = a.pass_index AND reported.pass_key = a.pass_key
JOIN ${t("records")} r ON r.rec = a.rec
LEFT JOIN ${t("candidates")} c ON c.rec = a.rec AND c.pass_index = a.pass_index`,
    );
    this.#create(
      "outcomes",
      `SELECT r.source, r.record_id,
  CASE WHEN st.cl_size > 1 THEN 'linked' WHEN c.rec IS NOT NULL THEN 'ambiguous' ELSE 'unmatched' END AS outcome,
  CASE WHEN st.cl_size > 1 THEN first_member.source END AS cluster_source,
  CASE WHEN st.cl_size > 1 THEN first_member.record_id END AS cluster_record_id,
  c.pass_index AS ambiguity_pass_index
FROM ${t("records")} r
JOIN ${t("state")} st ON st.rec = r.rec
JOIN ${t("records")} first_member ON first_member.rec = st.cl
LEFT JOIN ${t("candidates")} c ON c.rec = r.rec`,
    );
    this.#create("pass_statistics", union("statistics"));
  }
}
