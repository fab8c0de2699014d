// `ndc schemas export <dir>`: every JSON Schema document as a file, with the catalog and an index,
// for validators in other languages. `$ref`s are absolute `$id`s: load every file into the
// validator and they resolve.
import path from "node:path";
import { catalog, findSchema, listSchemas } from "@ndcvn/schemas";
import { defineCommand } from "../../framework/command.js";
import { EXIT_CODES } from "../../framework/exit-codes.js";
import { formatNumber } from "../../framework/format-number.js";
import { say } from "../../framework/locale.js";
import { makeFolder, writeTextFile } from "../../framework/output-file.js";
import { SCHEMA_BASE, shortName } from "../../standard/resolve-schema.js";
import { loadSchemaDocuments } from "../../standard/schema-documents.js";
import { schemasMessages as m } from "./schemas-messages.js";

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

export const schemasExportCommand = defineCommand({
  name: "export",
  summary: m.exportSummary,
  usage: "<dir>",
  arguments: [{ name: "dir", description: m.argDir }],
  options: {},
  examples: ["ndc schemas export ./ndc-schemas"],
  async run({ io, locale, args }) {
    const folder = args[0] as string;
    const documents = await loadSchemaDocuments();
    await makeFolder(folder, io);
    const summaries = listSchemas();
    for (const database of new Set(summaries.map((s) => s.database))) {
      await makeFolder(path.join(folder, database), io);
    }
    for (const summary of summaries) {
      const document = documents.get(summary.id);
      if (!document) continue;
      // The newest version takes the package's file name; an older one keeps its version.
      const newest = findSchema(`${SCHEMA_BASE}${shortName(summary)}`)?.id === summary.id;
      const file = newest
        ? `${summary.name}.schema.json`
        : `${summary.name}.${summary.version}.schema.json`;
      await writeTextFile(path.join(folder, summary.database, file), json(document), io);
    }
    await writeTextFile(path.join(folder, "catalog.json"), json(catalog), io);
    await writeTextFile(path.join(folder, "index.json"), json(summaries), io);
    io.stdout.write(
      `${say(m.exported, locale, { count: formatNumber(summaries.length, locale), path: folder })}\n`,
    );
    return EXIT_CODES.ok;
  },
});
