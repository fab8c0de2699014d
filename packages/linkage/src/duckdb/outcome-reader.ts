// From the state DuckDB holds after the passes to the EngineOutcome of semantics.ts, in the JS
// engine's record numbering (source offset + input position), so that the JS engine's result
// builders make the results: the same objects, the same order, the same bytes.
import type {
  AmbiguityEvent,
  AmbiguityReason,
  EngineOutcome,
  PassStatistics,
} from "../engine/semantics.js";
import type { KeyedSource } from "../normalise/keyed-source.js";
import type { LinkageDatabase } from "./database.js";
import type { LoadedSource } from "./source-loader.js";
import { decodeKey } from "./value-encoding.js";

/** A source as the result builders read it: ids, their order, counts, and the agreed values. */
class StoredSource {
  readonly name: string;
  readonly mode: "cleartext" | "tokens";
  readonly ids: readonly string[];
  readonly order: Int32Array;
  readonly statistics: LoadedSource["statistics"];
  readonly #offset: number;
  readonly #agreed: AgreedValues;

  constructor(source: LoadedSource, offset: number, agreed: AgreedValues) {
    this.name = source.name;
    this.mode = source.mode;
    this.ids = source.ids;
    this.order = source.order;
    this.statistics = source.statistics;
    this.#offset = offset;
    this.#agreed = agreed;
  }

  get size(): number {
    return this.ids.length;
  }

  agreed(pass: number, index: number): Readonly<Record<string, string>> {
    return this.#agreed.of(pass, this.#offset + index);
  }
}

/** The key values of the records that the results explain (link hubs, an ambiguity's member). */
class AgreedValues {
  readonly #fields: readonly (readonly string[])[];
  readonly #keys: Map<number, string>[];

  constructor(fields: readonly (readonly string[])[]) {
    this.#fields = fields;
    this.#keys = fields.map(() => new Map());
  }

  set(pass: number, record: number, key: string | null): void {
    if (key !== null && (this.#fields[pass] as readonly string[]).length > 0)
      (this.#keys[pass] as Map<number, string>).set(record, key);
  }

  of(pass: number, record: number): Readonly<Record<string, string>> {
    const out: Record<string, string> = {};
    const key = this.#keys[pass]?.get(record);
    if (key === undefined) return out;
    const values = decodeKey(key);
    (this.#fields[pass] as readonly string[]).forEach((field, k) => {
      const value = values[k];
      if (value !== undefined) out[field] = value;
    });
    return out;
  }
}

const asNumber = (value: unknown) => Number(value as number | bigint);

/** Read the outcome of the passes. */
export async function readOutcome(
  db: LinkageDatabase,
  sources: readonly LoadedSource[],
  agreedFields: readonly (readonly string[])[],
  passes: readonly PassStatistics[],
): Promise<EngineOutcome> {
  const t = db.table;
  db.step("read results");
  const offsets: number[] = [];
  let total = 0;
  for (const source of sources) {
    offsets.push(total);
    total += source.ids.length;
  }
  // Record numbers in DuckDB follow the result order; here, the input order.
  const inputIndex = new Int32Array(total);
  sources.forEach((source, s) => {
    const offset = offsets[s] as number;
    source.order.forEach((i, rank) => {
      inputIndex[offset + rank] = offset + i;
    });
  });
  const at = (rec: unknown) => inputIndex[asNumber(rec)] as number;

  const cluster = new Int32Array(total);
  const clusterSize = new Int32Array(total).fill(1);
  for (let g = 0; g < total; g++) cluster[g] = g;
  await db.chunks(
    `SELECT m.rec, m.cl, x.cl_size FROM ${t("cluster_members")} m JOIN ${t("clusters")} x ON x.cl = m.cl`,
    (chunk) => {
      const [recs, cls, sizes] = [0, 1, 2].map((c) => chunk.getColumnVector(c));
      for (let k = 0; k < chunk.rowCount; k++) {
        const g = at(recs?.getItem(k));
        cluster[g] = at(cls?.getItem(k));
        clusterSize[g] = asNumber(sizes?.getItem(k));
      }
    },
  );

  const agreed = new AgreedValues(agreedFields);
  const withKeys = agreedFields.some((fields) => fields.length > 0);
  const linkFrom: number[] = [];
  const linkTo: number[] = [];
  const linkPass: number[] = [];
  await db.chunks(
    `SELECT pass, rec_from, rec_to${withKeys ? ", pass_key" : ""} FROM ${t("links")}`,
    (chunk) => {
      const vectors = Array.from({ length: chunk.columnCount }, (_, c) => chunk.getColumnVector(c));
      for (let k = 0; k < chunk.rowCount; k++) {
        const pass = asNumber(vectors[0]?.getItem(k));
        const from = at(vectors[1]?.getItem(k));
        linkPass.push(pass);
        linkFrom.push(from);
        linkTo.push(at(vectors[2]?.getItem(k)));
        if (withKeys) agreed.set(pass, from, vectors[3]?.getItem(k) as string | null);
      }
    },
  );

  // Ambiguities with a candidate: a record in no cluster, under its earliest ambiguity.
  const ambiguities: AmbiguityEvent[] = [];
  const firstAmbiguity = new Int32Array(total).fill(-1);
  let current:
    | { pass: number; key: string; reason: AmbiguityReason; members: number[] }
    | undefined;
  const close = () => {
    if (!current) return;
    ambiguities.push({ pass: current.pass, reason: current.reason, members: current.members });
    agreed.set(current.pass, current.members[0] as number, current.key);
  };
  await db.chunks(
    `WITH candidates AS (
  SELECT a.rec, min(a.pass) AS pass FROM ${t("ambiguity_members")} a
  WHERE NOT EXISTS (SELECT 1 FROM ${t("cluster_members")} m WHERE m.rec = a.rec)
  GROUP BY a.rec
), reported AS (
  SELECT DISTINCT a.pass, a.pass_key FROM ${t("ambiguity_members")} a
  JOIN candidates c ON c.rec = a.rec AND c.pass = a.pass
)
SELECT a.pass, a.pass_key, a.reason, a.rec, c.rec IS NOT NULL AS candidate
FROM ${t("ambiguity_members")} a
JOIN reported r ON r.pass = a.pass AND r.pass_key = a.pass_key
LEFT JOIN candidates c ON c.rec = a.rec AND c.pass = a.pass
ORDER BY a.pass, a.pass_key`,
    (chunk) => {
      const vectors = Array.from({ length: chunk.columnCount }, (_, c) => chunk.getColumnVector(c));
      for (let k = 0; k < chunk.rowCount; k++) {
        const pass = asNumber(vectors[0]?.getItem(k));
        const key = vectors[1]?.getItem(k) as string;
        if (!current || current.pass !== pass || current.key !== key) {
          close();
          const reason = vectors[2]?.getItem(k) as AmbiguityReason;
          current = { pass, key, reason, members: [] };
        }
        const g = at(vectors[3]?.getItem(k));
        current.members.push(g);
        if (vectors[4]?.getItem(k) === true) firstAmbiguity[g] = ambiguities.length;
      }
    },
  );
  close();

  // The result builders read only ids, order, names, modes, counts and agreed values of a source;
  // the keys themselves stay in DuckDB.
  const stored = sources.map((source, s) => new StoredSource(source, offsets[s] as number, agreed));
  return {
    sources: stored as unknown as KeyedSource[],
    offsets,
    total,
    cluster,
    clusterSize,
    linkFrom,
    linkTo,
    linkPass,
    ambiguities,
    firstAmbiguity,
    passes,
  };
}
