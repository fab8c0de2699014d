// The words of `ndc schemas`, in Vietnamese and English.
import type { MessageTable } from "../../framework/locale.js";

export const schemasMessages = {
  summary: {
    vi: "Tra cứu và xuất các lược đồ JSON Schema của chuẩn dữ liệu.",
    en: "Look up and export the JSON Schema documents of the data standard.",
  },
  description: {
    vi: "Cho người tích hợp dùng ngôn ngữ khác: liệt kê lược đồ, xem trường của một lược đồ (nhãn tiếng Việt, mức nhạy cảm, căn cứ pháp lý) và xuất mọi tài liệu JSON Schema cùng danh mục.",
    en: "For integrators in other languages: list the schemas, show a schema's fields (Vietnamese labels, sensitivity, legal basis) and export every JSON Schema document with the catalog.",
  },
  listSummary: { vi: "Liệt kê các lược đồ.", en: "List the schemas." },
  showSummary: {
    vi: "Xem một lược đồ: mô tả, trường, nhãn tiếng Việt, mức nhạy cảm, căn cứ pháp lý.",
    en: "Show a schema: description, properties, Vietnamese labels, sensitivity, legal basis.",
  },
  exportSummary: {
    vi: "Ghi mọi tài liệu JSON Schema và danh mục vào một thư mục.",
    en: "Write every JSON Schema document and the catalog to a folder.",
  },
  optDatabase: {
    vi: "Chỉ các lược đồ của cơ sở dữ liệu này (common cho kiểu dùng chung).",
    en: "Only the schemas of this database (common for shared types).",
  },
  optJson: { vi: "In JSON thay vì bảng.", en: "Print JSON instead of a table." },
  optShowJson: {
    vi: "In nguyên tài liệu JSON Schema.",
    en: "Print the JSON Schema document itself.",
  },
  argSchema: {
    vi: "Lược đồ: $id, cơ-sở-dữ-liệu/Kiểu hoặc Kiểu.",
    en: "The schema: $id, database/Type or Type.",
  },
  argDir: {
    vi: "Thư mục ghi tệp (được tạo nếu chưa có).",
    en: "Folder to write to (made if missing).",
  },
  schema: { vi: "Lược đồ", en: "Schema" },
  version: { vi: "Phiên bản", en: "Version" },
  title: { vi: "Tên tiếng Anh", en: "Title" },
  labelVi: { vi: "Tên tiếng Việt", en: "Vietnamese label" },
  count: { vi: "{count} lược đồ.", en: "{count} schemas." },
  id: { vi: "$id", en: "$id" },
  database: { vi: "Cơ sở dữ liệu", en: "Database" },
  managingBody: { vi: "Cơ quan quản lý", en: "Managed by" },
  sharedTypes: { vi: "kiểu dùng chung", en: "shared types" },
  properties: { vi: "Trường ({count}):", en: "Properties ({count}):" },
  noProperties: {
    vi: "Không có trường (kiểu giá trị đơn).",
    en: "No properties (a single value).",
  },
  required: { vi: "bắt buộc", en: "required" },
  optional: { vi: "không bắt buộc", en: "optional" },
  type: { vi: "Kiểu", en: "Type" },
  arrayOf: { vi: "mảng {item}", en: "array of {item}" },
  legalBasis: { vi: "Căn cứ pháp lý", en: "Legal basis" },
  codeList: { vi: "Danh mục mã", en: "Code list" },
  qcvn109: { vi: "QCVN 109", en: "QCVN 109" },
  sensitivity_public: { vi: "công khai", en: "public" },
  sensitivity_basic: { vi: "dữ liệu cá nhân cơ bản", en: "basic personal data" },
  sensitivity_sensitive: { vi: "dữ liệu cá nhân nhạy cảm", en: "sensitive personal data" },
  exported: {
    vi: "Đã ghi {count} lược đồ, catalog.json và index.json vào {path}.",
    en: "Wrote {count} schemas, catalog.json and index.json to {path}.",
  },
  files: { vi: "Tệp", en: "Files" },
} as const satisfies MessageTable;
