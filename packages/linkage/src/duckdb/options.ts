// Options of the DuckDB engine: where DuckDB keeps its data and how much of the machine it uses.

/** A step of a run finished (see {@link DuckDbOptions.onProgress}). */
export interface DuckDbProgress {
  /**
   * `load`: every source read, normalised and stored (all records); `order`: records numbered in
   * the order of results; `pass`: one pass run; `results`: the outcome read back from DuckDB.
   */
  readonly step: "load" | "order" | "pass" | "results";
  /** The pass, for `pass`. */
  readonly pass?: string;
  /** Milliseconds the step took. */
  readonly ms: number;
  /**
   * Of `ms`, the milliseconds spent normalising values in JavaScript: records as they are read
   * (`load`, which also includes producing the records when the input is a stream), distinct raw
   * values a pass needs (`pass`).
   */
  readonly normaliseMs: number;
  /** Records read (`load`), or eligible in the pass (`pass`). */
  readonly records: number;
}

/** Where and how DuckDB runs; the results never depend on these. */
export interface DuckDbOptions {
  /**
   * A database file for the working tables, for inputs larger than memory. The tables live in a
   * schema of their own and are dropped at the end; other data in the file is not touched.
   * @default an in-memory database that spills to a temporary directory
   */
  readonly database?: string;
  /**
   * Threads DuckDB may use.
   * @default DuckDB's default (the number of cores)
   */
  readonly threads?: number;
  /**
   * The most memory DuckDB may use before it spills to disk, as DuckDB reads it (`"4GB"`, `"512MB"`).
   * @default DuckDB's default (80 % of the machine's memory)
   */
  readonly memoryLimit?: string;
  /**
   * Where DuckDB spills when memory runs short.
   * @default a new directory in the system's temporary directory (in memory), or DuckDB's default beside the database file
   */
  readonly tempDirectory?: string;
  /**
   * Called when a step of the run finishes: to show progress on long work, or to see where the
   * time goes.
   */
  readonly onProgress?: (progress: DuckDbProgress) => void;
}

/** Options of {@link link} on DuckDB. */
export interface DuckDbLinkOptions extends DuckDbOptions {
  /**
   * The source names of the left and right records (their id paths and per-source field paths).
   * @default the spec's first two sources, or `left` and `right`
   */
  readonly sources?: readonly [string, string];
}

/** Options of {@link dedupe} on DuckDB. */
export interface DuckDbDedupeOptions extends DuckDbOptions {
  /** The source name of the records. @default the spec's first source, or `records` */
  readonly source?: string;
}

/** Options of {@link linkMany} on DuckDB. */
export type DuckDbLinkManyOptions = DuckDbOptions;
