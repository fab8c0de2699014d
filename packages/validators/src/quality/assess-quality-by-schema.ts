import { getSchema, listSchemas } from "@ndcvn/schemas";
import { createValidator, type SchemaId } from "../payload/create-validator.js";
import { assessRecords } from "./assess-quality.js";
import type { JsonSchemaObject, QualityOptions, QualityReport } from "./types.js";

/** Options of `assessQuality` by schema id: the validator and documents come from the standard. */
export type SchemaQualityOptions = Omit<QualityOptions, "validator" | "document" | "documents">;

/** The records to assess: an array, any iterable, or an async iterable (a stream). */
export type QualityRecords = Iterable<unknown> | AsyncIterable<unknown>;

async function documentsOfStandard(): Promise<Map<string, JsonSchemaObject>> {
  const documents = new Map<string, JsonSchemaObject>();
  for (const summary of listSchemas()) {
    const document = await getSchema(summary.id);
    if (document) documents.set(summary.id, document as unknown as JsonSchemaObject);
  }
  return documents;
}

/**
 * Score a dataset on the four NDC dimensions — correct (đúng), sufficient (đủ), clean (sạch), live
 * (sống) — against a schema of the standard given by `$id`; or, with options holding a `validator`
 * and a `document`, against any schema (see `assessRecords`). Records stream through: memory grows
 * with distinct keys, not with records. Rejects with `UnknownSchemaError` for an id that is not in
 * the standard.
 *
 * @example
 * ```ts
 * import { assessQuality, renderQualityReport } from "@ndcvn/validators";
 * const report = await assessQuality(records, "https://schemas.ndcvn.org/population/Citizen/1.0.0", {
 *   now: "2026-11-27T00:00:00+07:00",
 *   freshnessDays: 365,
 * });
 * report.scores; // { overall: …, correct: …, sufficient: …, clean: …, live: … }
 * const html = renderQualityReport(report, { locale: "vi" });
 * ```
 */
export async function assessQuality(
  records: QualityRecords,
  schemaId: SchemaId,
  options: SchemaQualityOptions,
): Promise<QualityReport>;
export async function assessQuality(
  records: QualityRecords,
  options: QualityOptions,
): Promise<QualityReport>;
export async function assessQuality(
  records: QualityRecords,
  schemaOrOptions: SchemaId | QualityOptions,
  options?: SchemaQualityOptions,
): Promise<QualityReport> {
  if (typeof schemaOrOptions !== "string") return assessRecords(records, schemaOrOptions);
  const validator = createValidator(schemaOrOptions);
  const documents = await documentsOfStandard();
  const document = documents.get(validator.schemaId);
  if (!document)
    throw new TypeError(
      `assessQuality: không tải được lược đồ / cannot load the schema ${validator.schemaId}`,
    );
  return assessRecords(records, {
    ...(options as SchemaQualityOptions),
    validator,
    document,
    documents: (id) => documents.get(id),
  });
}
