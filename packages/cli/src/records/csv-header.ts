// The header row of a CSV input, read before validation starts (to choose the column types) and
// then handed back with the rest: nothing is read twice and nothing is lost.

/** The longest header looked at: past this, columns stay text. */
const HEADER_LIMIT = 1024 * 1024;

/** Where the first row ends (a line break outside quotes), or -1. */
function rowEnd(text: string): number {
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === "\n" || char === "\r")) return i;
  }
  return -1;
}

/** The fields of a header row (RFC 4180 quoting). */
export function headerFields(row: string, delimiter: string): string[] {
  const fields: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < row.length; i++) {
    const char = row[i] as string;
    if (quoted) {
      if (char === '"' && row[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === delimiter) {
      fields.push(field);
      field = "";
    } else field += char;
  }
  fields.push(field);
  return fields;
}

/** The header's column names, and the whole input (header included) to read on. */
export interface PeekedCsv {
  readonly columns: readonly string[] | undefined;
  readonly chunks: AsyncIterable<Uint8Array | string>;
}

/** Read the header row of a CSV input without consuming it. */
export async function peekCsvHeader(
  chunks: AsyncIterable<Uint8Array | string>,
  delimiter: string,
): Promise<PeekedCsv> {
  const iterator = chunks[Symbol.asyncIterator]();
  const buffered: (Uint8Array | string)[] = [];
  const decoder = new TextDecoder("utf-8", { ignoreBOM: false });
  let text = "";
  let done = false;
  let end = -1;
  while (end === -1 && text.length <= HEADER_LIMIT) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      text += decoder.decode();
      break;
    }
    buffered.push(next.value);
    text +=
      typeof next.value === "string" ? next.value : decoder.decode(next.value, { stream: true });
    end = rowEnd(text);
  }
  const row = end === -1 ? (done ? text : undefined) : text.slice(0, end);
  const columns =
    row === undefined || row.trim() === ""
      ? undefined
      : headerFields(row.replace(/^\uFEFF/, ""), delimiter);
  async function* replay(): AsyncGenerator<Uint8Array | string> {
    let finishedReading = done;
    try {
      yield* buffered;
      while (!finishedReading) {
        const next = await iterator.next();
        if (next.done) finishedReading = true;
        else yield next.value;
      }
    } finally {
      // Stopped early: let the source close (a file stream is destroyed).
      if (!finishedReading) await iterator.return?.();
    }
  }
  return { columns, chunks: replay() };
}
