// Thrown by the DuckDB engine when DuckDB cannot be used: the optional package is not installed, or
// DuckDB itself failed (out of memory or disk, a database file that cannot be opened).
import { LinkageError } from "../errors/linkage-error.js";

/** A code of {@link DuckDbEngineError}. */
export type DuckDbEngineErrorCode = "duckdb_unavailable" | "duckdb_failed";

const MESSAGES: Readonly<Record<DuckDbEngineErrorCode, { vi: string; en: string }>> = {
  duckdb_unavailable: {
    vi: "Công cụ DuckDB cần gói @duckdb/node-api: hãy cài đặt bằng `npm install @duckdb/node-api` (hoặc pnpm add, yarn add).",
    en: "The DuckDB engine needs the package @duckdb/node-api: install it with `npm install @duckdb/node-api` (or pnpm add, yarn add).",
  },
  duckdb_failed: {
    vi: "DuckDB báo lỗi khi chạy liên kết ({step}); xem cause. Kiểm tra bộ nhớ (memoryLimit), chỗ trống trên đĩa và tệp cơ sở dữ liệu.",
    en: "DuckDB failed while linking ({step}); see cause. Check the memory limit (memoryLimit), free disk space and the database file.",
  },
};

/**
 * DuckDB cannot be used: `duckdb_unavailable` when `@duckdb/node-api` is not installed,
 * `duckdb_failed` when DuckDB reported an error (its error is the `cause`; the message names the
 * step, never a record's value).
 */
export class DuckDbEngineError extends LinkageError {
  override readonly name = "DuckDbEngineError";
  /** What the engine was doing: `open`, `load`, `pass personalId`, `read results` … */
  readonly step: string;

  constructor(code: DuckDbEngineErrorCode, step: string, options?: { cause?: unknown }) {
    const fill = (text: string) => text.replace("{step}", step);
    super(code, { vi: fill(MESSAGES[code].vi), en: fill(MESSAGES[code].en) });
    this.step = step;
    if (options && "cause" in options) this.cause = options.cause;
  }
}
