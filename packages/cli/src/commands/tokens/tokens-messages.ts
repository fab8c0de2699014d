// The words of `ndc tokens`, in Vietnamese and English.
import type { MessageTable } from "../../framework/locale.js";

export const tokensMessages = {
  summary: {
    vi: "Tạo bộ token HMAC của một tệp bản ghi, để liên kết với cơ quan khác mà không trao đổi định danh.",
    en: "Make the HMAC token set of a file of records, to link with another agency without exchanging identifiers.",
  },
  description: {
    vi: "Chạy tokenize của @ndcvn/linkage: với mỗi bản ghi và mỗi lượt khớp, HMAC-SHA256 của khoá đã chuẩn hoá, với khoá riêng cho từng lượt sinh từ một khoá bí mật chung (HKDF, gắn với mã băm đặc tả). Bộ token chỉ chứa mã bản ghi và token. Hai cơ quan dùng cùng đặc tả và cùng khoá bí mật, rồi “ndc link” hai bộ token cho đúng kết quả như liên kết bản ghi gốc. Khoá bí mật không bao giờ nằm trên dòng lệnh và không bao giờ được in: đọc từ biến môi trường (--secret-env, mặc định NDC_LINKAGE_SECRET) hoặc từ tệp (--secret-file), ít nhất 16 byte.",
    en: "Runs tokenize of @ndcvn/linkage: for each record and pass, the HMAC-SHA256 of its normalised key, with a key per pass derived from one shared secret (HKDF, bound to the spec's hash). The token set holds record ids and tokens only. Two agencies use the same spec and secret, then “ndc link” on the two token sets gives exactly the result of linking the records. The secret is never on the command line and never printed: it is read from an environment variable (--secret-env, default NDC_LINKAGE_SECRET) or a file (--secret-file), at least 16 bytes.",
  },
  argFile: {
    vi: "Tệp bản ghi (JSON, NDJSON hoặc CSV).",
    en: "The file of records (JSON, NDJSON or CSV).",
  },
  optSpec: {
    vi: "Đặc tả liên kết: tệp JSON hoặc tên một đặc tả có sẵn ({presets}); phải giống hệt ở hai cơ quan.",
    en: "The linkage spec: a JSON file or the name of a preset ({presets}); it must be the same at both agencies.",
  },
  optOut: { vi: "Tệp JSON ghi bộ token.", en: "The JSON file to write the token set to." },
  optSecretEnv: {
    vi: "Tên biến môi trường chứa khoá bí mật.",
    en: "Name of the environment variable that holds the secret.",
  },
  optSecretFile: {
    vi: "Tệp chứa khoá bí mật (một dấu xuống dòng ở cuối được bỏ đi).",
    en: "File that holds the secret (one trailing line break is dropped).",
  },
  optSource: {
    vi: "Tên nguồn trong đặc tả mà bản ghi thuộc về (đường dẫn mã và trường riêng của nguồn).",
    en: "The spec's source the records belong to (its id path and per-source fields).",
  },
  optSourceDefault: { vi: "nguồn đầu tiên của đặc tả", en: "the spec's first source" },
  optFormat: { vi: "Định dạng của tệp.", en: "Format of the file." },
  stage: { vi: "tạo token", en: "tokenize" },
  title: { vi: "Bộ token", en: "Token set" },
  file: { vi: "Tệp", en: "File" },
  records: { vi: "Bản ghi", en: "Records" },
  passes: { vi: "Lượt khớp", en: "Passes" },
  vetoes: { vi: "Điều kiện chặn", en: "Vetoes" },
  spec: { vi: "Đặc tả", en: "Spec" },
  specHash: { vi: "Mã băm đặc tả", en: "Spec hash" },
  keyId: {
    vi: "Mã khoá (giống nhau khi cùng khoá bí mật)",
    en: "Key id (equal for equal secrets)",
  },
  normalizer: { vi: "Phiên bản chuẩn hoá", en: "Normaliser version" },
  wrongType: {
    vi: "Giá trị sai kiểu (coi như thiếu)",
    en: "Values of the wrong type (taken as missing)",
  },
  written: { vi: "Đã ghi bộ token: {path}", en: "Token set written: {path}" },
  sourceExpected: { vi: "một nguồn của đặc tả: {names}", en: "a source of the spec: {names}" },
  envNameExpected: {
    vi: "tên biến môi trường (chữ, số, _)",
    en: "an environment variable name (letters, digits, _)",
  },
} as const satisfies MessageTable;
