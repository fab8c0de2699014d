// Reads the data standard from the @ndcvn/schemas package as published: its catalog, its JSON
// Schema documents and its code lists. The schema reference is generated from these files only.
import { readdir, readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";

/**
 * @typedef {{ vi: string, en: string }} Bilingual
 */
/**
 * @typedef {object} CatalogDatabase
 * @property {string} code
 * @property {Bilingual} name
 * @property {Bilingual} managingBody
 * @property {string[]} legalBasis
 * @property {{ name: string, id: string, version: string, title: string, labelVi: string }[]} recordTypes
 */
/**
 * @typedef {{ database: string, name: string, file: string, document: Record<string, any> }} SchemaFile
 */
/**
 * @typedef {object} CodeList
 * @property {string} name
 * @property {Bilingual} title
 * @property {string} description
 * @property {string} source
 * @property {boolean} official false when the project assigned the codes
 * @property {string} confidence H, M or L
 * @property {Record<string, any>[]} entries
 */
/**
 * @typedef {object} SchemaData
 * @property {string} packageDir
 * @property {string} version the version of the schemas package
 * @property {{ databases: CatalogDatabase[] }} catalog
 * @property {SchemaFile[]} documents sorted by database, then record type
 * @property {CodeList[]} codeLists sorted by name
 */

/**
 * @param {string} dir
 * @param {string} suffix
 */
async function filesEndingWith(dir, suffix) {
  return (await readdir(dir)).filter((name) => name.endsWith(suffix)).sort();
}

/**
 * @param {string} file
 */
async function readJson(file) {
  return JSON.parse(await readFile(file, "utf8"));
}

/**
 * @param {string} docsDir the docs folder, whose package.json depends on the schemas package
 * @returns {Promise<SchemaData>}
 */
export async function loadSchemaData(docsDir) {
  const require = createRequire(path.join(docsDir, "package.json"));
  const packageDir = path.dirname(require.resolve("@ndcvn/schemas/package.json"));
  const { version } = await readJson(path.join(packageDir, "package.json"));
  const catalog = await readJson(path.join(packageDir, "catalog.json"));
  const schemasDir = path.join(packageDir, "schemas");
  /** @type {SchemaFile[]} */
  const documents = [];
  for (const database of (await readdir(schemasDir, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()) {
    for (const fileName of await filesEndingWith(path.join(schemasDir, database), ".schema.json")) {
      const file = `schemas/${database}/${fileName}`;
      const document = await readJson(path.join(packageDir, file));
      documents.push({ database, name: fileName.slice(0, -".schema.json".length), file, document });
    }
  }
  const codelistsDir = path.join(packageDir, "codelists");
  const codeLists = await Promise.all(
    (await filesEndingWith(codelistsDir, ".json")).map((file) =>
      readJson(path.join(codelistsDir, file)),
    ),
  );
  return { packageDir, version, catalog, documents, codeLists };
}
