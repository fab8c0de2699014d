// Everything generated in @ndcvn/schemas, from schemas/**/*.schema.json.
import { GENERATED_BANNER } from "../../../scripts/generated-files.mjs";
import { generateDocumentModules } from "./generate-documents.mjs";
import { generateTypes } from "./generate-types.mjs";
import { loadDocuments } from "./load-documents.mjs";

/** @param {string} packageDir */
export async function generate(packageDir) {
  const documents = await loadDocuments(packageDir);
  const files = new Map();
  files.set("src/generated/types.ts", await generateTypes(documents, GENERATED_BANNER));
  for (const [file, content] of generateDocumentModules(documents, GENERATED_BANNER)) {
    files.set(file, content);
  }
  return { roots: ["src/generated"], files };
}
