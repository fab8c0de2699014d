// A record as a format reader hands it over: where it starts, what reading it found wrong, and the
// value to validate when it could be read.
import { findJsonSyntaxError } from "./json-syntax.js";
import type { Problem } from "./problem.js";
import { jsonProblem, problem } from "./problem.js";
import { hasInvalidUtf8 } from "./utf8.js";

export interface ReadRecord {
  /** 1-based line where the record starts. */
  readonly line: number;
  /** What reading found wrong; the record is invalid when there is any. */
  readonly problems: readonly Problem[];
  /** The value to validate, when the record could be read (CSV: even with `invalid_csv_value`). */
  readonly value?: unknown;
  /** JSON Pointers whose validator issues a problem already reports (CSV cells not converted). */
  readonly covered?: readonly string[];
  /** Reading stops after this record: the rest of the input cannot be split into records. */
  readonly last?: boolean;
}

/** Splits text, chunk by chunk, into records. */
export interface RecordReader {
  /** The records that end in this chunk (lazily: the caller pulls them). */
  push(text: string): Iterable<ReadRecord>;
  /** The records left at the end of the input. */
  end(): Iterable<ReadRecord>;
}

/** Line and column (1-based) of `offset` in `text`, which starts at `line`, `column`. */
export function positionIn(
  text: string,
  offset: number,
  line: number,
  column: number,
): { line: number; column: number } {
  let lines = 0;
  let lastBreak = -1;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
    lines++;
    lastBreak = i;
  }
  return lines === 0
    ? { line, column: column + offset }
    : { line: line + lines, column: offset - lastBreak };
}

/** A record too large to read. */
export function tooLarge(line: number, limit: number, last?: boolean): ReadRecord {
  const problems = [problem("record_too_large", { limit })];
  return last ? { line, problems, last } : { line, problems };
}

/** Parse the text of one JSON record starting at `line`, `column`. */
export function readJsonRecord(text: string, line: number, column: number): ReadRecord {
  if (hasInvalidUtf8(text)) return { line, problems: [problem("invalid_utf8")] };
  try {
    return { line, problems: [], value: JSON.parse(text) };
  } catch {
    const error = findJsonSyntaxError(text) ?? { offset: 0, reason: "syntax_error" };
    const at = positionIn(text, error.offset, line, column);
    return { line, problems: [jsonProblem(error.reason, at.line, at.column)] };
  }
}
