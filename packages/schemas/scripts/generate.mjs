// Everything generated in @ndcvn/schemas, from the schema documents, the code lists and
// databases.json: TypeScript types, document and code-list modules, the catalog, reference pages.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { GENERATED_BANNER } from "../../../scripts/generated-files.mjs";
import { buildCatalog, nationalDatabasesCodeList } from "./generate-catalog.mjs";
import { generateCodeListModules } from "./generate-codelists.mjs";
import { generateDocumentModules } from "./generate-documents.mjs";
import { generateReferencePages } from "./generate-reference.mjs";
import { generateTypes } from "./generate-types.mjs";
import { loadCodeLists } from "./load-codelists.mjs";
import { loadDocuments } from "./load-documents.mjs";

const json = (value) => `${JSON.stringify(value, null, 2)}\n`;

/** @param {string} packageDir */
export async function generate(packageDir) {
  const documents = await loadDocuments(packageDir);
  const databases = JSON.parse(await readFile(path.join(packageDir, "databases.json"), "utf8"));
  const catalog = buildCatalog(databases, documents);
  const databaseList = nationalDatabasesCodeList(databases);
  const codeLists = [
    ...(await loadCodeLists(packageDir, { exclude: [databaseList.name] })),
    databaseList,
  ].sort((a, b) => a.name.localeCompare(b.name));

  const files = new Map();
  files.set("src/generated/types.ts", await generateTypes(documents, GENERATED_BANNER));
  files.set(
    "src/generated/type-map.ts",
    `${GENERATED_BANNER}\nimport type * as T from "./types.js";\n\n` +
      "/** The TypeScript type of every document, by `$id`. */\nexport interface SchemaTypeMap {\n" +
      documents
        .map((entry) => `  ${JSON.stringify(entry.document.$id)}: T.${entry.document.title};`)
        .join("\n") +
      "\n}\n",
  );
  files.set("catalog.json", json(catalog));
  files.set(
    "src/generated/catalog.ts",
    `${GENERATED_BANNER}\nimport type { Catalog } from "../catalog.js";\n\nexport const catalog: Catalog = ${JSON.stringify(catalog, null, 2)};\n`,
  );
  files.set(`codelists/${databaseList.name}.json`, json(databaseList));
  for (const group of [
    generateDocumentModules(documents, GENERATED_BANNER),
    generateCodeListModules(codeLists, GENERATED_BANNER),
    generateReferencePages(catalog, documents, GENERATED_BANNER),
  ]) {
    for (const [file, content] of group) files.set(file, content);
  }
  return { roots: ["src/generated", "reference"], files };
}
