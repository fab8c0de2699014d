// What the CLI touches of the outside world, passed in rather than taken from `process`: tests run
// commands in-process with their own streams, environment and working directory.

/** Where text goes: `process.stdout`, `process.stderr`, or anything with a `write(text)` method. */
export interface TextSink {
  write(text: string): unknown;
}

/** The streams, environment and terminal facts a run of `ndc` works with. */
export interface CliIo {
  /** Reports, tables and JSON. */
  readonly stdout: TextSink;
  /** Errors and progress bars. */
  readonly stderr: TextSink;
  /** Read when the input file is `-`. */
  readonly stdin?: AsyncIterable<string | Uint8Array>;
  /** Environment variables: `NDC_LANG`, `LC_ALL`, `LC_MESSAGES`, `LANG` choose the language. */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Relative paths are resolved against it. */
  readonly cwd: string;
  /** Whether stderr is an interactive terminal: progress bars are drawn only then. */
  readonly isTTY: boolean;
  /** Width of the terminal in characters. @default 80 */
  readonly columns?: number;
  /** A monotonic clock in milliseconds, for progress rates. @default performance.now */
  readonly clock?: () => number;
  /**
   * Aborted when the user asks the run to stop (the `ndc` executable aborts it on SIGINT and
   * SIGTERM). Commands that run until stopped (`ndc sandbox`) wait for it, then close cleanly;
   * without it they run until the process ends.
   */
  readonly signal?: AbortSignal;
}
