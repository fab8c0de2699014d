// The words of `ndc validate`, in Vietnamese and English.
import type { MessageTable } from "../../framework/locale.js";

export const validateMessages = {
  summary: {
    vi: "Kiểm tra một tệp JSON, NDJSON hoặc CSV theo một lược đồ của chuẩn.",
    en: "Validate a JSON, NDJSON or CSV file against a schema of the standard.",
  },
  description: {
    vi: "Đọc tệp theo luồng (bộ nhớ không tăng theo kích thước tệp), báo mọi bản ghi không hợp lệ với số dòng, đường dẫn JSON Pointer, mã lỗi và thông báo — không bao giờ in giá trị của dữ liệu. Dòng JSON hỏng là một bản ghi không hợp lệ, không bị bỏ qua. Bản ghi có thể nằm trong phong bì RecordEnvelope: phong bì được kiểm tra theo common/RecordEnvelope, còn data theo --schema hoặc, khi không có --schema, theo lược đồ mà phong bì ghi.",
    en: "Reads the file as a stream (memory does not grow with its size) and reports every invalid record with its line, JSON Pointer, issue code and message — never a value of the data. A line that is not JSON is an invalid record, not skipped. Records may come in a RecordEnvelope: the envelope is checked against common/RecordEnvelope and its data against --schema or, without --schema, against the schema the envelope names.",
  },
  argFile: {
    vi: "Tệp cần kiểm tra; “-” để đọc đầu vào chuẩn.",
    en: "The file to validate; “-” reads standard input.",
  },
  optSchema: {
    vi: "Lược đồ: $id đầy đủ, cơ-sở-dữ-liệu/Kiểu (population/Citizen) hoặc Kiểu (Citizen).",
    en: "The schema: a full $id, database/Type (population/Citizen) or Type (Citizen).",
  },
  optSchemaDefault: {
    vi: "lược đồ mà phong bì RecordEnvelope của từng bản ghi ghi",
    en: "the schema each record's RecordEnvelope names",
  },
  eachEnvelope: { vi: "(theo phong bì của từng bản ghi)", en: "(as each envelope names)" },
  optFormat: { vi: "Định dạng của tệp.", en: "Format of the file." },
  optFormatDefault: {
    vi: "theo phần mở rộng .json, .ndjson/.jsonl, .csv",
    en: "from the extension .json, .ndjson/.jsonl, .csv",
  },
  optDelimiter: {
    vi: "Dấu phân cách của CSV (tab cho ký tự tab).",
    en: "CSV delimiter (tab for a tab).",
  },
  optReport: { vi: "Dạng báo cáo: văn bản hoặc JSON.", en: "Report as text or JSON." },
  optOut: {
    vi: "Ghi báo cáo vào tệp thay vì đầu ra chuẩn.",
    en: "Write the report to a file instead of standard output.",
  },
  optMaxIssues: {
    vi: "Số vấn đề tối đa được liệt kê; số đếm luôn tính mọi bản ghi.",
    en: "At most this many issues are listed; counts always cover every record.",
  },
  findings: { vi: "có bản ghi không hợp lệ", en: "some records are invalid" },
  severity_error: { vi: "lỗi", en: "error" },
  severity_warning: { vi: "cảnh báo", en: "warning" },
  at: { vi: "tại", en: "at" },
  recordItself: { vi: "(bản ghi)", en: "(record)" },
  truncated: {
    vi: "… đã liệt kê {count} vấn đề (--max-issues); các bản ghi sau vẫn được đếm.",
    en: "… {count} issues listed (--max-issues); later records are still counted.",
  },
  summaryTitle: { vi: "Kết quả kiểm tra", en: "Validation summary" },
  file: { vi: "Tệp", en: "File" },
  schema: { vi: "Lược đồ", en: "Schema" },
  records: { vi: "Bản ghi", en: "Records" },
  valid: { vi: "Hợp lệ", en: "Valid" },
  invalid: { vi: "Không hợp lệ", en: "Invalid" },
  withWarnings: { vi: "Hợp lệ, có cảnh báo", en: "Valid with warnings" },
  envelopes: { vi: "Trong phong bì RecordEnvelope", en: "In a RecordEnvelope" },
  issueCode: { vi: "Mã vấn đề", en: "Issue code" },
  issues: { vi: "Số vấn đề", en: "Issues" },
  topIssues: { vi: "Các vấn đề thường gặp nhất", en: "Most frequent issues" },
  reportWritten: { vi: "Đã ghi báo cáo: {path}", en: "Report written: {path}" },
  noRecords: { vi: "Tệp không có bản ghi nào.", en: "The file has no records." },
} as const satisfies MessageTable;
