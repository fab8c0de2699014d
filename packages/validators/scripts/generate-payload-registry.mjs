// The registry of payload validators: for every document $id, its zod schema, its fast path and its
// consistency rules. createValidator(id) looks documents up here.

/** @param {{ id: string, database: string, name: string, hasRules: boolean }[]} registry */
export function generatePayloadRegistry(registry, banner) {
  const databases = [...new Set(registry.map((entry) => entry.database))];
  const alias = (database) => database.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
  const imports = databases.flatMap((database) => [
    `import * as ${alias(database)}Zod from "./zod/${database}.js";`,
    `import { fastPaths as ${alias(database)}Fast } from "./fast-path/${database}.js";`,
  ]);
  const entries = registry.map(
    (entry) =>
      `  ${JSON.stringify(entry.id)}: {\n    schema: ${alias(entry.database)}Zod.${entry.name},\n` +
      `    fastPath: ${alias(entry.database)}Fast[${JSON.stringify(entry.id)}] as (data: unknown) => boolean,\n` +
      `    consistency: ${entry.hasRules ? `${alias(entry.database)}Zod.${entry.name}Consistency` : "[]"},\n  },`,
  );
  return (
    `${banner}\nimport type * as z from "zod";\nimport type { PayloadEntry } from "../payload/payload-entry.js";\n${imports.join("\n")}\n\n` +
    `/** Every document of @ndcvn/schemas with its compiled validators. */\n` +
    `export const payloadRegistry: Readonly<Record<string, PayloadEntry>> = {\n${entries.join("\n")}\n};\n\n` +
    "/** The output type of every document's zod schema, by `$id`. */\n" +
    "export interface PayloadTypeMap {\n" +
    registry
      .map(
        (entry) =>
          `  ${JSON.stringify(entry.id)}: z.output<typeof ${alias(entry.database)}Zod.${entry.name}>;`,
      )
      .join("\n") +
    "\n}\n"
  );
}
