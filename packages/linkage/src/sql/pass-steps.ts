// The pass semantics (engine/semantics.ts) as SQL, from the eligible records of one pass to its
// links, ambiguities and merges. The DuckDB engine runs these statements; `toSql` writes them into
// a script for Spark or Trino. Both build the two tables the steps start from:
//
//   eligible(rec, src, cl, pass_key)   the records with a key in the pass whose cluster is open:
//                                      record number, source index, the cluster's number (the
//                                      smallest record number in it) and the key's identity;
//   cluster_facts(cl, cl_size, cl_mask, veto_0, veto_0_n, …)   for each cluster a proposal
//                                      touches: its size, the bit mask of its sources and, per veto,
//                                      the number of distinct values of its records (0, 1, or 2 for
//                                      two or more) and the value when there is one (else NULL).
//
// Record numbers follow the order of results (source, then id), so the smallest record of a group
// is the hub of its links.
//
// Vetoes per cluster. A veto holds for a component when two of its clusters hold different values
// (both present). Each cluster carries, per veto, how many distinct values its records have (0, 1,
// or 2 for two or more) and the value when there is one. Then the veto holds exactly when at least
// two clusters have a value and, among them, some cluster has several or two clusters differ: if a
// cluster has two values and another cluster has any value, one of the two differs from it. A
// cluster can hold several values of a veto when a pass that the veto does not apply to merged it.
import type { SqlDialect } from "./dialect.js";

/** How clusters behave in the run. */
export interface PassShape {
  /** `link` mode: a cluster holds at most one record per source (false for dedupe). */
  readonly capacity: boolean;
  /**
   * Whether proposals can touch a common cluster: false only when linking two sources, where
   * every open cluster is a single record and every record is in one group per pass.
   */
  readonly components: boolean;
  /** The number of vetoes (columns veto_0, veto_0_n … of cluster_facts). */
  readonly vetoCount: number;
}

/** Names of the working tables, quoted and qualified. */
export type TableName = (base: string) => string;

/** One pass as the SQL needs it. */
export interface PassLimits {
  /** Groups larger than this are rejected (`Infinity`: no limit). */
  readonly maxKeyFrequency: number;
  /** Indexes of the vetoes that apply in the pass. */
  readonly vetoes: readonly number[];
}

/** The SQL of the steps of a pass. */
export class PassSteps {
  readonly #dialect: SqlDialect;
  readonly #table: TableName;
  readonly #shape: PassShape;

  constructor(dialect: SqlDialect, table: TableName, shape: PassShape) {
    this.#dialect = dialect;
    this.#table = table;
    this.#shape = shape;
  }

  #create(base: string, select: string): string[] {
    return this.#dialect.createTable(this.#table(base), select);
  }

  /** Veto columns `veto_0, veto_0_n …`, each value with its count of distinct values. */
  vetoColumns(): string[] {
    return Array.from({ length: this.#shape.vetoCount }, (_, v) => [
      `veto_${v}`,
      `veto_${v}_n`,
    ]).flat();
  }

  /**
   * 2–4. Groups by key; groups of one record, of one source (link mode) or of one cluster do
   * nothing; the others are rejected on frequency, not unique (link mode), or proposals; and the
   * members of the groups that are not ignored.
   */
  groups(pass: PassLimits): string[] {
    const d = this.#dialect;
    const t = this.#table;
    const kinds: string[] = [];
    if (Number.isFinite(pass.maxKeyFrequency))
      kinds.push(`WHEN group_size > ${Math.floor(pass.maxKeyFrequency)} THEN 'keyFrequency'`);
    if (this.#shape.capacity)
      kinds.push(`WHEN group_size > ${d.bitCount("src_mask")} THEN 'notUnique'`);
    const kind = kinds.length === 0 ? "'proposal'" : `CASE ${kinds.join(" ")} ELSE 'proposal' END`;
    const oneSource = this.#shape.capacity ? `\n  AND ${d.bitCount("src_mask")} > 1` : "";
    return [
      ...this.#create(
        "key_groups",
        `SELECT pass_key, count(*) AS group_size, ${d.bitOrAgg(d.bitOf("src"))} AS src_mask,
  min(cl) AS cl_min, max(cl) AS cl_max
FROM ${t("eligible")}
GROUP BY pass_key`,
      ),
      ...this.#create(
        "groups",
        `SELECT pass_key, group_size, ${kind} AS kind
FROM ${t("key_groups")}
WHERE group_size >= 2 AND cl_min <> cl_max${oneSource}`,
      ),
      ...this.#create(
        "group_members",
        `SELECT e.pass_key, e.rec, e.src, e.cl, g.kind
FROM ${t("eligible")} e
JOIN ${t("groups")} g ON g.pass_key = e.pass_key`,
      ),
      ...(this.#shape.components
        ? this.#create(
            "proposal_clusters",
            `SELECT DISTINCT pass_key, cl
FROM ${t("group_members")}
WHERE kind = 'proposal'`,
          )
        : []),
    ];
  }

  /**
   * 5–6 when linking two sources: every open cluster is one record and every record is in one
   * group, so each proposal is a pair (left, right) and its own component; capacity cannot fail.
   * The pair is vetoed when an applying veto's values are both present and differ; otherwise the
   * left record (the smaller number) links to the right one. `records` holds each record's veto
   * values, in `vetoColumns` (veto order).
   */
  pairs(pass: PassLimits, records: string, vetoColumns: readonly string[]): string[] {
    const t = this.#table;
    const column = (v: number) => vetoColumns[v] as string;
    const differ = pass.vetoes.map((v) => `coalesce(a.${column(v)} <> b.${column(v)}, FALSE)`);
    const outcome =
      differ.length === 0
        ? "'merge'"
        : `CASE WHEN ${differ.join(" OR ")} THEN 'vetoed' ELSE 'merge' END`;
    // The merged cluster's veto values, for every veto (one that did not apply may differ).
    const facts = vetoColumns
      .map((name, v) => {
        const [x, y] = [`a.${name}`, `b.${name}`];
        return (
          `,\n  CASE WHEN ${x} IS NULL THEN ${y} WHEN ${y} IS NULL OR ${x} = ${y} THEN ${x} END AS veto_${v}` +
          `,\n  CASE WHEN ${x} IS NULL AND ${y} IS NULL THEN 0 WHEN ${x} IS NULL OR ${y} IS NULL OR ${x} = ${y} THEN 1 ELSE 2 END AS veto_${v}_n`
        );
      })
      .join("");
    const vetoes = this.vetoColumns()
      .map((name) => `, ${name}`)
      .join("");
    return [
      ...this.#create(
        "pair_decisions",
        `SELECT p.pass_key, p.rec_from, p.rec_to, ${outcome} AS outcome${facts}
FROM (
  SELECT pass_key, min(rec) AS rec_from, max(rec) AS rec_to
  FROM ${t("group_members")}
  WHERE kind = 'proposal'
  GROUP BY pass_key
) p
JOIN ${records} a ON a.rec = p.rec_from
JOIN ${records} b ON b.rec = p.rec_to`,
      ),
      ...this.#create(
        "pass_links",
        `SELECT pass_key, rec_from, rec_to FROM ${t("pair_decisions")} WHERE outcome = 'merge'`,
      ),
      ...this.#create(
        "merges",
        `SELECT rec_from AS cl, rec_from AS comp FROM ${t("pair_decisions")} WHERE outcome = 'merge'
UNION ALL
SELECT rec_to AS cl, rec_from AS comp FROM ${t("pair_decisions")} WHERE outcome = 'merge'`,
      ),
      ...this.#create(
        "merged_facts",
        `SELECT rec_from AS cl, 2 AS cl_size, CAST(3 AS BIGINT) AS cl_mask${vetoes}
FROM ${t("pair_decisions")}
WHERE outcome = 'merge'`,
      ),
      ...this.#create(
        "pass_ambiguities",
        `SELECT pass_key, kind AS reason, rec FROM ${t("group_members")} WHERE kind <> 'proposal'`,
      ),
    ];
  }

  /** 5. Components: every touched cluster starts labelled by itself. */
  componentSeed(): string[] {
    return this.#create(
      "labels",
      `SELECT DISTINCT cl, cl AS comp
FROM ${this.#table("proposal_clusters")}`,
    );
  }

  /**
   * One round of the components' labels: each proposal takes the smallest label of its clusters,
   * each cluster the smallest label of its proposals, then every label jumps to its own label's
   * label. Labels only decrease and always name a cluster of the same component; when a round
   * changes nothing (`label_changes.changed` is 0) each component carries its smallest cluster.
   */
  componentRound(): string[] {
    const t = this.#table;
    return [
      ...this.#create(
        "proposal_labels",
        `SELECT pc.pass_key, min(lb.comp) AS comp
FROM ${t("proposal_clusters")} pc
JOIN ${t("labels")} lb ON lb.cl = pc.cl
GROUP BY pc.pass_key`,
      ),
      ...this.#create(
        "labels_next",
        `SELECT pc.cl, min(pl.comp) AS comp
FROM ${t("proposal_clusters")} pc
JOIN ${t("proposal_labels")} pl ON pl.pass_key = pc.pass_key
GROUP BY pc.cl`,
      ),
      ...this.#create(
        "labels_jumped",
        `SELECT a.cl, b.comp
FROM ${t("labels_next")} a
JOIN ${t("labels_next")} b ON b.cl = a.comp`,
      ),
      ...this.#create(
        "label_changes",
        `SELECT count(*) AS changed
FROM ${t("labels_jumped")} j
JOIN ${t("labels")} lb ON lb.cl = j.cl
WHERE j.comp <> lb.comp`,
      ),
      ...this.#create("labels", `SELECT cl, comp\nFROM ${t("labels_jumped")}`),
    ];
  }

  /** The component of each proposal, once the labels are stable. */
  componentsOfProposals(): string[] {
    const t = this.#table;
    return this.#create(
      "proposal_components",
      `SELECT pc.pass_key, min(lb.comp) AS comp
FROM ${t("proposal_clusters")} pc
JOIN ${t("labels")} lb ON lb.cl = pc.cl
GROUP BY pc.pass_key`,
    );
  }

  /**
   * 5. Each component decided as a whole: `conflict` when the merged cluster would hold two records
   * of one source (link mode), `vetoed` when two of its clusters bring different values of a veto;
   * then the outcome: `merge`, `vetoed` (one proposal, counted) or `conflict` (each proposal an
   * ambiguity).
   */
  decisions(pass: PassLimits): string[] {
    const d = this.#dialect;
    const t = this.#table;
    const conflict = this.#shape.capacity
      ? `sum(f.cl_size) > ${d.bitCount(d.bitOrAgg("f.cl_mask"))}`
      : "FALSE";
    // Two distinct values among single-valued clusters: their smallest and largest differ.
    const vetoes = pass.vetoes.map(
      (v) =>
        `(sum(CASE WHEN f.veto_${v}_n > 0 THEN 1 ELSE 0 END) > 1
    AND (max(f.veto_${v}_n) > 1 OR min(f.veto_${v}) <> max(f.veto_${v})))`,
    );
    const vetoed = vetoes.length === 0 ? "FALSE" : vetoes.join("\n    OR ");
    return [
      ...this.#create(
        "component_clusters",
        `SELECT DISTINCT pc.comp, c.cl
FROM ${t("proposal_clusters")} c
JOIN ${t("proposal_components")} pc ON pc.pass_key = c.pass_key`,
      ),
      ...this.#create(
        "decisions",
        `SELECT comp, proposals,
  CASE WHEN conflict THEN 'conflict' WHEN vetoed AND proposals = 1 THEN 'vetoed'
    WHEN vetoed THEN 'conflict' ELSE 'merge' END AS outcome
FROM (
  SELECT cc.comp, np.proposals, ${conflict} AS conflict, ${vetoed} AS vetoed
  FROM ${t("component_clusters")} cc
  JOIN ${t("cluster_facts")} f ON f.cl = cc.cl
  JOIN (
    SELECT comp, count(*) AS proposals FROM ${t("proposal_components")} GROUP BY comp
  ) np ON np.comp = cc.comp
  GROUP BY cc.comp, np.proposals
) decided`,
      ),
    ];
  }

  /**
   * 6. Links of merging proposals: from the proposal's first record (the hub) to the first record
   * of every other cluster it joins; the merges (each touched cluster to its component, named by
   * its smallest cluster) and the facts of the merged clusters; and the ambiguities of the pass.
   */
  outcomes(): string[] {
    const d = this.#dialect;
    const t = this.#table;
    // Distinct values of a merged cluster: two or more if a cluster had several or two differ.
    const vetoes = Array.from({ length: this.#shape.vetoCount }, (_, v) => {
      const count = `CASE WHEN max(f.veto_${v}_n) > 1 OR min(f.veto_${v}) <> max(f.veto_${v}) THEN 2
    WHEN count(f.veto_${v}) = 0 THEN 0 ELSE 1 END`;
      return `CASE WHEN ${count} = 1 THEN max(f.veto_${v}) END AS veto_${v},\n  ${count} AS veto_${v}_n`;
    });
    return [
      ...this.#create(
        "firsts",
        `SELECT m.pass_key, m.cl, min(m.rec) AS first_rec
FROM ${t("group_members")} m
JOIN ${t("proposal_components")} pc ON pc.pass_key = m.pass_key
JOIN ${t("decisions")} dc ON dc.comp = pc.comp
WHERE dc.outcome = 'merge'
GROUP BY m.pass_key, m.cl`,
      ),
      ...this.#create(
        "pass_links",
        `SELECT f.pass_key, h.hub AS rec_from, f.first_rec AS rec_to
FROM ${t("firsts")} f
JOIN (SELECT pass_key, min(first_rec) AS hub FROM ${t("firsts")} GROUP BY pass_key) h
  ON h.pass_key = f.pass_key
WHERE f.first_rec <> h.hub`,
      ),
      ...this.#create(
        "merges",
        `SELECT cc.cl, cc.comp
FROM ${t("component_clusters")} cc
JOIN ${t("decisions")} dc ON dc.comp = cc.comp
WHERE dc.outcome = 'merge'`,
      ),
      ...this.#create(
        "merged_facts",
        `SELECT m.comp AS cl, sum(f.cl_size) AS cl_size, ${d.bitOrAgg("f.cl_mask")} AS cl_mask${vetoes
          .map((column) => `,\n  ${column}`)
          .join("")}
FROM ${t("merges")} m
JOIN ${t("cluster_facts")} f ON f.cl = m.cl
GROUP BY m.comp`,
      ),
      ...this.#create(
        "pass_ambiguities",
        `SELECT m.pass_key, m.kind AS reason, m.rec
FROM ${t("group_members")} m
WHERE m.kind <> 'proposal'
UNION ALL
SELECT m.pass_key, 'conflict' AS reason, m.rec
FROM ${t("group_members")} m
JOIN ${t("proposal_components")} pc ON pc.pass_key = m.pass_key
JOIN ${t("decisions")} dc ON dc.comp = pc.comp
WHERE dc.outcome = 'conflict'`,
      ),
    ];
  }

  /**
   * The statistics of the pass, one row: eligible records, distinct keys, links, ambiguities
   * (groups), vetoed proposals and groups rejected on frequency.
   */
  statisticsSelect(): string {
    const t = this.#table;
    const decided = this.#shape.components
      ? {
          conflicts: `(SELECT count(*) FROM ${t("proposal_components")} pc
       JOIN ${t("decisions")} dc ON dc.comp = pc.comp WHERE dc.outcome = 'conflict')`,
          vetoed: `(SELECT count(*) FROM ${t("decisions")} WHERE outcome = 'vetoed')`,
        }
      : {
          conflicts: "0",
          vetoed: `(SELECT count(*) FROM ${t("pair_decisions")} WHERE outcome = 'vetoed')`,
        };
    return `SELECT
  (SELECT coalesce(sum(group_size), 0) FROM ${t("key_groups")}) AS eligible,
  (SELECT count(*) FROM ${t("key_groups")}) AS distinct_keys,
  (SELECT count(*) FROM ${t("pass_links")}) AS links,
  (SELECT count(*) FROM ${t("groups")} WHERE kind <> 'proposal') + ${decided.conflicts} AS ambiguities,
  ${decided.vetoed} AS vetoed,
  (SELECT count(*) FROM ${t("groups")} WHERE kind = 'keyFrequency') AS frequency_rejected`;
  }
}
