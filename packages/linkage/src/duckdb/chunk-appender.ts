// Rows into a DuckDB table a vector at a time: values are written into the vectors of a data chunk
// and the chunk is appended when full, which is several times faster than appending value by value.
import type { DuckDBAppender, DuckDBDataChunk, DuckDBType, DuckDBVector } from "@duckdb/node-api";
import { DuckDbEngineError } from "./duckdb-engine-error.js";
import type { DuckDbModule } from "./duckdb-module.js";

// DuckDB's standard vector size: the most rows a data chunk holds.
const VECTOR_SIZE = 2048;

/** The type of a column the engine writes. */
export type ColumnKind = "integer" | "varchar";

/** Appends rows of integers and strings. */
export class ChunkAppender {
  readonly #appender: DuckDBAppender;
  readonly #chunk: DuckDBDataChunk;
  readonly #capacity: number;
  readonly #step: string;
  #vectors: DuckDBVector[] = [];
  #row = 0;
  /** Milliseconds spent handing chunks to DuckDB. */
  appendMs = 0;

  /** `step`: what errors are reported under (see DuckDbEngineError). */
  constructor(
    module: DuckDbModule,
    appender: DuckDBAppender,
    kinds: readonly ColumnKind[],
    step: string,
  ) {
    this.#step = step;
    const types: DuckDBType[] = kinds.map((kind) =>
      kind === "integer" ? module.INTEGER : module.VARCHAR,
    );
    this.#appender = appender;
    this.#capacity = VECTOR_SIZE;
    this.#chunk = module.DuckDBDataChunk.create(types, this.#capacity);
    this.#start();
  }

  #start(): void {
    this.#chunk.reset();
    this.#chunk.rowCount = this.#capacity;
    this.#vectors = Array.from({ length: this.#chunk.columnCount }, (_, c) =>
      this.#chunk.getColumnVector(c),
    );
    this.#row = 0;
  }

  /** Set column `column` of the current row. */
  set(column: number, value: number | string | null): void {
    (this.#vectors[column] as DuckDBVector<number | string>).setItem(this.#row, value);
  }

  /** Finish the current row. */
  endRow(): void {
    this.#row++;
    if (this.#row === this.#capacity) this.#append();
  }

  #append(): void {
    if (this.#row === 0) return;
    const start = performance.now();
    this.#guard(() => {
      for (const vector of this.#vectors) vector.flush();
      this.#chunk.rowCount = this.#row;
      this.#appender.appendDataChunk(this.#chunk);
    });
    this.#start();
    this.appendMs += performance.now() - start;
  }

  /** DuckDB's errors (out of memory or disk) as DuckDbEngineError. */
  #guard(work: () => void): void {
    try {
      work();
    } catch (cause) {
      throw new DuckDbEngineError("duckdb_failed", this.#step, { cause });
    }
  }

  /** Append what is left and close the appender. */
  close(): void {
    this.#append();
    const start = performance.now();
    this.#guard(() => {
      this.#appender.flushSync();
      this.#appender.closeSync();
    });
    this.appendMs += performance.now() - start;
  }
}
