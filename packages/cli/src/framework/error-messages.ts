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
  unknown_preset: {
    vi: "Không có đặc tả liên kết có sẵn “{name}”, cũng không có tệp nào tên như vậy.",
    en: "There is no linkage preset “{name}”, nor a file of that name.",
  },
  invalid_spec: {
    vi: "Đặc tả liên kết {spec} không hợp lệ ({count} lỗi):",
    en: "The linkage spec {spec} is not valid ({count} problems):",
  },
  unreadable_record: {
    vi: "{path}:{line}: không đọc được bản ghi — {reason}",
    en: "{path}:{line}: the record cannot be read — {reason}",
  },
  invalid_record: {
    vi: "{path}:{line}: bản ghi {reason}; mọi bản ghi cần một mã bản ghi (xem --id-field).",
    en: "{path}:{line}: the record {reason}; every record needs a record id (see --id-field).",
  },
  duplicate_record_id: {
    vi: "{path}: bản ghi ở dòng {first} và dòng {second} có cùng mã bản ghi; mỗi mã chỉ được xuất hiện một lần trong một tệp.",
    en: "{path}: the records at lines {first} and {second} have the same record id; an id may appear once in a file.",
  },
  mixed_inputs: {
    vi: "Một đầu vào là bộ token, đầu vào kia là bản ghi: hãy liên kết hai bộ token (ndc tokens) hoặc hai tệp bản ghi.",
    en: "One input is a token set and the other holds records: link two token sets (ndc tokens) or two record files.",
  },
  invalid_token_set: {
    vi: "Không liên kết được bộ token: {reason}",
    en: "The token sets cannot be linked: {reason}",
  },
  invalid_linkage_input: {
    vi: "Không liên kết được các đầu vào: {reason}",
    en: "The inputs cannot be linked: {reason}",
  },
  missing_secret: {
    vi: "Thiếu khoá bí mật liên kết: đặt biến môi trường {env} hoặc dùng --secret-env <TÊN> hay --secret-file <tệp>. Khoá không bao giờ được ghi trên dòng lệnh.",
    en: "The linkage secret is missing: set the environment variable {env}, or use --secret-env <NAME> or --secret-file <file>. The secret is never given on the command line.",
  },
  invalid_secret: {
    vi: "Khoá bí mật liên kết ({source}) quá ngắn: cần ít nhất 16 byte.",
    en: "The linkage secret ({source}) is too short: it needs at least 16 bytes.",
  },
  conflicting_options: {
    vi: "Không dùng {first} cùng với {second}.",
    en: "{first} and {second} cannot be used together.",
  },
  already_tokens: {
    vi: "{path} đã là một bộ token: hãy tạo token từ tệp bản ghi.",
    en: "{path} is already a token set: make tokens of a file of records.",
  },
  invalid_truth: {
    vi: "{path}:{line}: tệp sự thật không đúng định dạng recordId,personId[,faults] của ndc synth ({reason}).",
    en: "{path}:{line}: the truth file is not in the recordId,personId[,faults] form of ndc synth ({reason}).",
  },
  port_in_use: {
    vi: "Cổng {port} trên 127.0.0.1 đang được dùng: chọn cổng khác bằng --port (0 là một cổng trống bất kỳ).",
    en: "Port {port} on 127.0.0.1 is in use: choose another with --port (0 takes any free port).",
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
