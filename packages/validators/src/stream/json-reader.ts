// JSON input: a top-level array whose elements are the records, read element by element — or any
// other top-level value, which is one record. A tokenizer finds where each element starts and ends
// (tracking strings, escapes and brackets, not values) and `JSON.parse`s one element at a time, so
// no more than one element (up to the size limit) is held.
//
// Errors inside an element whose extent is still clear (`{"a": tru}`, a missing colon) make that
// element an `invalid_json` record, and reading goes on with the next element. Errors that leave the
// array's structure in doubt — a closing bracket that does not match, a missing comma between
// elements, a missing element (`[1,,2]`, `[1,]`), content after the top-level value, or the input
// ending inside the array — stop reading: the good elements before are reported, then one last
// invalid record (at the line where the broken element, or the error, starts) with `invalid_json`
// giving the reason, line and column, and — unless the input simply ended — `stream_stopped`,
// since the rest of the input was not read.

import { BracketStack } from "./bracket-stack.js";
import { findJsonSyntaxError } from "./json-syntax.js";
import type { JsonProblem } from "./messages.js";
import type { Problem } from "./problem.js";
import { jsonProblem, problem } from "./problem.js";
import type { ReadRecord, RecordReader } from "./read-record.js";
import { positionIn, readJsonRecord, tooLarge } from "./read-record.js";
import { RecordBuffer } from "./record-buffer.js";

// Where the reader is.
/** Before the top-level value. */
const BEFORE = 0;
/** After `[`: an element or `]`. */
const ARRAY_OPEN = 1;
/** After `,`: an element. */
const ARRAY_NEXT = 2;
/** Inside an element (or the top-level value). */
const ELEMENT = 3;
/** After an element: `,` or `]`. */
const AFTER_ELEMENT = 4;
/** After the top-level value: only whitespace. */
const AFTER_ROOT = 5;
/** Stopped by an error: nothing more is read. */
const STOPPED = 6;

// The kind of element being read.
const CONTAINER = 0;
const STRING = 1;
/** A number, literal or anything else that is not a container or string. */
const SCALAR = 2;

// What #scan returns when the element does not end in the chunk.
const CHUNK_END = -1;
const MISMATCH = -2;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const LINE_FEED = 0x0a;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const COMMA = 0x2c;

function isWhitespace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;
}

/** Characters that end a scalar element. */
function endsScalar(code: number): boolean {
  return (
    isWhitespace(code) ||
    code === COMMA ||
    code === CLOSE_BRACKET ||
    code === CLOSE_BRACE ||
    code === OPEN_BRACKET ||
    code === OPEN_BRACE ||
    code === QUOTE ||
    code === 0x3a
  );
}

export class JsonReader implements RecordReader {
  readonly #limit: number;
  readonly #buffer: RecordBuffer;
  #state = BEFORE;
  #rootIsArray = false;
  /** Line of the character being read, and the offset (from the input start) of its first character. */
  #line = 1;
  #lineStart = 0;
  /** Offset from the input start of the chunk being read. */
  #base = 0;
  // The element being read.
  #kind = CONTAINER;
  /** Open brackets of the element. */
  readonly #brackets = new BracketStack();
  #inString = false;
  #escaped = false;
  #startLine = 0;
  #startColumn = 0;
  /** Where the element's text not yet in the buffer starts, in the chunk being read. */
  #segmentStart = 0;
  /** Offset in the chunk of a closing bracket that does not match (set by #scan). */
  #stoppedAt = 0;

  constructor(maxRecordBytes: number) {
    this.#limit = maxRecordBytes;
    this.#buffer = new RecordBuffer(maxRecordBytes);
  }

  *push(text: string): Generator<ReadRecord> {
    if (this.#state === STOPPED) return;
    this.#segmentStart = 0;
    const length = text.length;
    let i = 0;
    while (i < length) {
      if (this.#state === ELEMENT) {
        const end = this.#scan(text, i);
        if (end === MISMATCH) {
          yield this.#stop("mismatched_bracket", this.#stoppedAt);
          return;
        }
        if (end === CHUNK_END) break;
        yield this.#complete(text, end);
        i = end;
        continue;
      }
      const code = text.charCodeAt(i);
      if (isWhitespace(code)) {
        if (code === LINE_FEED) this.#newLine(i);
        i++;
        continue;
      }
      const stop = this.#structural(code, i);
      if (stop) {
        yield this.#stop(stop, i);
        return;
      }
      i++;
    }
    if (this.#state === ELEMENT) this.#buffer.append(text, this.#segmentStart, length);
    this.#base += length;
  }

  *end(): Generator<ReadRecord> {
    const state = this.#state;
    if (state === BEFORE || state === AFTER_ROOT || state === STOPPED) return;
    this.#state = STOPPED;
    const column = this.#base - this.#lineStart + 1;
    if (state !== ELEMENT) {
      yield { line: this.#line, problems: [jsonProblem("unexpected_end", this.#line, column)] };
      return;
    }
    this.#segmentStart = 0;
    if (this.#kind === SCALAR) {
      // A number or literal ends with the input; in an array, the array is not closed.
      yield this.#complete("", 0);
      if (this.#rootIsArray) {
        yield { line: this.#line, problems: [jsonProblem("unexpected_end", this.#line, column)] };
      }
      return;
    }
    const text = this.#buffer.finish("", 0, 0);
    // The input ended inside an element: report its first error (which may come before the end).
    const found = text === undefined ? undefined : findJsonSyntaxError(text);
    const at =
      found && text !== undefined
        ? positionIn(text, found.offset, this.#startLine, this.#startColumn)
        : { line: this.#line, column };
    const reason = found?.reason ?? "unexpected_end";
    yield { line: this.#startLine, problems: [jsonProblem(reason, at.line, at.column)] };
  }

  #newLine(i: number): void {
    this.#line++;
    this.#lineStart = this.#base + i + 1;
  }

  /**
   * Handle a non-whitespace character outside elements: move to the next state, or start an
   * element at it. Returns the reason reading must stop, if it must.
   */
  #structural(code: number, i: number): JsonProblem | undefined {
    switch (this.#state) {
      case BEFORE:
        if (code === OPEN_BRACKET) {
          this.#rootIsArray = true;
          this.#state = ARRAY_OPEN;
          return undefined;
        }
        return this.#begin(code, i);
      case ARRAY_OPEN:
        if (code === CLOSE_BRACKET) {
          this.#state = AFTER_ROOT;
          return undefined;
        }
        return this.#begin(code, i);
      case ARRAY_NEXT:
        return this.#begin(code, i);
      case AFTER_ELEMENT:
        if (code === COMMA) {
          this.#state = ARRAY_NEXT;
          return undefined;
        }
        if (code === CLOSE_BRACKET) {
          this.#state = AFTER_ROOT;
          return undefined;
        }
        return code === CLOSE_BRACE ? "mismatched_bracket" : "expected_comma";
      default:
        return "trailing_content";
    }
  }

  /** Start an element at text[i]. */
  #begin(code: number, i: number): JsonProblem | undefined {
    if (code === COMMA || code === CLOSE_BRACKET) return "expected_value";
    if (code === CLOSE_BRACE) return this.#rootIsArray ? "mismatched_bracket" : "expected_value";
    this.#state = ELEMENT;
    this.#startLine = this.#line;
    this.#startColumn = this.#base + i - this.#lineStart + 1;
    this.#segmentStart = i;
    this.#inString = false;
    this.#escaped = false;
    this.#brackets.clear();
    if (code === OPEN_BRACE || code === OPEN_BRACKET) {
      this.#kind = CONTAINER;
      this.#brackets.push(code === OPEN_BRACKET);
    } else if (code === QUOTE) {
      this.#kind = STRING;
      this.#inString = true;
    } else {
      this.#kind = SCALAR;
    }
    return undefined;
  }

  /**
   * Read the element on from text[from] (its first character is read): the offset just after its
   * end, CHUNK_END when the chunk ends first, MISMATCH when a closing bracket does not match the
   * opening one (its offset in #stoppedAt).
   */
  #scan(text: string, from: number): number {
    const length = text.length;
    let i = from;
    if (this.#kind === SCALAR) {
      while (i < length) {
        const code = text.charCodeAt(i);
        if (endsScalar(code)) return i;
        i++;
      }
      return CHUNK_END;
    }
    const brackets = this.#brackets;
    let inString = this.#inString;
    let escaped = this.#escaped;
    for (; i < length; i++) {
      const code = text.charCodeAt(i);
      if (code === LINE_FEED) this.#newLine(i);
      if (inString) {
        if (escaped) escaped = false;
        else if (code === BACKSLASH) escaped = true;
        else if (code === QUOTE) {
          inString = false;
          if (this.#kind === STRING) {
            this.#inString = false;
            return i + 1;
          }
        }
      } else if (code === QUOTE) {
        inString = true;
      } else if (code === OPEN_BRACE || code === OPEN_BRACKET) {
        brackets.push(code === OPEN_BRACKET);
      } else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
        if (brackets.pop() !== (code === CLOSE_BRACKET)) {
          this.#stoppedAt = i;
          return MISMATCH;
        }
        if (brackets.depth === 0) return i + 1;
      }
    }
    this.#inString = inString;
    this.#escaped = escaped;
    return CHUNK_END;
  }

  /** The element ends at text[end): report it. */
  #complete(text: string, end: number): ReadRecord {
    const whole = this.#buffer.finish(text, this.#segmentStart, end);
    this.#state = this.#rootIsArray ? AFTER_ELEMENT : AFTER_ROOT;
    return whole === undefined
      ? tooLarge(this.#startLine, this.#limit)
      : readJsonRecord(whole, this.#startLine, this.#startColumn);
  }

  /** An error at text[i] stops reading: the last record. */
  #stop(reason: JsonProblem, i: number): ReadRecord {
    const line = this.#line;
    const column = this.#base + i - this.#lineStart + 1;
    const recordLine = this.#state === ELEMENT ? this.#startLine : line;
    this.#state = STOPPED;
    this.#buffer.reset();
    const problems: Problem[] = [
      jsonProblem(reason, line, column),
      problem("stream_stopped", { line }),
    ];
    return { line: recordLine, problems, last: true };
  }
}
