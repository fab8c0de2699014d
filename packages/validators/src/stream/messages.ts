// Messages of the issue codes batch validation reports, in Vietnamese and English. Messages never
// contain input values (they are personal data): only positions, limits, counts and column names.
import type { MessageTable } from "../issue.js";

/**
 * Every issue code {@link validateStream} reports itself, with its Vietnamese and English messages
 * (`{name}` is a param of the issue; `{problem}` is the reason's message, from
 * {@link jsonProblemMessages} or {@link csvHeaderProblemMessages}).
 *
 * @example
 * ```ts
 * import { streamMessages } from "@ndcvn/validators";
 * streamMessages.record_too_large.en; // "The record is larger than the limit of {limit} bytes and was not read."
 * ```
 */
export const streamMessages = {
  invalid_json: {
    vi: "Bản ghi không phải JSON hợp lệ: {problem} (dòng {line}, cột {column}).",
    en: "The record is not valid JSON: {problem} (line {line}, column {column}).",
  },
  invalid_utf8: {
    vi: "Bản ghi chứa byte không phải UTF-8 hợp lệ; dữ liệu có thể dùng bảng mã cũ (TCVN3, VNI, Windows-1258).",
    en: "The record contains bytes that are not valid UTF-8; the data may use a legacy encoding (TCVN3, VNI, Windows-1258).",
  },
  record_too_large: {
    vi: "Bản ghi lớn hơn giới hạn {limit} byte nên không được đọc.",
    en: "The record is larger than the limit of {limit} bytes and was not read.",
  },
  invalid_csv_row: {
    vi: "Dòng CSV có {actual} trường trong khi tiêu đề có {expected} cột.",
    en: "The CSV row has {actual} fields while the header has {expected} columns.",
  },
  invalid_csv_quote: {
    vi: "Sau dấu ngoặc kép đóng chỉ được là dấu phân cách hoặc xuống dòng (dòng {line}, ký tự {column}).",
    en: "A closing quote must be followed by the delimiter or a line break (line {line}, character {column}).",
  },
  unclosed_csv_quote: {
    vi: "Dấu ngoặc kép mở ở dòng {line}, ký tự {column} không được đóng trước khi hết dữ liệu.",
    en: "The quote opened at line {line}, character {column} is not closed before the end of the input.",
  },
  invalid_csv_value: {
    vi: "Giá trị ở cột {column} không phải {expected}.",
    en: "The value in column {column} is not {expected}.",
  },
  invalid_csv_header: {
    vi: "Tiêu đề CSV không dùng được ở cột thứ {position}: {problem}.",
    en: "The CSV header cannot be used at column {position}: {problem}.",
  },
  stream_stopped: {
    vi: "Ngừng đọc tại dòng {line}: phần dữ liệu còn lại không được kiểm tra.",
    en: "Reading stopped at line {line}: the rest of the input was not checked.",
  },
  internal_error: {
    vi: "Không kiểm tra được bản ghi do lỗi nội bộ của bộ kiểm tra.",
    en: "The record could not be checked because the validator failed.",
  },
} as const satisfies MessageTable;

/** A code of {@link streamMessages}. */
export type StreamIssueCode = keyof typeof streamMessages;

/**
 * What is wrong in JSON that does not parse: `params.reason` of an `invalid_json` issue, rendered
 * into its message as `{problem}`.
 */
export const jsonProblemMessages = {
  unexpected_character: { vi: "ký tự không mong đợi", en: "unexpected character" },
  unexpected_end: { vi: "dữ liệu kết thúc giữa chừng", en: "unexpected end of the input" },
  invalid_escape: {
    vi: "chuỗi thoát không hợp lệ trong chuỗi ký tự",
    en: "invalid escape sequence in a string",
  },
  invalid_number: { vi: "số không hợp lệ", en: "invalid number" },
  control_character: {
    vi: "ký tự điều khiển chưa được thoát trong chuỗi ký tự",
    en: "unescaped control character in a string",
  },
  expected_value: { vi: "thiếu một giá trị", en: "a value is missing" },
  expected_property_name: {
    vi: "thiếu tên thuộc tính trong dấu ngoặc kép",
    en: "expected a property name in double quotes",
  },
  expected_colon: {
    vi: "thiếu dấu hai chấm sau tên thuộc tính",
    en: "expected a colon after a property name",
  },
  expected_comma: {
    vi: "thiếu dấu phẩy hoặc dấu đóng ngoặc",
    en: "expected a comma or a closing bracket",
  },
  mismatched_bracket: {
    vi: "dấu đóng ngoặc không khớp với dấu mở ngoặc",
    en: "a closing bracket does not match the opening one",
  },
  trailing_content: {
    vi: "có dữ liệu thừa sau giá trị JSON",
    en: "unexpected content after the JSON value",
  },
  syntax_error: { vi: "lỗi cú pháp", en: "syntax error" },
} as const satisfies MessageTable;

/** A reason of an `invalid_json` issue. */
export type JsonProblem = keyof typeof jsonProblemMessages;

/**
 * Why a CSV header cannot be used: `params.reason` of an `invalid_csv_header` issue, rendered into
 * its message as `{problem}`.
 */
export const csvHeaderProblemMessages = {
  empty_name: { vi: "tên cột trống", en: "the column name is empty" },
  duplicate: {
    vi: "tên cột trùng với một cột đứng trước",
    en: "the name repeats an earlier column",
  },
  conflict: {
    vi: "đường dẫn vừa là một giá trị vừa là đối tượng hoặc mảng ở cột khác",
    en: "the path is both a value and an object or array in another column",
  },
  invalid_path: {
    vi: "đường dẫn có đoạn trống hoặc vị trí mảng không hợp lệ",
    en: "the path has an empty segment or an invalid array position",
  },
} as const satisfies MessageTable;

/** A reason of an `invalid_csv_header` issue. */
export type CsvHeaderProblem = keyof typeof csvHeaderProblemMessages;

/**
 * The types a CSV cell is converted to, as `{expected}` in `invalid_csv_value` messages
 * (`params.expected` holds the type's name).
 */
export const csvTypeMessages = {
  string: { vi: "một chuỗi ký tự", en: "a string" },
  number: { vi: "một số (dấu chấm thập phân)", en: "a number (decimal point)" },
  integer: { vi: "một số nguyên", en: "an integer" },
  boolean: { vi: "true hoặc false", en: "true or false" },
  json: { vi: "JSON hợp lệ", en: "valid JSON" },
} as const satisfies MessageTable;
