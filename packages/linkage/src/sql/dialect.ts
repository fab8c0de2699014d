// What differs between the SQL engines the pass semantics are written for: quoting, the functions
// for bit masks and SHA-256, how a working table is (re)created and how a script fails on purpose.
// Everything else in the generated SQL is common to Spark SQL, DuckDB and Trino.

/** The SQL dialects `toSql` writes. */
export type SqlDialectName = "spark" | "duckdb" | "trino";

/** The SQL dialects `toSql` writes, in the order of the documentation. */
export const SQL_DIALECTS: readonly SqlDialectName[] = ["spark", "duckdb", "trino"];

/** How one engine spells what the generated SQL needs. */
export interface SqlDialect {
  readonly name: SqlDialectName;
  /** A quoted identifier, safe for any name (quotes inside are doubled). */
  ident(name: string): string;
  /** A string literal, safe for any text. */
  literal(text: string): string;
  /** `1 << bit` as a 64-bit integer. */
  bitOf(bit: string): string;
  /** The bitwise OR of a 64-bit integer column over a group. */
  bitOrAgg(value: string): string;
  /** The number of bits set in a 64-bit integer. */
  bitCount(value: string): string;
  /** The lower-case hex SHA-256 of the UTF-8 bytes of a string. */
  sha256Hex(text: string): string;
  /** The statements that replace table `name` by the rows of `select`. */
  createTable(name: string, select: string): string[];
  /** The statement that drops table `name` when it exists. */
  dropTable(name: string): string;
  /** An expression that stops the script with `message` (used in a CASE that should never reach it). */
  fail(message: string): string;
  readonly bigint: string;
  readonly varchar: string;
}

const doubled = (quote: string) => (text: string) =>
  `${quote}${text.split(quote).join(quote + quote)}${quote}`;

const standardLiteral = doubled("'");

// Spark reads backslash escapes in string literals, so both the backslash and the quote are escaped.
const sparkLiteral = (text: string) => `'${text.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`;

const spark: SqlDialect = {
  name: "spark",
  ident: doubled("`"),
  literal: sparkLiteral,
  bitOf: (bit) => `shiftleft(CAST(1 AS BIGINT), ${bit})`,
  bitOrAgg: (value) => `bit_or(${value})`,
  bitCount: (value) => `bit_count(${value})`,
  sha256Hex: (text) => `sha2(${text}, 256)`,
  createTable: (name, select) => [
    `DROP TABLE IF EXISTS ${name}`,
    `CREATE TABLE ${name} USING parquet AS\n${select}`,
  ],
  dropTable: (name) => `DROP TABLE IF EXISTS ${name}`,
  fail: (message) => `raise_error(${sparkLiteral(message)})`,
  bigint: "BIGINT",
  varchar: "STRING",
};

const duckdb: SqlDialect = {
  name: "duckdb",
  ident: doubled('"'),
  literal: standardLiteral,
  bitOf: (bit) => `(CAST(1 AS BIGINT) << ${bit})`,
  bitOrAgg: (value) => `bit_or(${value})`,
  bitCount: (value) => `bit_count(${value})`,
  sha256Hex: (text) => `sha256(${text})`,
  createTable: (name, select) => [`CREATE OR REPLACE TABLE ${name} AS\n${select}`],
  dropTable: (name) => `DROP TABLE IF EXISTS ${name}`,
  fail: (message) => `error(${standardLiteral(message)})`,
  bigint: "BIGINT",
  varchar: "VARCHAR",
};

const trino: SqlDialect = {
  name: "trino",
  ident: doubled('"'),
  literal: standardLiteral,
  bitOf: (bit) => `bitwise_left_shift(CAST(1 AS BIGINT), ${bit})`,
  bitOrAgg: (value) => `bitwise_or_agg(${value})`,
  bitCount: (value) => `bit_count(${value}, 64)`,
  sha256Hex: (text) => `lower(to_hex(sha256(to_utf8(${text}))))`,
  createTable: (name, select) => [
    `DROP TABLE IF EXISTS ${name}`,
    `CREATE TABLE ${name} AS\n${select}`,
  ],
  dropTable: (name) => `DROP TABLE IF EXISTS ${name}`,
  fail: (message) => `fail(${standardLiteral(message)})`,
  bigint: "BIGINT",
  varchar: "VARCHAR",
};

const DIALECTS: Readonly<Record<SqlDialectName, SqlDialect>> = { spark, duckdb, trino };

/** The dialect of that name, or `undefined`. */
export function dialectOf(name: string): SqlDialect | undefined {
  return Object.hasOwn(DIALECTS, name) ? DIALECTS[name as SqlDialectName] : undefined;
}
