// Reading a source chunk by chunk as text: bytes are decoded as UTF-8, a leading BOM is dropped.
// Chunks are pulled one at a time, only when the reader asks for more (back-pressure).
import type { StreamSource } from "./types.js";
import { Utf8Decoder } from "./utf8.js";

type Chunk = string | Uint8Array;

function isReadableStream(source: unknown): source is ReadableStream<Chunk> {
  return (
    typeof source === "object" &&
    source !== null &&
    typeof (source as { getReader?: unknown }).getReader === "function"
  );
}

/** Whether a value can be read by {@link validateStream}. */
export function isStreamSource(source: unknown): source is StreamSource {
  if (typeof source !== "object" || source === null) return false;
  return (
    isReadableStream(source) ||
    typeof (source as { [Symbol.asyncIterator]?: unknown })[Symbol.asyncIterator] === "function" ||
    typeof (source as { [Symbol.iterator]?: unknown })[Symbol.iterator] === "function"
  );
}

/** The chunks of a WHATWG stream, read with a reader (not every browser iterates streams). */
async function* readStream(stream: ReadableStream<Chunk>): AsyncGenerator<Chunk> {
  const reader = stream.getReader();
  let done = false;
  try {
    for (;;) {
      const next = await reader.read();
      if (next.done) {
        done = true;
        return;
      }
      yield next.value;
    }
  } finally {
    // Stopped early (the consumer broke off, or the input was abandoned): cancel the stream.
    if (!done) await reader.cancel().catch(() => undefined);
    reader.releaseLock();
  }
}

function toBytes(chunk: unknown): Chunk {
  if (typeof chunk === "string" || chunk instanceof Uint8Array) return chunk;
  if (ArrayBuffer.isView(chunk))
    return new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  if (chunk instanceof ArrayBuffer) return new Uint8Array(chunk);
  throw new TypeError("validateStream: a chunk of the source is neither a string nor bytes.");
}

/** The text of a source, chunk by chunk: decoded, without a leading BOM, no empty chunks. */
export async function* readText(source: StreamSource): AsyncGenerator<string> {
  const chunks: AsyncIterable<unknown> | Iterable<unknown> = isReadableStream(source)
    ? readStream(source)
    : source;
  const decoder = new Utf8Decoder();
  let started = false;
  const start = (text: string): string => {
    if (started || text === "") return text;
    started = true;
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  };
  for await (const raw of chunks) {
    const chunk = toBytes(raw);
    let text: string;
    if (typeof chunk === "string") text = decoder.flush() + chunk;
    else text = decoder.decode(chunk);
    text = start(text);
    if (text !== "") yield text;
  }
  const rest = start(decoder.flush());
  if (rest !== "") yield rest;
}
