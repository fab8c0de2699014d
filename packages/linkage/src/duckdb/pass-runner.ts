// The passes in DuckDB: per pass, the eligible records and their keys from the records still open,
// then the steps of sql/pass-steps.ts (the same SQL `toSql` writes for Spark and Trino), the
// components' labels iterated until stable, and the clusters updated for the next pass.
//
// State between passes: `cluster_members` (record → cluster) and `clusters` (size, source mask and
// veto values) hold the clusters of two or more records; a record in neither is a cluster of its
// own, numbered by itself. In link mode the records of closed clusters leave the `active` table,
// so later passes read only what can still link.
import type { PassStatistics } from "../engine/semantics.js";
import type { LinkagePlan, PassPlan } from "../normalise/plan.js";
import { PassSteps } from "../sql/pass-steps.js";
import type { LinkageDatabase } from "./database.js";
import { dictionaryTable, fillDictionary } from "./dictionaries.js";
import type { DuckDbProgress } from "./options.js";
import type { StoragePlan, ValueRef } from "./storage-plan.js";

/** The shape of a run. */
export interface RunShape {
  /** `link` (link, linkMany: one record per source in a cluster) or `dedupe`. */
  readonly mode: "link" | "dedupe";
  /** Records per source, in source order. */
  readonly sizes: readonly number[];
}

/** Runs the passes of a plan over the `records` table. */
export class PassRunner {
  readonly #db: LinkageDatabase;
  readonly #plan: LinkagePlan;
  readonly #storage: StoragePlan;
  readonly #steps: PassSteps;
  readonly #capacity: boolean;
  readonly #components: boolean;
  /** Sources with records: a cluster with a record of each is closed. */
  readonly #full: number;
  #active = "records";
  #generation = 0;

  constructor(db: LinkageDatabase, plan: LinkagePlan, storage: StoragePlan, shape: RunShape) {
    this.#db = db;
    this.#plan = plan;
    this.#storage = storage;
    this.#capacity = shape.mode === "link";
    this.#components = !(shape.mode === "link" && shape.sizes.length === 2);
    this.#full = shape.sizes.filter((size) => size > 0).length;
    this.#steps = new PassSteps(db.dialect, db.table, {
      capacity: this.#capacity,
      components: this.#components,
      vetoCount: plan.vetoes.length,
    });
  }

  /** Create the state tables; `records` must exist. */
  async prepare(): Promise<void> {
    const t = this.#db.table;
    const vetoes = this.#steps
      .vetoColumns()
      .map((column) => `, ${column} ${column.endsWith("_n") ? "INTEGER" : "VARCHAR"}`);
    await this.#db.run(
      `CREATE TABLE ${t("cluster_members")} (rec INTEGER, cl INTEGER)`,
      `CREATE TABLE ${t("clusters")} (cl INTEGER, cl_size BIGINT, cl_mask BIGINT${vetoes.join("")})`,
      `CREATE TABLE ${t("links")} (pass INTEGER, pass_key VARCHAR, rec_from INTEGER, rec_to INTEGER)`,
      `CREATE TABLE ${t("ambiguity_members")} (pass INTEGER, pass_key VARCHAR, reason VARCHAR, rec INTEGER)`,
      ...this.#storage.dictionaries.map(({ table }) => dictionaryTable(this.#db, table)),
    );
    // With records in one source only, every record is a closed cluster already (link mode).
    if (this.#capacity && this.#full <= 1) {
      this.#active = "active_0";
      await this.#db.run(
        ...this.#db.dialect.createTable(
          t(this.#active),
          `SELECT * FROM ${t("records")} WHERE FALSE`,
        ),
      );
    }
  }

  /** Run every pass; the statistics of each. */
  async run(onProgress?: (progress: DuckDbProgress) => void): Promise<PassStatistics[]> {
    const statistics: PassStatistics[] = [];
    for (const pass of this.#plan.passes) {
      this.#db.step(`pass ${pass.name}`);
      const start = performance.now();
      const { stats, normaliseMs } = await this.#pass(pass);
      statistics.push(stats);
      onProgress?.({
        step: "pass",
        pass: pass.name,
        ms: performance.now() - start,
        normaliseMs,
        records: stats.eligible,
      });
    }
    return statistics;
  }

  /** The joins and value expressions of a key's parts (`a` is the record). */
  #parts(parts: readonly ValueRef[]): { joins: string; values: string[] } {
    const t = this.#db.table;
    const joins: string[] = [];
    const values = parts.map((part, j) => {
      if (part.kind === "column") return `a.${part.column}`;
      joins.push(`JOIN ${t(part.dictionary)} p${j} ON p${j}.raw = a.${part.column}`);
      return `p${j}.value`;
    });
    return { joins: joins.join("\n"), values };
  }

  /** Fill the dictionaries of the pass's lazy fields; the milliseconds spent normalising. */
  async #normaliseFor(parts: readonly ValueRef[]): Promise<number> {
    let ms = 0;
    const active = this.#db.table(this.#active);
    for (let j = 0; j < parts.length; j++) {
      const part = parts[j] as ValueRef;
      if (part.kind !== "lazy") continue;
      // Like the JS engine, normalise a field only for records whose earlier key fields are there.
      const before = this.#parts(parts.slice(0, j));
      const present = [
        `a.${part.column} IS NOT NULL`,
        ...before.values.map((v) => `${v} IS NOT NULL`),
      ];
      ms += await fillDictionary(
        this.#db,
        part.dictionary,
        part.field,
        `SELECT DISTINCT a.${part.column} AS raw
FROM ${active} a
${before.joins}
WHERE ${present.join(" AND ")}`,
      );
    }
    return ms;
  }

  async #pass(pass: PassPlan): Promise<{ stats: PassStatistics; normaliseMs: number }> {
    const p = pass.index;
    const db = this.#db;
    const t = db.table;
    const d = db.dialect;
    const active = t(this.#active);
    const parts = this.#storage.passKeys[p] as readonly ValueRef[];
    const normaliseMs = await this.#normaliseFor(parts);
    const { joins, values } = this.#parts(parts);
    const key = values.length === 1 ? values[0] : `concat_ws(chr(0), ${values.join(", ")})`;
    const members = this.#components
      ? `LEFT JOIN ${t("cluster_members")} m ON m.rec = a.rec\n`
      : "";
    const cluster = this.#components ? "coalesce(m.cl, a.rec)" : "a.rec";
    await db.run(
      ...d.createTable(
        t("eligible"),
        `SELECT a.rec, a.src, ${cluster} AS cl, ${key} AS pass_key
FROM ${active} a
${members}${joins}
WHERE ${values.map((v) => `${v} IS NOT NULL`).join(" AND ")}`,
      ),
      ...this.#steps.groups(pass),
    );
    if (this.#components) await this.#decideComponents(pass, active);
    else await db.run(...this.#steps.pairs(pass, active, this.#storage.vetoes));
    const [eligible, keys, links, ambiguities, vetoed, frequencyRejected] = await db.numbers(
      this.#steps.statisticsSelect(),
    );
    await this.#update(p);
    const stats = {
      name: pass.name,
      eligible: eligible ?? 0,
      keys: keys ?? 0,
      links: links ?? 0,
      ambiguities: ambiguities ?? 0,
      vetoed: vetoed ?? 0,
      frequencyRejected: frequencyRejected ?? 0,
    };
    return { stats, normaliseMs };
  }

  /** 5–6 when proposals can share clusters: components, their clusters' facts, decisions. */
  async #decideComponents(pass: PassPlan, active: string): Promise<void> {
    const db = this.#db;
    const t = db.table;
    const d = db.dialect;
    await db.run(...this.#steps.componentSeed());
    for (;;) {
      await db.run(...this.#steps.componentRound());
      const [changed] = await db.numbers(`SELECT changed FROM ${t("label_changes")}`);
      if (changed === 0) break;
    }
    await db.run(...this.#steps.componentsOfProposals());
    // A record alone: its veto values, one or none; a larger cluster: what `clusters` holds.
    const vetoes = this.#storage.vetoes
      .map(
        (column, v) =>
          `,\n  CASE WHEN x.cl IS NULL THEN a.${column} ELSE x.veto_${v} END AS veto_${v}` +
          `,\n  CASE WHEN x.cl IS NOT NULL THEN x.veto_${v}_n WHEN a.${column} IS NULL THEN 0 ELSE 1 END AS veto_${v}_n`,
      )
      .join("");
    await db.run(
      ...d.createTable(
        t("cluster_facts"),
        `SELECT t.cl, coalesce(x.cl_size, 1) AS cl_size, coalesce(x.cl_mask, ${d.bitOf("a.src")}) AS cl_mask${vetoes}
FROM (SELECT DISTINCT cl FROM ${t("proposal_clusters")}) t
LEFT JOIN ${t("clusters")} x ON x.cl = t.cl
LEFT JOIN ${active} a ON a.rec = t.cl`,
      ),
      ...this.#steps.decisions(pass),
      ...this.#steps.outcomes(),
    );
  }

  /** Record the pass's links and ambiguities, merge its clusters, drop closed ones from `active`. */
  async #update(p: number): Promise<void> {
    const db = this.#db;
    const t = db.table;
    const statements = [
      `INSERT INTO ${t("links")} SELECT ${p}, pass_key, rec_from, rec_to FROM ${t("pass_links")}`,
      `INSERT INTO ${t("ambiguity_members")} SELECT ${p}, pass_key, reason, rec FROM ${t("pass_ambiguities")}`,
    ];
    if (this.#components)
      statements.push(
        `UPDATE ${t("cluster_members")} SET cl = m.comp FROM ${t("merges")} m
WHERE ${t("cluster_members")}.cl = m.cl`,
      );
    statements.push(
      `INSERT INTO ${t("cluster_members")}
SELECT m.cl AS rec, m.comp AS cl FROM ${t("merges")} m
WHERE NOT EXISTS (SELECT 1 FROM ${t("clusters")} x WHERE x.cl = m.cl)`,
    );
    if (this.#components)
      statements.push(`DELETE FROM ${t("clusters")} WHERE cl IN (SELECT cl FROM ${t("merges")})`);
    statements.push(`INSERT INTO ${t("clusters")} SELECT * FROM ${t("merged_facts")}`);
    await db.run(...statements);
    if (!this.#capacity) return;
    const [closed] = await db.numbers(
      `SELECT count(*) FROM ${t("merged_facts")} WHERE cl_size >= ${this.#full}`,
    );
    if (closed === 0) return;
    const next = `active_${++this.#generation}`;
    // Two sources: every merge closes its pair. More: the records of the clusters now full.
    const closedRecords = this.#components
      ? `SELECT m.rec FROM ${t("cluster_members")} m
  JOIN ${t("merged_facts")} f ON f.cl = m.cl
  WHERE f.cl_size >= ${this.#full}`
      : `SELECT cl AS rec FROM ${t("merges")}`;
    await db.run(
      ...db.dialect.createTable(
        t(next),
        `SELECT a.* FROM ${t(this.#active)} a
ANTI JOIN (${closedRecords}) closed ON closed.rec = a.rec`,
      ),
      db.dialect.dropTable(t(this.#active)),
    );
    this.#active = next;
  }
}
