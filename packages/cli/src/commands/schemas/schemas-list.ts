// `ndc schemas list`: the schemas of the standard, as a table or JSON.
import { listSchemas } from "@ndcvn/schemas";
import { defineCommand } from "../../framework/command.js";
import { EXIT_CODES } from "../../framework/exit-codes.js";
import { formatNumber } from "../../framework/format-number.js";
import { say } from "../../framework/locale.js";
import { renderTable } from "../../framework/table.js";
import { shortName } from "../../standard/resolve-schema.js";
import { resolveDatabase } from "./known-databases.js";
import { schemasMessages as m } from "./schemas-messages.js";

export const schemasListCommand = defineCommand({
  name: "list",
  summary: m.listSummary,
  usage: "[--database <code>] [--json]",
  arguments: [],
  options: {
    database: { type: "string", short: "d", value: "<code>", description: m.optDatabase },
    json: { type: "boolean", description: m.optJson },
  },
  examples: ["ndc schemas list", "ndc schemas list --database insurance --json"],
  async run({ io, locale, options }) {
    const database = options.database === undefined ? undefined : resolveDatabase(options.database);
    const schemas = listSchemas().filter((s) => database === undefined || s.database === database);
    if (options.json) {
      io.stdout.write(`${JSON.stringify(schemas, null, 2)}\n`);
      return EXIT_CODES.ok;
    }
    io.stdout.write(
      renderTable({
        header: [
          say(m.schema, locale),
          say(m.version, locale),
          say(m.title, locale),
          say(m.labelVi, locale),
        ],
        rows: schemas.map((s) => [shortName(s), s.version, s.title, s.labelVi]),
      }),
    );
    io.stdout.write(`${say(m.count, locale, { count: formatNumber(schemas.length, locale) })}\n`);
    return EXIT_CODES.ok;
  },
});
