// Checking the options of validateStream once, up front: a wrong option is a programming error,
// thrown at once as a TypeError, not a problem of the input.
import type { Locale } from "../issue.js";
import type { CsvColumnType, StreamFormat, StreamOptions } from "./types.js";

/** The default size limit of one record: 16 MiB. */
export const DEFAULT_MAX_RECORD_BYTES = 16 * 1024 * 1024;

export interface Settings {
  readonly format: StreamFormat;
  readonly locale: Locale;
  readonly maxRecordBytes: number;
  readonly delimiter: string;
  readonly columnTypes: ReadonlyMap<string, CsvColumnType>;
}

const FORMATS: readonly string[] = ["json", "ndjson", "csv"];
const COLUMN_TYPES: readonly string[] = ["string", "number", "integer", "boolean", "json"];

function fail(message: string): never {
  throw new TypeError(`validateStream: ${message}`);
}

/** The settings the options ask for, or a TypeError. */
export function resolveOptions(options: StreamOptions): Settings {
  if (typeof options !== "object" || options === null) fail("options are required.");
  const { format, locale, maxRecordBytes = DEFAULT_MAX_RECORD_BYTES, csv = {} } = options;
  if (!FORMATS.includes(format)) fail('format must be "json", "ndjson" or "csv".');
  if (!Number.isSafeInteger(maxRecordBytes) || maxRecordBytes < 1) {
    fail("maxRecordBytes must be a positive integer.");
  }
  if (typeof csv !== "object" || csv === null) fail("csv must be an object.");
  const { delimiter = ",", columnTypes = {} } = csv;
  if (
    typeof delimiter !== "string" ||
    delimiter.length !== 1 ||
    delimiter === '"' ||
    delimiter === "\r" ||
    delimiter === "\n" ||
    /[\uD800-\uDFFF]/.test(delimiter)
  ) {
    fail('csv.delimiter must be one character other than a quote, CR or LF (e.g. ";" or "\\t").');
  }
  if (typeof columnTypes !== "object" || columnTypes === null) {
    fail("csv.columnTypes must be an object.");
  }
  const types = new Map<string, CsvColumnType>();
  for (const [column, type] of Object.entries(columnTypes)) {
    if (!COLUMN_TYPES.includes(type)) {
      fail(`csv.columnTypes["${column}"] must be one of ${COLUMN_TYPES.join(", ")}.`);
    }
    types.set(column.trim(), type);
  }
  return {
    format,
    locale: locale === "en" ? "en" : "vi",
    maxRecordBytes,
    delimiter,
    columnTypes: types,
  };
}
