import { documentLoaders, schemaIndex } from "./generated/schema-index.js";
import type { SchemaDocument, SchemaSummary } from "./schema-document.js";

/**
 * Every schema document of the standard, as summaries (the documents themselves load on demand).
 *
 * @example
 * ```ts
 * import { listSchemas } from "@ndcvn/schemas";
 * listSchemas().filter((s) => s.database === "common").map((s) => s.name); // ["PartialDate", "PersonName", …]
 * ```
 */
export function listSchemas(): readonly SchemaSummary[] {
  return schemaIndex;
}

/**
 * Load one schema document by its `$id`. The `$id` may omit the version
 * (`https://schemas.ndcvn.org/common/PersonName`), which means the newest version.
 * Only the documents of that database are loaded. Resolves to `undefined` for an unknown id.
 *
 * @example
 * ```ts
 * import { getSchema } from "@ndcvn/schemas";
 * const doc = await getSchema("https://schemas.ndcvn.org/common/PersonName/1.0.0");
 * doc?.title; // "PersonName"
 * ```
 */
export async function getSchema(id: string): Promise<SchemaDocument | undefined> {
  const summary = findSchema(id);
  if (!summary) return undefined;
  const load = documentLoaders[summary.database];
  if (!load) return undefined;
  const { documents } = await load();
  return documents.find((document) => document.$id === summary.id);
}

/** The summary of the document with this `$id` (newest version when the id has none). */
export function findSchema(id: string): SchemaSummary | undefined {
  if (typeof id !== "string") return undefined;
  const exact = schemaIndex.find((summary) => summary.id === id);
  if (exact) return exact;
  const prefix = `${id.replace(/\/$/, "")}/`;
  let newest: SchemaSummary | undefined;
  for (const summary of schemaIndex) {
    if (
      summary.id.startsWith(prefix) &&
      (!newest || compareVersions(summary.version, newest.version) > 0)
    ) {
      newest = summary;
    }
  }
  return newest;
}

function compareVersions(a: string, b: string): number {
  const left = a.split(".").map(Number);
  const right = b.split(".").map(Number);
  for (let i = 0; i < 3; i++) {
    const difference = (left[i] ?? 0) - (right[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}
