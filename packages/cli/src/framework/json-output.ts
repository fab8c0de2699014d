// Large JSON results (a linkage of a million records, a token set) written piece by piece: arrays
// one element per line, objects member by member down to a depth, so that no single string holds
// the whole document (V8 strings stop at about 512 MB) and the file stays readable and diffable.
import type { AsyncTextSink } from "./output-file.js";

/** Members and elements below this depth are written with one `JSON.stringify` each. */
const SPLIT_DEPTH = 2;

/** Text is handed to the sink in pieces of about this many characters. */
const PIECE = 64 * 1024;

/** Write a JSON value (plain data) to a sink, followed by a newline. */
export async function writeJson(sink: AsyncTextSink, value: unknown): Promise<void> {
  let pending = "";
  const buffered: AsyncTextSink = {
    async write(text) {
      pending += text;
      if (pending.length >= PIECE) {
        const piece = pending;
        pending = "";
        await sink.write(piece);
      }
    },
    async close() {},
  };
  await writeValue(buffered, value, 0, "");
  await sink.write(`${pending}\n`);
}

async function writeValue(
  sink: AsyncTextSink,
  value: unknown,
  depth: number,
  indent: string,
): Promise<void> {
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) {
      await sink.write("[]");
      return;
    }
    await sink.write("[\n");
    for (let i = 0; i < value.length; i++) {
      await sink.write(inner);
      if (depth < SPLIT_DEPTH - 1) await writeValue(sink, value[i], depth + 1, inner);
      else await sink.write(JSON.stringify(value[i]) ?? "null");
      await sink.write(i < value.length - 1 ? ",\n" : "\n");
    }
    await sink.write(`${indent}]`);
    return;
  }
  if (typeof value === "object" && value !== null && depth < SPLIT_DEPTH) {
    const entries = Object.entries(value).filter(([, member]) => member !== undefined);
    if (entries.length === 0) {
      await sink.write("{}");
      return;
    }
    await sink.write("{\n");
    for (let i = 0; i < entries.length; i++) {
      const [key, member] = entries[i] as [string, unknown];
      await sink.write(`${inner}${JSON.stringify(key)}: `);
      await writeValue(sink, member, depth + 1, inner);
      await sink.write(i < entries.length - 1 ? ",\n" : "\n");
    }
    await sink.write(`${indent}}`);
    return;
  }
  await sink.write(JSON.stringify(value) ?? "null");
}
