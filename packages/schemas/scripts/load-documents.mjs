// Reads every JSON Schema document under schemas/<database>/<RecordType>.schema.json.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

/** `https://schemas.ndcvn.org/<database>/<RecordType>/<version>` */
export const ID_PATTERN =
  /^https:\/\/schemas\.ndcvn\.org\/([a-z][a-z0-9-]*)\/([A-Z][A-Za-z0-9]*)\/(\d+\.\d+\.\d+)$/;

/**
 * @param {string} packageDir
 * @returns {Promise<{ file: string, database: string, name: string, version: string, document: any }[]>}
 */
export async function loadDocuments(packageDir) {
  const root = path.join(packageDir, "schemas");
  const documents = [];
  for (const database of (await readdir(root)).sort()) {
    const dir = path.join(root, database);
    for (const fileName of (await readdir(dir)).sort()) {
      if (!fileName.endsWith(".schema.json")) continue;
      const file = `schemas/${database}/${fileName}`;
      const document = JSON.parse(await readFile(path.join(dir, fileName), "utf8"));
      const match = ID_PATTERN.exec(document.$id ?? "");
      const name = fileName.slice(0, -".schema.json".length);
      if (!match || match[1] !== database || match[2] !== name) {
        throw new Error(
          `${file}: $id must be https://schemas.ndcvn.org/${database}/${name}/<version>, found ${document.$id}`,
        );
      }
      documents.push({ file, database, name, version: match[3], document });
    }
  }
  return documents;
}
