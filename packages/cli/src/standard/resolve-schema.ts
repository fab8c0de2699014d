// The schema a user names with --schema or `schemas show`: a full `$id`, an `$id` without version,
// `database/Type` or just `Type`. An unknown name is an error with the closest names.
import { findSchema, listSchemas, type SchemaSummary } from "@ndcvn/schemas";
import { resolveSchemaId } from "@ndcvn/validators";
import { CliError } from "../framework/cli-error.js";
import { closest } from "../framework/suggest.js";

/** Where every `$id` of the standard starts. */
export const SCHEMA_BASE = "https://schemas.ndcvn.org/";

/** The short name of a schema: `population/Citizen`. */
export function shortName(summary: Pick<SchemaSummary, "database" | "name">): string {
  return `${summary.database}/${summary.name}`;
}

function newest(summaries: readonly SchemaSummary[]): SchemaSummary | undefined {
  return summaries.length === 0
    ? undefined
    : findSchema(`${SCHEMA_BASE}${shortName(summaries[0] as SchemaSummary)}`);
}

function byName(name: string): SchemaSummary[] {
  const all = listSchemas();
  const exact = all.filter((summary) => summary.name === name);
  return exact.length > 0
    ? exact
    : all.filter((summary) => summary.name.toLowerCase() === name.toLowerCase());
}

/** Close short names of what was typed. */
export function schemaSuggestions(typed: string): string[] {
  const summaries = listSchemas();
  const shortNames = summaries.map(shortName);
  const tail = typed.replace(SCHEMA_BASE, "").replace(/\/\d+\.\d+\.\d+$/, "");
  const fromShort = closest(tail, shortNames);
  const fromName = closest(
    tail.split("/").pop() ?? tail,
    summaries.map((s) => s.name),
  ).flatMap((name) => summaries.filter((s) => s.name === name).map(shortName));
  return [...new Set([...fromShort, ...fromName])].slice(0, 3);
}

/**
 * The schema a user named. Throws `unknown_schema` (with close names) or `ambiguous_schema`.
 */
export function resolveSchemaArgument(typed: string): SchemaSummary {
  const text = typed.trim();
  let found = text === "" ? undefined : findSchema(text);
  if (!found && text !== "" && !text.includes("://")) {
    found = findSchema(`${SCHEMA_BASE}${text.replace(/^\/+/, "")}`);
  }
  if (!found && text !== "" && !text.includes("/")) {
    const matches = byName(text);
    const databases = new Set(matches.map((summary) => summary.database));
    if (databases.size > 1) {
      throw new CliError("ambiguous_schema", {
        id: typed,
        candidates: [...new Set(matches.map(shortName))].join(", "),
      });
    }
    found = newest(matches);
  }
  // The validators are built from the same documents; a schema they lack cannot be checked.
  if (!found || resolveSchemaId(found.id) === undefined) {
    throw new CliError(
      "unknown_schema",
      { id: typed },
      { suggestions: schemaSuggestions(text), schemas: true },
    );
  }
  return found;
}
