// Every schema document of the standard, loaded once: `$ref`s between documents are absolute `$id`s,
// so reading one document's fields needs the common ones too.
import { getSchema, listSchemas, type SchemaDocument } from "@ndcvn/schemas";

let loading: Promise<ReadonlyMap<string, SchemaDocument>> | undefined;

/** The documents by `$id`. */
export function loadSchemaDocuments(): Promise<ReadonlyMap<string, SchemaDocument>> {
  loading ??= (async () => {
    const documents = new Map<string, SchemaDocument>();
    for (const summary of listSchemas()) {
      const document = await getSchema(summary.id);
      if (document) documents.set(summary.id, document);
    }
    return documents;
  })();
  return loading;
}
