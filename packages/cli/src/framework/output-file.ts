// Files a command writes: opened up front (so that an unwritable path is an error before any work
// is done), written with back-pressure (memory stays flat however much is written), closed at the
// end. Problems are CliErrors with the code `output_unwritable`.
import { once } from "node:events";
import { constants } from "node:fs";
import type { FileHandle } from "node:fs/promises";
import { access, mkdir, open, stat } from "node:fs/promises";
import path from "node:path";
import type { Writable } from "node:stream";
import { finished } from "node:stream/promises";
import { CliError } from "./cli-error.js";
import type { CliIo, TextSink } from "./cli-io.js";
import { errorCode } from "./input-file.js";

/** Where text goes, written in order; `write` waits when the destination is slow. */
export interface AsyncTextSink {
  write(text: string): Promise<void>;
  /** Finish writing (a file is flushed and closed). */
  close(): Promise<void>;
}

function unwritable(name: string, error: unknown): CliError {
  return new CliError("output_unwritable", { path: name, reason: errorCode(error) });
}

/** A file opened for writing (created or truncated). */
export class FileSink implements AsyncTextSink {
  /** Bytes written so far. */
  bytes = 0;
  readonly #stream: Writable;
  readonly #name: string;
  #error: unknown;

  private constructor(name: string, stream: Writable) {
    this.#name = name;
    this.#stream = stream;
    // An error after a write that did not wait (a full disk) is kept for the next call; without a
    // listener it would crash the process.
    stream.on("error", (error) => {
      this.#error ??= error;
    });
  }

  /** Open `name` (relative to the working directory) for writing; its folder must exist. */
  static async open(name: string, io: Pick<CliIo, "cwd">): Promise<FileSink> {
    let handle: FileHandle;
    try {
      handle = await open(path.resolve(io.cwd, name), "w");
    } catch (error) {
      throw unwritable(name, error);
    }
    return new FileSink(name, handle.createWriteStream({ encoding: "utf8" }));
  }

  async write(text: string): Promise<void> {
    this.bytes += Buffer.byteLength(text);
    if (this.#error !== undefined) throw unwritable(this.#name, this.#error);
    try {
      if (!this.#stream.write(text)) await once(this.#stream, "drain");
    } catch (error) {
      throw unwritable(this.#name, error);
    }
  }

  async close(): Promise<void> {
    try {
      this.#stream.end();
      await finished(this.#stream);
    } catch (error) {
      throw unwritable(this.#name, error);
    }
  }

  /** Give up on the file (after an error elsewhere): close it without waiting. */
  abandon(): void {
    this.#stream.destroy();
  }
}

/** A sink over a plain {@link TextSink} (standard output). */
export function streamSink(sink: TextSink): AsyncTextSink {
  return {
    async write(text) {
      sink.write(text);
    },
    async close() {},
  };
}

/** Refuse an output that is the input file itself: opening it would empty the input. */
export function assertNotInput(
  output: string | undefined,
  input: string,
  option: string,
  io: Pick<CliIo, "cwd">,
): void {
  if (output === undefined || input === "-") return;
  if (path.resolve(io.cwd, output) === path.resolve(io.cwd, input)) {
    throw new CliError("invalid_value", {
      option,
      expected: { vi: "một tệp khác tệp đầu vào", en: "a file other than the input" },
    });
  }
}

/**
 * Check, before long work, that a file can be made in its folder — for outputs opened only when
 * the work is done (so that a failed run leaves an existing file untouched).
 */
export async function checkOutputFolder(name: string, io: Pick<CliIo, "cwd">): Promise<void> {
  const file = path.resolve(io.cwd, name);
  try {
    await access(path.dirname(file), constants.W_OK);
  } catch (error) {
    throw unwritable(name, error);
  }
  const info = await stat(file).catch(() => undefined);
  if (info?.isDirectory()) {
    throw new CliError("output_unwritable", { path: name, reason: "EISDIR" });
  }
}

/** Write a whole text file (a report). */
export async function writeTextFile(name: string, text: string, io: Pick<CliIo, "cwd">) {
  const file = await FileSink.open(name, io);
  await file.write(text);
  await file.close();
  return file.bytes;
}

/** Make a folder (and its parents) for output. */
export async function makeFolder(name: string, io: Pick<CliIo, "cwd">): Promise<string> {
  const folder = path.resolve(io.cwd, name);
  try {
    await mkdir(folder, { recursive: true });
  } catch (error) {
    throw unwritable(name, error);
  }
  return folder;
}
