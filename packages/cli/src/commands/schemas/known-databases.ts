// The database codes of the schemas (the catalog's, and `common`).
import { listSchemas } from "@ndcvn/schemas";
import { CliError } from "../../framework/cli-error.js";
import { closest } from "../../framework/suggest.js";

/** Every database code that has schemas. */
export function schemaDatabases(): string[] {
  return [...new Set(listSchemas().map((summary) => summary.database))];
}

/** The database a user named, or `unknown_database` with close codes. */
export function resolveDatabase(typed: string): string {
  const databases = schemaDatabases();
  const found = databases.find((d) => d === typed.trim().toLowerCase());
  if (found) return found;
  throw new CliError(
    "unknown_database",
    { database: typed },
    { suggestions: closest(typed, databases) },
  );
}
