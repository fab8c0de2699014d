// CSV input: a header row naming the columns (as paths), then one record per row. Empty lines are
// skipped but counted. A header that cannot be used stops reading: it is reported as one record,
// the only one, with its problems and `stream_stopped`.
import type { CsvColumns } from "./csv-columns.js";
import { buildValue, readHeader } from "./csv-columns.js";
import { splitFields } from "./csv-fields.js";
import type { RowText } from "./csv-rows.js";
import { CsvRowSplitter } from "./csv-rows.js";
import type { Problem } from "./problem.js";
import { problem } from "./problem.js";
import type { ReadRecord, RecordReader } from "./read-record.js";
import { positionIn, tooLarge } from "./read-record.js";
import type { CsvColumnType } from "./types.js";
import { hasInvalidUtf8 } from "./utf8.js";

export class CsvReader implements RecordReader {
  readonly #delimiter: string;
  readonly #limit: number;
  readonly #columnTypes: ReadonlyMap<string, CsvColumnType>;
  readonly #rows: CsvRowSplitter;
  #columns: CsvColumns | undefined;

  constructor(
    delimiter: string,
    columnTypes: ReadonlyMap<string, CsvColumnType>,
    maxRecordBytes: number,
  ) {
    this.#delimiter = delimiter;
    this.#limit = maxRecordBytes;
    this.#columnTypes = columnTypes;
    this.#rows = new CsvRowSplitter(delimiter, maxRecordBytes);
  }

  *push(text: string): Generator<ReadRecord> {
    for (const row of this.#rows.push(text)) {
      const record = this.#record(row);
      if (record) yield record;
    }
  }

  *end(): Generator<ReadRecord> {
    const row = this.#rows.end();
    const record = row && this.#record(row);
    if (record) yield record;
  }

  /** The record of a row, or `undefined` for an empty line or a usable header. */
  #record(row: RowText): ReadRecord | undefined {
    const { text, line } = row;
    if (text === "") return undefined;
    const columns = this.#columns;
    if (columns === undefined) return this.#header(row);
    if (text === undefined) return tooLarge(line, this.#limit);
    if (hasInvalidUtf8(text)) return { line, problems: [problem("invalid_utf8")] };
    const { fields, error } = splitFields(text, this.#delimiter);
    if (error) {
      const at = positionIn(text, error.offset, line, 1);
      return { line, problems: [problem(error.code, { line: at.line, column: at.column })] };
    }
    if (fields.length !== columns.count) {
      return {
        line,
        problems: [problem("invalid_csv_row", { expected: columns.count, actual: fields.length })],
      };
    }
    const built = buildValue(columns, fields);
    return built.covered.length > 0
      ? { line, problems: built.problems, value: built.value, covered: built.covered }
      : { line, problems: built.problems, value: built.value };
  }

  /** Read the header row; a header that cannot be used is the one and last record. */
  #header(row: RowText): ReadRecord | undefined {
    const { text, line } = row;
    const stop = (problems: Problem[]): ReadRecord => ({
      line,
      problems: [...problems, problem("stream_stopped", { line })],
      last: true,
    });
    if (text === undefined) return stop([problem("record_too_large", { limit: this.#limit })]);
    if (hasInvalidUtf8(text)) return stop([problem("invalid_utf8")]);
    const { fields, error } = splitFields(text, this.#delimiter);
    if (error) {
      const at = positionIn(text, error.offset, line, 1);
      return stop([problem(error.code, { line: at.line, column: at.column })]);
    }
    const columns = readHeader(fields, this.#columnTypes);
    if (Array.isArray(columns)) return stop(columns);
    this.#columns = columns;
    return undefined;
  }
}
