// Lazily normalised fields: the raw values a pass needs that no earlier pass normalised are read out
// of DuckDB once each, normalised here with the field's normalisers, and written back into the
// field's dictionary (raw value → normalised value, or NULL when the value is missing).
import { normaliseValue } from "../normalise/normalised-source.js";
import { acceptsRaw } from "../normalise/normaliser.js";
import type { FieldPlan } from "../normalise/plan.js";
import { ChunkAppender } from "./chunk-appender.js";
import type { LinkageDatabase } from "./database.js";
import { decodeRaw, encodeValue } from "./value-encoding.js";

/** Create an empty dictionary table. */
export function dictionaryTable(db: LinkageDatabase, table: string): string {
  return `CREATE TABLE ${db.table(table)} (raw VARCHAR, value VARCHAR)`;
}

function normalised(field: FieldPlan, stored: string): string | null {
  const raw = decodeRaw(stored);
  if (!acceptsRaw(field.accepts, raw)) return null;
  const value = normaliseValue(field, raw);
  return value === null ? null : encodeValue(value);
}

/**
 * Add to the dictionary every raw value of `select` (a query of one column `raw`) it lacks.
 * Returns the milliseconds spent normalising.
 */
export async function fillDictionary(
  db: LinkageDatabase,
  dictionary: string,
  field: FieldPlan,
  select: string,
): Promise<number> {
  const missing: string[] = [];
  await db.chunks(
    `SELECT q.raw FROM (${select}) q
WHERE NOT EXISTS (SELECT 1 FROM ${db.table(dictionary)} d WHERE d.raw = q.raw)`,
    (chunk) => {
      const vector = chunk.getColumnVector(0);
      for (let k = 0; k < chunk.rowCount; k++) missing.push(vector.getItem(k) as string);
    },
  );
  if (missing.length === 0) return 0;
  const start = performance.now();
  const values = missing.map((stored) => normalised(field, stored));
  const ms = performance.now() - start;
  const appender = new ChunkAppender(
    db.module,
    await db.appender(dictionary),
    ["varchar", "varchar"],
    `normalise ${field.name}`,
  );
  missing.forEach((stored, k) => {
    appender.set(0, stored);
    appender.set(1, values[k] ?? null);
    appender.endRow();
  });
  appender.close();
  return ms;
}
