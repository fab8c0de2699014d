// NDJSON (JSON Lines): one JSON value per line, lines split on LF (a CR before it is dropped).
// Blank lines are skipped but counted; a line over the size limit is skipped without being kept.
import type { ReadRecord, RecordReader } from "./read-record.js";
import { readJsonRecord, tooLarge } from "./read-record.js";
import { RecordBuffer } from "./record-buffer.js";

const BLANK = /^[ \t\r]*$/;

export class NdjsonReader implements RecordReader {
  readonly #limit: number;
  readonly #buffer: RecordBuffer;
  /** Line number of the line being read. */
  #line = 1;

  constructor(maxRecordBytes: number) {
    this.#limit = maxRecordBytes;
    this.#buffer = new RecordBuffer(maxRecordBytes);
  }

  *push(text: string): Generator<ReadRecord> {
    let start = 0;
    for (;;) {
      const lineFeed = text.indexOf("\n", start);
      if (lineFeed === -1) {
        this.#buffer.append(text, start, text.length);
        return;
      }
      const record = this.#record(this.#buffer.finish(text, start, lineFeed), this.#line++);
      start = lineFeed + 1;
      if (record) yield record;
    }
  }

  *end(): Generator<ReadRecord> {
    const record = this.#record(this.#buffer.finish("", 0, 0), this.#line);
    if (record) yield record;
  }

  #record(text: string | undefined, line: number): ReadRecord | undefined {
    if (text === undefined) return tooLarge(line, this.#limit);
    if (BLANK.test(text)) return undefined;
    const content = text.charCodeAt(text.length - 1) === 0x0d ? text.slice(0, -1) : text;
    return readJsonRecord(content, line, 1);
  }
}
