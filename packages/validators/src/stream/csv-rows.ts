// CSV rows (RFC 4180), chunk by chunk: where each row starts and ends. A row ends at a line feed
// outside quotes (a CR before it is dropped); a quote opens a quoted field only at the start of a
// field, and inside one, a doubled quote is a quote. Line numbers count every line feed, including
// those inside quoted fields, so a row's line is where it starts.
import { RecordBuffer } from "./record-buffer.js";

/** The text of a row, without its line break; `undefined` when over the size limit. */
export interface RowText {
  readonly text: string | undefined;
  readonly line: number;
}

const QUOTE = 0x22;
const LINE_FEED = 0x0a;

export class CsvRowSplitter {
  readonly #delimiter: number;
  readonly #buffer: RecordBuffer;
  #line = 1;
  #rowLine = 1;
  #atFieldStart = true;
  #inQuotes = false;
  /** Inside quotes, a quote was just read: a doubled quote or the closing one, by what follows. */
  #quoteSeen = false;

  constructor(delimiter: string, maxRecordBytes: number) {
    this.#delimiter = delimiter.charCodeAt(0);
    this.#buffer = new RecordBuffer(maxRecordBytes);
  }

  /** The rows that end in this chunk. */
  *push(text: string): Generator<RowText> {
    const delimiter = this.#delimiter;
    const length = text.length;
    let rowStart = 0;
    let atFieldStart = this.#atFieldStart;
    let inQuotes = this.#inQuotes;
    let quoteSeen = this.#quoteSeen;
    for (let i = 0; i < length; i++) {
      const code = text.charCodeAt(i);
      if (inQuotes) {
        if (quoteSeen) {
          quoteSeen = false;
          if (code === QUOTE) continue;
          inQuotes = false;
        } else {
          if (code === QUOTE) quoteSeen = true;
          else if (code === LINE_FEED) this.#line++;
          continue;
        }
      }
      if (code === LINE_FEED) {
        const row = this.#buffer.finish(text, rowStart, i);
        yield { text: row === undefined ? row : dropCr(row), line: this.#rowLine };
        this.#line++;
        this.#rowLine = this.#line;
        rowStart = i + 1;
        atFieldStart = true;
      } else if (code === QUOTE && atFieldStart) {
        inQuotes = true;
        atFieldStart = false;
      } else {
        atFieldStart = code === delimiter;
      }
    }
    this.#buffer.append(text, rowStart, length);
    this.#atFieldStart = atFieldStart;
    this.#inQuotes = inQuotes;
    this.#quoteSeen = quoteSeen;
  }

  /** The last row, when the input does not end with a line break. */
  end(): RowText | undefined {
    const row = this.#buffer.finish("", 0, 0);
    if (row === "") return undefined;
    return { text: row === undefined ? row : dropCr(row), line: this.#rowLine };
  }
}

function dropCr(row: string): string {
  return row.charCodeAt(row.length - 1) === 0x0d ? row.slice(0, -1) : row;
}
