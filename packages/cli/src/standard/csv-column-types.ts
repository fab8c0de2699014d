// The type each CSV column is converted to before validation, read from the schema: a CSV cell is
// text, but `version` must be an integer and `benefitLevel` a number. A column of an envelope
// (`schema`, `updatedAt`, `data.*`, as @ndcvn/synth writes them) is looked up in RecordEnvelope,
// and `data.x.y` at `x.y` of the record's schema.
import type { CsvColumnType } from "@ndcvn/validators";
import { dereference, nodesAt, type SchemaNode, type SchemaResolver } from "./schema-walk.js";

function typeOf(node: SchemaNode, resolve: SchemaResolver): CsvColumnType | undefined {
  const type = dereference(node, resolve).type;
  const types = (Array.isArray(type) ? type : [type]).filter((t) => t !== "null");
  if (types.length !== 1) return undefined;
  switch (types[0]) {
    case "integer":
      return "integer";
    case "number":
      return "number";
    case "boolean":
      return "boolean";
    // A column naming a whole object or array holds its JSON.
    case "object":
    case "array":
      return "json";
    default:
      return undefined;
  }
}

function columnType(
  roots: readonly SchemaNode[],
  segments: readonly string[],
  resolve: SchemaResolver,
): CsvColumnType | undefined {
  const found = new Set<CsvColumnType | undefined>();
  for (const node of roots.flatMap((root) => nodesAt(root, segments, resolve))) {
    const type = typeOf(node, resolve);
    if (type !== undefined || node.type !== undefined) found.add(type);
  }
  // Branches that disagree (a string or a number) leave the cell as text.
  return found.size === 1 ? [...found][0] : undefined;
}

/** Whether a header is an envelope's: `schema`, `updatedAt` and `data.*` columns. */
export function isEnvelopeHeader(columns: readonly string[]): boolean {
  const names = new Set(columns.map((column) => column.trim()));
  return (
    names.has("schema") &&
    names.has("updatedAt") &&
    columns.some((c) => c.trim().startsWith("data."))
  );
}

/**
 * The types of the columns that are not text, by column name as in the header. `records` are the
 * schemas the records may follow: one, or every schema when each envelope names its own (a column
 * then takes a type only where those schemas that have it agree).
 */
export function csvColumnTypes(
  columns: readonly string[],
  records: readonly SchemaNode[],
  envelope: SchemaNode | undefined,
  resolve: SchemaResolver,
): Record<string, CsvColumnType> {
  const types: Record<string, CsvColumnType> = {};
  const enveloped = envelope !== undefined && isEnvelopeHeader(columns);
  for (const raw of columns) {
    const name = raw.trim();
    const segments = name.split(".");
    let type: CsvColumnType | undefined;
    if (!enveloped) type = columnType(records, segments, resolve);
    else if (segments[0] === "data") type = columnType(records, segments.slice(1), resolve);
    else type = columnType([envelope], segments, resolve);
    if (type !== undefined) types[name] = type;
  }
  return types;
}
