// The input of a command: a file (or `-`, standard input) read chunk by chunk, with the bytes read
// so far for the progress bar. Problems opening it are CliErrors with stable codes.
import { open, stat } from "node:fs/promises";
import path from "node:path";
import { CliError } from "./cli-error.js";
import type { CliIo } from "./cli-io.js";

/** An input being read. */
export interface InputSource {
  /** The name as the user gave it (`-` for standard input). */
  readonly name: string;
  /** Size in bytes, when known (a regular file). */
  readonly size: number | undefined;
  /** The bytes, as they are read. */
  readonly chunks: AsyncIterable<Uint8Array | string>;
  /** Bytes read so far. */
  bytesRead(): number;
}

/** The error code of a failed file-system call, e.g. `EACCES`. */
export function errorCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : "EIO";
}

/** A CliError for a file that cannot be read. */
export function unreadable(name: string, error: unknown): CliError {
  const code = errorCode(error);
  if (code === "ENOENT" || code === "ENOTDIR")
    return new CliError("file_not_found", { path: name });
  if (code === "EISDIR") return new CliError("not_a_file", { path: name });
  return new CliError("file_unreadable", { path: name, reason: code });
}

const CHUNK_BYTES = 256 * 1024;

/** Check that an input exists and is a file (or is `-`); resolves to its size when known. */
export async function checkInputFile(name: string, io: CliIo): Promise<number | undefined> {
  if (name === "-") {
    if (!io.stdin) throw new CliError("stdin_unavailable");
    return undefined;
  }
  try {
    const info = await stat(path.resolve(io.cwd, name));
    if (!info.isFile()) throw new CliError("not_a_file", { path: name });
    return info.size;
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw unreadable(name, error);
  }
}

/** Open a file (or standard input for `-`) for reading. */
export async function openInput(name: string, io: CliIo): Promise<InputSource> {
  let bytes = 0;
  const count = async function* (
    chunks: AsyncIterable<Uint8Array | string>,
  ): AsyncGenerator<Uint8Array | string> {
    for await (const chunk of chunks) {
      bytes += typeof chunk === "string" ? Buffer.byteLength(chunk) : chunk.byteLength;
      yield chunk;
    }
  };
  const size = await checkInputFile(name, io);
  if (name === "-" && io.stdin) {
    return { name, size: undefined, chunks: count(io.stdin), bytesRead: () => bytes };
  }
  const file = path.resolve(io.cwd, name);
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(file, "r");
  } catch (error) {
    throw unreadable(name, error);
  }
  const stream = handle.createReadStream({ highWaterMark: CHUNK_BYTES });
  return { name, size, chunks: count(stream), bytesRead: () => bytes };
}
