// The generated files of @ndcvn/client: the contract bundled into one self-contained OpenAPI 3.1
// document (as JSON, and as a TypeScript module exporting it), and its TypeScript types made by
// openapi-typescript. Sources: openapi/ndc-sharing-api.yaml and, from @ndcvn/schemas, the schema
// documents, databases.json (the catalog) and the code lists — read as the schemas generator reads
// them, so that the result does not depend on which package is generated first.
import { readFile } from "node:fs/promises";
import path from "node:path";
import openapiTS, { astToString } from "openapi-typescript";
import { parse } from "yaml";
import { GENERATED_BANNER } from "../../../scripts/generated-files.mjs";
import {
  buildCatalog,
  nationalDatabasesCodeList,
} from "../../schemas/scripts/generate-catalog.mjs";
import { loadCodeLists } from "../../schemas/scripts/load-codelists.mjs";
import { loadDocuments } from "../../schemas/scripts/load-documents.mjs";
import { bundleContract } from "./bundle.mjs";

export const CONTRACT_FILE = "openapi/ndc-sharing-api.yaml";

/** Load the contract and bundle it. @param {string} packageDir */
export async function bundle(packageDir) {
  const schemasDir = path.join(packageDir, "..", "schemas");
  const documents = await loadDocuments(schemasDir);
  const databases = JSON.parse(await readFile(path.join(schemasDir, "databases.json"), "utf8"));
  const catalog = buildCatalog(databases, documents);
  const databaseList = nationalDatabasesCodeList(databases);
  const codeLists = new Map(
    [...(await loadCodeLists(schemasDir, { exclude: [databaseList.name] })), databaseList]
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((list) => [list.name, list]),
  );
  const contract = parse(await readFile(path.join(packageDir, CONTRACT_FILE), "utf8"));
  const banner = `${GENERATED_BANNER.replace(/^\/\/ */, "").replace(/Source: .*$/, "")}Source: packages/client/${CONTRACT_FILE} and the JSON Schema documents of @ndcvn/schemas.`;
  return bundleContract(contract, { documents, catalog, codeLists, banner });
}

/** @param {string} packageDir */
export async function generate(packageDir) {
  const document = await bundle(packageDir);
  const json = JSON.stringify(document, null, 2);
  const header = `${GENERATED_BANNER}\n// The contract: packages/client/${CONTRACT_FILE}.\n`;
  const files = new Map();
  files.set("src/generated/openapi.json", `${json}\n`);
  files.set(
    "src/generated/openapi-document.ts",
    `${header}import type { OpenApiDocument } from "../openapi-document.js";\n\n` +
      "/**\n * The OpenAPI 3.1 contract of the NDC Sharing API, bundled: self-contained, with the schema\n" +
      " * documents it uses embedded under `components.schemas`.\n */\n" +
      `export const openApiDocument: OpenApiDocument = ${json};\n`,
  );
  // An object schema without properties (RecordEnvelope `data`) is any object, not an empty one.
  const ast = await openapiTS(structuredClone(document), {
    silent: true,
    emptyObjectsUnknown: true,
  });
  files.set("src/generated/openapi.ts", `${header}${astToString(ast)}`);
  return { roots: ["src/generated"], files };
}
