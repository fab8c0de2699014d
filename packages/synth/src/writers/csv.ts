// CSV (RFC 4180): one row per record envelope, nested fields flattened to dot paths
// (`data.birthName.fullName`), array items by index (`data.nationality.0`).
import type { ExtractedRecord } from "../extract/types.js";

/** Options of `toCsv`. */
export interface CsvOptions {
  /**
   * The columns (dot paths of the envelope), in order. Without them, every record is read first
   * to collect the columns in order of first appearance: give them to stream large extracts.
   */
  readonly columns?: readonly string[];
}

/** The leaves of a value as `[dot path, text]`, in property order. */
export function flatten(value: unknown, prefix = ""): [string, string][] {
  const out: [string, string][] = [];
  const visit = (item: unknown, path: string): void => {
    if (item === null || item === undefined) {
      if (path !== "") out.push([path, ""]);
    } else if (Array.isArray(item)) {
      for (let index = 0; index < item.length; index++)
        visit(item[index], path === "" ? String(index) : `${path}.${index}`);
    } else if (typeof item === "object") {
      for (const [key, element] of Object.entries(item))
        visit(element, path === "" ? key : `${path}.${key}`);
    } else {
      out.push([path, String(item)]);
    }
  };
  visit(value, prefix);
  return out;
}

/** One CSV field, quoted when it holds a quote, a comma, a line break or edge spaces. */
export function csvField(text: string): string {
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One CSV line (fields quoted as needed, CRLF at the end). */
export function csvLine(fields: readonly string[]): string {
  return `${fields.map(csvField).join(",")}\r\n`;
}

/** The envelopes' columns in order of first appearance. */
export function csvColumns(records: Iterable<ExtractedRecord>): string[] {
  const columns = new Set<string>();
  for (const record of records) for (const [path] of flatten(record.envelope)) columns.add(path);
  return [...columns];
}

/**
 * The records as CSV lines: a header row of the columns, then one row per record envelope. Fields
 * a record does not have are empty.
 */
export async function* toCsv(
  records: Iterable<ExtractedRecord> | AsyncIterable<ExtractedRecord>,
  options: CsvOptions = {},
): AsyncIterable<string> {
  let columns = options.columns;
  let rows: Iterable<ExtractedRecord> | AsyncIterable<ExtractedRecord> = records;
  if (columns === undefined) {
    const all: ExtractedRecord[] = [];
    for await (const record of records) all.push(record);
    columns = csvColumns(all);
    rows = all;
  }
  yield csvLine(columns);
  for await (const record of rows) {
    const values = new Map(flatten(record.envelope));
    yield csvLine(columns.map((column) => values.get(column) ?? ""));
  }
}
