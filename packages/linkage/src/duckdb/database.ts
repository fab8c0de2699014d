// One DuckDB database for one run of the engine: opened with the caller's options, its working
// tables in a schema of their own (so a database file can hold other data), every DuckDB error
// turned into a DuckDbEngineError naming the step, and everything removed at the end.
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { DuckDBConnection, DuckDBDataChunk, DuckDBInstance } from "@duckdb/node-api";
import { dialectOf, type SqlDialect } from "../sql/dialect.js";
import { DuckDbEngineError } from "./duckdb-engine-error.js";
import { type DuckDbModule, loadDuckDb } from "./duckdb-module.js";

/** Where and how DuckDB runs. */
export interface DatabaseOptions {
  readonly database?: string;
  readonly threads?: number;
  readonly memoryLimit?: string;
  readonly tempDirectory?: string;
}

const DUCKDB = dialectOf("duckdb") as SqlDialect;

/** An open database with the engine's schema. */
export class LinkageDatabase {
  readonly module: DuckDbModule;
  readonly dialect: SqlDialect = DUCKDB;
  readonly #instance: DuckDBInstance;
  readonly #connection: DuckDBConnection;
  readonly #schema: string;
  readonly #ownTemp: string | undefined;
  #step = "open";

  private constructor(
    module: DuckDbModule,
    instance: DuckDBInstance,
    connection: DuckDBConnection,
    schema: string,
    ownTemp: string | undefined,
  ) {
    this.module = module;
    this.#instance = instance;
    this.#connection = connection;
    this.#schema = schema;
    this.#ownTemp = ownTemp;
  }

  /** Open DuckDB (in memory unless `database` names a file) and create the run's schema. */
  static async open(options: DatabaseOptions): Promise<LinkageDatabase> {
    const module = await loadDuckDb();
    // An in-memory database spills to a directory of its own, removed at the end.
    const ownTemp =
      options.tempDirectory === undefined && options.database === undefined
        ? await mkdtemp(path.join(tmpdir(), "ndcvn-linkage-"))
        : undefined;
    const config: Record<string, string> = { preserve_insertion_order: "false" };
    if (options.threads !== undefined)
      config.threads = String(Math.max(1, Math.floor(options.threads)));
    if (options.memoryLimit !== undefined) config.memory_limit = options.memoryLimit;
    const temp = options.tempDirectory ?? ownTemp;
    if (temp !== undefined) config.temp_directory = temp;
    let instance: DuckDBInstance | undefined;
    try {
      instance = await module.DuckDBInstance.create(options.database ?? ":memory:", config);
      const connection = await instance.connect();
      const schema = `ndcvn_linkage_${randomBytes(6).toString("hex")}`;
      await connection.run(`CREATE SCHEMA ${DUCKDB.ident(schema)}`);
      return new LinkageDatabase(module, instance, connection, schema, ownTemp);
    } catch (cause) {
      instance?.closeSync();
      if (ownTemp !== undefined) await rm(ownTemp, { recursive: true, force: true });
      throw new DuckDbEngineError("duckdb_failed", "open", { cause });
    }
  }

  /** The quoted name of working table `base`. */
  readonly table = (base: string): string => `${DUCKDB.ident(this.#schema)}.${DUCKDB.ident(base)}`;

  /** The schema's name (for the appender). */
  get schema(): string {
    return this.#schema;
  }

  /** Name the step that errors are reported under. */
  step(name: string): void {
    this.#step = name;
  }

  async #guard<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (cause) {
      if (cause instanceof DuckDbEngineError) throw cause;
      throw new DuckDbEngineError("duckdb_failed", this.#step, { cause });
    }
  }

  /** Run statements in order. */
  async run(...statements: readonly string[]): Promise<void> {
    await this.#guard(async () => {
      for (const statement of statements) await this.#connection.run(statement);
    });
  }

  /** Visit every chunk of a query's result (materialised by DuckDB, read here chunk by chunk). */
  async chunks(sql: string, visit: (chunk: DuckDBDataChunk) => void): Promise<void> {
    await this.#guard(async () => {
      const result = await this.#connection.run(sql);
      for (;;) {
        const chunk = await result.fetchChunk();
        if (!chunk || chunk.rowCount === 0) break;
        visit(chunk);
      }
    });
  }

  /** The first row of a query as numbers (counts). */
  async numbers(sql: string): Promise<number[]> {
    let row: number[] = [];
    await this.chunks(sql, (chunk) => {
      if (row.length > 0) return;
      row = Array.from({ length: chunk.columnCount }, (_, c) =>
        Number(chunk.getColumnVector(c).getItem(0) as number | bigint | null),
      );
    });
    return row;
  }

  /** An appender into working table `base`. */
  async appender(base: string) {
    return this.#guard(() => this.#connection.createAppender(base, this.#schema));
  }

  /** Drop the schema (a database file keeps nothing of the run) and close everything. */
  async close(): Promise<void> {
    try {
      await this.#connection.run(`DROP SCHEMA IF EXISTS ${DUCKDB.ident(this.#schema)} CASCADE`);
    } finally {
      this.#connection.closeSync();
      this.#instance.closeSync();
      if (this.#ownTemp !== undefined) await rm(this.#ownTemp, { recursive: true, force: true });
    }
  }
}
