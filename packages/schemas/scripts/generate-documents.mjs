// The documents as TypeScript modules, one per database, so that a bundle loads only the databases
// it asks for; and a small index of every document that the main entry carries.

/** @param {{ database: string, name: string, version: string, document: any }[]} documents */
export function generateDocumentModules(documents, banner) {
  const files = new Map();
  const databases = [...new Set(documents.map((entry) => entry.database))];
  for (const database of databases) {
    const own = documents.filter((entry) => entry.database === database);
    const body = own.map((entry) => JSON.stringify(entry.document, null, 2)).join(",\n");
    files.set(
      `src/generated/documents/${database}.ts`,
      `${banner}\nimport type { SchemaDocument } from "../../schema-document.js";\n\n` +
        `export const documents: readonly SchemaDocument[] = [\n${body},\n];\n`,
    );
  }
  const index = documents.map((entry) => ({
    id: entry.document.$id,
    database: entry.database,
    name: entry.name,
    version: entry.version,
    title: entry.document.title,
    labelVi: entry.document["x-ndc-label-vi"],
  }));
  const loaders = databases
    .map((database) => `  ${JSON.stringify(database)}: () => import("./documents/${database}.js"),`)
    .join("\n");
  files.set(
    "src/generated/schema-index.ts",
    `${banner}\nimport type { SchemaDocument, SchemaSummary } from "../schema-document.js";\n\n` +
      `export const schemaIndex: readonly SchemaSummary[] = ${JSON.stringify(index, null, 2)};\n\n` +
      "export const documentLoaders: Readonly<\n" +
      "  Record<string, () => Promise<{ documents: readonly SchemaDocument[] }>>\n" +
      `> = {\n${loaders}\n};\n`,
  );
  return files;
}
