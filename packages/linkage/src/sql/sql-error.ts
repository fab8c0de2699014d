// Thrown by toSql for options it cannot write a script for.
import { LinkageError } from "../errors/linkage-error.js";

/** A code of {@link SqlOptionsError}. */
export type SqlOptionsErrorCode =
  | "unknown_dialect"
  | "unknown_mode"
  | "source_count"
  | "invalid_option";

const MESSAGES: Readonly<Record<SqlOptionsErrorCode, { vi: string; en: string }>> = {
  unknown_dialect: {
    vi: "Không hỗ trợ phương ngữ SQL {value}; hãy dùng spark, duckdb hoặc trino.",
    en: "The SQL dialect {value} is not supported; use spark, duckdb or trino.",
  },
  unknown_mode: {
    vi: "Chế độ {value} không hợp lệ; hãy dùng link, linkMany hoặc dedupe.",
    en: "The mode {value} is not valid; use link, linkMany or dedupe.",
  },
  source_count: {
    vi: "Chế độ {value} cần số nguồn khác: link cần 2, dedupe cần 1, linkMany cần 2 đến 32.",
    en: "The mode {value} needs another number of sources: link 2, dedupe 1, linkMany 2 to 32.",
  },
  invalid_option: {
    vi: "Tuỳ chọn {value} của toSql không hợp lệ.",
    en: "The toSql option {value} is not valid.",
  },
};

/** `toSql` was given a dialect, mode, sources or option it cannot write a script for. */
export class SqlOptionsError extends LinkageError {
  override readonly name = "SqlOptionsError";
  /** The value or option at fault. */
  readonly value: string;

  constructor(code: SqlOptionsErrorCode, value: string) {
    const fill = (text: string) => text.replace("{value}", value);
    super(code, { vi: fill(MESSAGES[code].vi), en: fill(MESSAGES[code].en) });
    this.value = value;
  }
}
