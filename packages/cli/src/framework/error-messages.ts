// The errors `ndc` reports on stderr (`ndc: <message> [<code>]`, exit code 2), in Vietnamese and
// English. Codes are stable: scripts may match them. Messages name options, paths and schema ids the
// user typed, never a value read from the data.
import type { MessageTable } from "./locale.js";

export const errorMessages = {
  unknown_command: {
    vi: "Không có lệnh “{command}”.",
    en: "There is no command “{command}”.",
  },
  missing_command: {
    vi: "Thiếu tên lệnh.",
    en: "A command is missing.",
  },
  unknown_option: {
    vi: "Lệnh {command} không có tuỳ chọn {option}.",
    en: "The command {command} has no option {option}.",
  },
  option_value_missing: {
    vi: "Tuỳ chọn {option} cần một giá trị.",
    en: "The option {option} needs a value.",
  },
  option_takes_no_value: {
    vi: "Tuỳ chọn {option} không nhận giá trị.",
    en: "The option {option} takes no value.",
  },
  missing_option: {
    vi: "Thiếu tuỳ chọn bắt buộc {option}.",
    en: "The option {option} is required.",
  },
  missing_argument: {
    vi: "Thiếu đối số {argument}.",
    en: "The argument {argument} is missing.",
  },
  unexpected_argument: {
    vi: "Thừa đối số: lệnh {command} nhận tối đa {count} đối số.",
    en: "Too many arguments: the command {command} takes at most {count}.",
  },
  invalid_value: {
    vi: "Giá trị của {option} không hợp lệ: phải là {expected}.",
    en: "The value of {option} is not valid: it must be {expected}.",
  },
  file_not_found: {
    vi: "Không tìm thấy tệp {path}.",
    en: "The file {path} does not exist.",
  },
  not_a_file: {
    vi: "{path} không phải là một tệp.",
    en: "{path} is not a file.",
  },
  file_unreadable: {
    vi: "Không đọc được tệp {path} ({reason}).",
    en: "The file {path} cannot be read ({reason}).",
  },
  output_unwritable: {
    vi: "Không ghi được {path} ({reason}).",
    en: "Cannot write {path} ({reason}).",
  },
  unknown_format: {
    vi: "Không biết định dạng của {path} theo phần mở rộng: dùng --format json, ndjson hoặc csv.",
    en: "Cannot tell the format of {path} from its extension: use --format json, ndjson or csv.",
  },
  stdin_format_required: {
    vi: "Đọc từ đầu vào chuẩn (-) cần --format json, ndjson hoặc csv.",
    en: "Reading standard input (-) needs --format json, ndjson or csv.",
  },
  stdin_unavailable: {
    vi: "Không có đầu vào chuẩn để đọc.",
    en: "There is no standard input to read.",
  },
  unknown_schema: {
    vi: "Không có lược đồ “{id}”.",
    en: "There is no schema “{id}”.",
  },
  ambiguous_schema: {
    vi: "“{id}” có thể là nhiều lược đồ: {candidates}.",
    en: "“{id}” may be several schemas: {candidates}.",
  },
  unknown_database: {
    vi: "Không có cơ sở dữ liệu “{database}”.",
    en: "There is no database “{database}”.",
  },
  internal_error: {
    vi: "Lỗi nội bộ của ndc ({reason}). Vui lòng báo lỗi này.",
    en: "Internal error in ndc ({reason}). Please report it.",
  },
} as const satisfies MessageTable;

/** A stable code of an error `ndc` reports. */
export type CliErrorCode = keyof typeof errorMessages;

/** Hints after an error message, also as data. */
export const hintMessages = {
  did_you_mean: { vi: "Có phải ý bạn là: {candidates}?", en: "Did you mean: {candidates}?" },
  see_schemas: {
    vi: "Xem mọi lược đồ bằng “ndc schemas list”.",
    en: "See every schema with “ndc schemas list”.",
  },
  see_help: {
    vi: "Xem “{command} --help” để biết thêm.",
    en: "See “{command} --help” for more.",
  },
  usage: { vi: "Cách dùng: {usage}", en: "Usage: {usage}" },
} as const satisfies MessageTable;
