// An input of `ndc link` or `ndc tokens`: the records of a JSON, NDJSON or CSV file, streamed into
// the linkage engine (which keeps their keys, not the records), or a token set of `ndc tokens`. A
// record that cannot be read stops the run with its line: a linkage that silently left records
// out would report them neither linked nor unmatched.
import { isTokenSet, type TokenSet } from "@ndcvn/linkage";
import {
  type PayloadValidator,
  type StreamFormat,
  type StreamRecordResult,
  validateStream,
} from "@ndcvn/validators";
import { CliError } from "../framework/cli-error.js";
import type { CliIo } from "../framework/cli-io.js";
import { unreadable } from "../framework/input-file.js";
import type { Locale } from "../framework/locale.js";
import { openRecords } from "../records/open-records.js";

/** Reads records without judging them: the linkage engine reads what it needs. */
const READ_ONLY: Pick<PayloadValidator, "validate"> = {
  validate: (value) => ({ ok: true, value, issues: [] }),
};

/**
 * A token set is one JSON value of about 1 KB per record: far beyond the 16 MiB a record may
 * otherwise have. V8's longest string bounds it anyway.
 */
const MAX_JSON_VALUE_BYTES = 512 * 1024 * 1024;

/** An input opened for linkage. */
export interface LinkInput {
  readonly file: string;
  readonly format: StreamFormat;
  /** Size in bytes, when known. */
  readonly size: number | undefined;
  /** Bytes read so far. */
  bytesRead(): number;
  /** The token set, when the file holds one. */
  readonly tokens: TokenSet | undefined;
  /** The records, when the file holds records: read once, as the engine asks for them. */
  readonly records: AsyncIterable<unknown> | undefined;
  /** The line where the record at a 0-based position of the input starts. */
  lineOf(position: number): number;
  /** Records read so far. */
  readonly count: number;
}

/** Open a file of records or a token set, and read its first value to tell which. */
export async function openLinkInput(
  file: string,
  io: CliIo,
  settings: {
    readonly format: StreamFormat;
    readonly delimiter: string;
    readonly locale: Locale;
    /** Called after each record is read. */
    readonly onRecord?: () => void;
    /** Called when every record has been read. */
    readonly onEnd?: () => void;
  },
): Promise<LinkInput> {
  const { format, locale } = settings;
  const opened = await openRecords(file, io, {
    format,
    delimiter: settings.delimiter,
    schemaId: undefined,
  });
  const results = validateStream(opened.source, READ_ONLY, {
    format,
    locale,
    csv: opened.csv,
    ...(format === "json" ? { maxRecordBytes: MAX_JSON_VALUE_BYTES } : {}),
  })[Symbol.asyncIterator]();
  const next = async (): Promise<IteratorResult<StreamRecordResult>> => {
    try {
      return await results.next();
    } catch (error) {
      throw error instanceof CliError ? error : unreadable(file, error);
    }
  };
  const lines: number[] = [];
  const recordOf = (result: StreamRecordResult): unknown => {
    if (!result.ok) {
      const reason = result.issues[0]?.message ?? result.issues[0]?.code ?? "";
      throw new CliError("unreadable_record", { path: file, line: result.line, reason });
    }
    lines.push(result.line);
    settings.onRecord?.();
    return result.value;
  };
  const input: {
    -readonly [K in keyof LinkInput]: LinkInput[K];
  } = {
    file,
    format,
    size: opened.input.size,
    bytesRead: () => opened.input.bytesRead(),
    lineOf: (position: number) => lines[position] ?? 0,
    get count() {
      return lines.length;
    },
    tokens: undefined,
    records: undefined,
  };

  const first = await next();
  if (!first.done && first.value.ok && isTokenSet(first.value.value)) {
    const rest = await next();
    if (rest.done) {
      settings.onEnd?.();
      input.tokens = first.value.value;
      return input;
    }
    // A token set among records is a record without an id: the engine says so, with its line.
    input.records = replay(first, rest);
    return input;
  }
  input.records = replay(first);
  return input;

  async function* replay(
    ...read: IteratorResult<StreamRecordResult>[]
  ): AsyncGenerator<unknown, void, undefined> {
    let finished = false;
    try {
      for (const result of read) {
        if (result.done) {
          finished = true;
          settings.onEnd?.();
          return;
        }
        yield recordOf(result.value);
      }
      for (;;) {
        const result = await next();
        if (result.done) {
          finished = true;
          settings.onEnd?.();
          return;
        }
        yield recordOf(result.value);
      }
    } finally {
      // Stopped early (an error): let the file close.
      if (!finished) await results.return?.();
    }
  }
}
