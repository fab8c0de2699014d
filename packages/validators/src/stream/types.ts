// The public types of batch validation: sources, options and per-record results.
import type { Locale } from "../issue.js";
import type { PayloadIssue } from "../payload/payload-issue.js";

/**
 * Where records come from: any async (or sync) iterable of text or bytes — a Node `Readable`, a
 * generator, an array of chunks — or a WHATWG `ReadableStream` (`fetch` bodies, `Blob.stream()`).
 * Bytes are decoded as UTF-8; a leading byte order mark is ignored.
 */
export type StreamSource =
  | AsyncIterable<string | Uint8Array>
  | Iterable<string | Uint8Array>
  | ReadableStream<Uint8Array>
  | ReadableStream<string>;

/** How the input is laid out. */
export type StreamFormat = "json" | "ndjson" | "csv";

/** The type a CSV column's cells are converted to before validation. */
export type CsvColumnType = "string" | "number" | "integer" | "boolean" | "json";

/** Options of CSV input (RFC 4180 with a header row). */
export interface CsvOptions {
  /** The field separator: one character, not `"`, CR or LF. @default "," */
  readonly delimiter?: string;
  /**
   * Types of columns, keyed by the column name as it appears in the header; other columns stay
   * strings. Names that are not in the header are ignored.
   */
  readonly columnTypes?: Readonly<Record<string, CsvColumnType>>;
}

/** Options of {@link validateStream}. */
export interface StreamOptions {
  readonly format: StreamFormat;
  /** Language of messages. @default "vi" */
  readonly locale?: Locale;
  /**
   * The largest record, in UTF-8 bytes of its text, that is read; a larger one is reported as
   * `record_too_large` and skipped without being held in memory. @default 16 MiB
   */
  readonly maxRecordBytes?: number;
  /** Options of the `csv` format. */
  readonly csv?: CsvOptions;
}

export interface StreamRecordBase {
  /** 0-based number of the record in the input (the CSV header row is not a record). */
  readonly index: number;
  /** 1-based line of the input where the record starts. */
  readonly line: number;
  /** Errors make the record invalid; a valid record may still carry warnings. */
  readonly issues: readonly PayloadIssue[];
}

/** The outcome of one input record: valid with its value, or invalid with its issues. */
export type StreamRecordResult<T = unknown> =
  | (StreamRecordBase & { readonly ok: true; readonly value: T })
  | (StreamRecordBase & { readonly ok: false });
