// Batch validation of a stream of records: read incrementally, validate one record at a time,
// report every record in input order with its line.
import type { PayloadIssue, PayloadValidator } from "../payload/payload-issue.js";
import { CsvReader } from "./csv-reader.js";
import { JsonReader } from "./json-reader.js";
import { NdjsonReader } from "./ndjson-reader.js";
import type { Settings } from "./options.js";
import { resolveOptions } from "./options.js";
import { problem, toIssue } from "./problem.js";
import type { ReadRecord, RecordReader } from "./read-record.js";
import { isStreamSource, readText } from "./source.js";
import type { StreamOptions, StreamRecordResult, StreamSource } from "./types.js";

function createReader(settings: Settings): RecordReader {
  switch (settings.format) {
    case "json":
      return new JsonReader(settings.maxRecordBytes);
    case "ndjson":
      return new NdjsonReader(settings.maxRecordBytes);
    case "csv":
      return new CsvReader(settings.delimiter, settings.columnTypes, settings.maxRecordBytes);
  }
}

/** Whether a validator issue is at or under one of the paths. */
function isCovered(path: string, covered: readonly string[]): boolean {
  return covered.some((pointer) => path === pointer || path.startsWith(`${pointer}/`));
}

function validateRecord<T>(
  record: ReadRecord,
  index: number,
  validator: Pick<PayloadValidator<T>, "validate">,
  settings: Settings,
): StreamRecordResult<T> {
  const { line } = record;
  const locale = settings.locale;
  const issues: PayloadIssue[] = record.problems.map((found) => toIssue(found, locale));
  if (!("value" in record)) return { index, line, ok: false, issues };
  try {
    const result = validator.validate(record.value, { locale });
    const covered = record.covered;
    for (const issue of result.issues) {
      if (!covered || !isCovered(issue.path, covered)) issues.push(issue);
    }
    if (result.ok && record.problems.length === 0) {
      return { index, line, ok: true, issues, value: result.value };
    }
  } catch {
    // A validator is not supposed to throw; if one does, the record is reported, not lost.
    issues.push(toIssue(problem("internal_error"), locale));
  }
  return { index, line, ok: false, issues };
}

async function* run<T>(
  source: StreamSource,
  validator: Pick<PayloadValidator<T>, "validate">,
  settings: Settings,
): AsyncGenerator<StreamRecordResult<T>, void, undefined> {
  const reader = createReader(settings);
  let index = 0;
  // Leaving this loop early (the consumer stopped, or the input cannot be read further) closes
  // the source: a Node stream is destroyed, a WHATWG stream cancelled.
  for await (const text of readText(source)) {
    for (const record of reader.push(text)) {
      yield validateRecord(record, index++, validator, settings);
      if (record.last) return;
    }
  }
  for (const record of reader.end()) {
    yield validateRecord(record, index++, validator, settings);
  }
}

/**
 * Validate every record of a large JSON, NDJSON or CSV input, reading it incrementally.
 *
 * Yields one result per input record, in input order, with its 0-based `index` and the 1-based
 * `line` where it starts: valid records with the validator's `value`, invalid ones with their
 * issues. No record is dropped — a record that cannot even be read is reported as an invalid
 * record: `invalid_json`, `invalid_utf8`, `record_too_large`, `invalid_csv_row`,
 * `invalid_csv_quote`, `unclosed_csv_quote`; a CSV cell that does not convert to its column's
 * type gives `invalid_csv_value` (the rest of the record is still validated). Messages never
 * contain input values.
 *
 * Memory stays bounded: the input is pulled chunk by chunk as records are consumed, and no more
 * than one record (up to `maxRecordBytes`) is held at a time; a larger record is skipped, not
 * kept.
 *
 * - `ndjson`: one JSON value per line (LF or CRLF); blank lines are skipped but counted.
 * - `json`: a top-level array, whose elements are the records (any other top-level value is one
 *   record). An error inside an element whose extent is clear (`{"a": tru}`) makes that element
 *   invalid and reading goes on. An error that breaks the array's structure (mismatched bracket,
 *   missing comma or element, content after the array, input ending inside it) ends the results
 *   with one last invalid record at the line where the broken part starts: `invalid_json` with
 *   the reason, line and column, plus `stream_stopped` when input was left unread.
 * - `csv`: RFC 4180 with a header row; column names are paths (`birthName.fullName`,
 *   `nationality.0`); empty cells are absent; cells stay strings unless `csv.columnTypes` says
 *   otherwise; empty lines are skipped. A header that cannot be used is reported as the only
 *   record, with `invalid_csv_header` and `stream_stopped`.
 *
 * An empty input (or only whitespace, or only a CSV header) has no records. Reading errors of
 * the source itself are thrown, not reported as records.
 *
 * @param source Text or bytes (UTF-8, with or without BOM): a Node `Readable`, an async or sync
 *   iterable of chunks, or a WHATWG `ReadableStream`.
 * @param validator Validates one record, e.g. a payload validator from `createValidator(schemaId)`.
 * @param options The `format`, and `locale`, `maxRecordBytes`, `csv` options.
 * @returns The results, pulled one by one: the input is read only as far as they are consumed.
 * @throws TypeError at once, when the source, validator or options are not usable.
 * @example
 * ```ts
 * import { createReadStream } from "node:fs";
 * import { createValidator, validateStream } from "@ndcvn/validators";
 *
 * const results = validateStream(
 *   createReadStream("citizens.ndjson"),
 *   createValidator("https://schemas.ndcvn.org/population/Citizen/1.0.0"),
 *   { format: "ndjson", locale: "en" },
 * );
 * for await (const result of results) {
 *   if (!result.ok) console.log(result.line, result.issues.map((issue) => issue.message));
 * }
 * ```
 * @example
 * ```ts
 * // In a browser: a CSV file the user picked, with typed and nested columns.
 * const results = validateStream(file.stream(), citizenValidator, {
 *   format: "csv",
 *   csv: { delimiter: ";", columnTypes: { householdSize: "integer" } },
 * });
 * ```
 */
export function validateStream<T = unknown>(
  source: StreamSource,
  validator: Pick<PayloadValidator<T>, "validate">,
  options: StreamOptions,
): AsyncGenerator<StreamRecordResult<T>, void, undefined> {
  const settings = resolveOptions(options);
  if (!isStreamSource(source)) {
    throw new TypeError(
      "validateStream: source must be an async or sync iterable of chunks, or a ReadableStream.",
    );
  }
  if (typeof validator?.validate !== "function") {
    throw new TypeError("validateStream: validator must have a validate(value) method.");
  }
  return run(source, validator, settings);
}
