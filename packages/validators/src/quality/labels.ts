// The words of the quality report, in Vietnamese and English, as data. `{name}` is replaced by a
// value when the text is used. Vietnamese text is in the canonical form of `normalizeVietnamese`.
import type { Locale } from "../issue.js";

/** A text in both languages of the report. */
export interface BilingualLabel {
  readonly vi: string;
  readonly en: string;
}

/**
 * Every label of the HTML quality report, by key. Tools that present a `QualityReport` in their
 * own way can reuse them.
 *
 * @example
 * ```ts
 * import { qualityLabels } from "@ndcvn/validators";
 * qualityLabels.correct.vi; // "Đúng"
 * qualityLabels.live.en; // "Live"
 * ```
 */
export const qualityLabels = {
  reportTitle: { vi: "Báo cáo chất lượng dữ liệu", en: "Data quality report" },
  tagline: {
    vi: "Dữ liệu đúng, đủ, sạch, sống — bốn tiêu chí của Trung tâm dữ liệu quốc gia.",
    en: "Data that is correct, sufficient, clean and live — the four aims of the National Data Center.",
  },
  schema: { vi: "Lược đồ", en: "Schema" },
  assessedAt: { vi: "Thời điểm đánh giá", en: "Assessed at" },
  today: { vi: "Ngày tham chiếu (giờ Việt Nam)", en: "Reference day (Vietnam time)" },
  records: { vi: "Số bản ghi", en: "Records" },
  normalizerVersion: { vi: "Phiên bản chuẩn hoá văn bản", en: "Text normaliser version" },
  reportVersion: { vi: "Phiên bản định dạng báo cáo", en: "Report format version" },
  freshnessThreshold: { vi: "Ngưỡng còn mới", en: "Freshness threshold" },
  envelopes: { vi: "Bản ghi trong phong bì RecordEnvelope", en: "Records in a RecordEnvelope" },
  otherSchema: { vi: "Phong bì ghi lược đồ khác", en: "Envelopes naming another schema" },
  notObjects: { vi: "Bản ghi không phải đối tượng JSON", en: "Records that are not JSON objects" },
  noRecords: { vi: "Không có bản ghi nào.", en: "There are no records." },
  summary: { vi: "Tổng quan", en: "Summary" },
  score: { vi: "Điểm", en: "Score" },
  outOf100: { vi: "trên 100", en: "out of 100" },
  notMeasured: { vi: "không đo được", en: "not measured" },

  overall: { vi: "Điểm tổng hợp", en: "Overall score" },
  overallExplain: {
    vi: "Trung bình cộng điểm của bốn tiêu chí đúng, đủ, sạch, sống.",
    en: "The mean of the four scores: correct, sufficient, clean and live.",
  },
  correct: { vi: "Đúng", en: "Correct" },
  correctExplain: {
    vi: "Tỷ lệ bản ghi hợp lệ theo lược đồ.",
    en: "The share of records that are valid against the schema.",
  },
  sufficient: { vi: "Đủ", en: "Sufficient" },
  sufficientExplain: {
    vi: "Mức đầy đủ trung bình của các trường bắt buộc và khuyến nghị.",
    en: "The mean completeness of the required and recommended fields.",
  },
  clean: { vi: "Sạch", en: "Clean" },
  cleanExplain: {
    vi: "Trung bình của ba tỷ lệ: bản ghi không trùng lặp, văn bản ở dạng chuẩn và mã đơn vị hành chính còn hiệu lực.",
    en: "The mean of three shares: records that repeat no other, records with canonical text and records whose administrative codes are in force.",
  },
  live: { vi: "Sống", en: "Live" },
  liveExplain: {
    vi: "Tỷ lệ bản ghi được cập nhật trong vòng {days} ngày trước thời điểm đánh giá.",
    en: "The share of records updated within {days} days before the assessment.",
  },

  validRecords: { vi: "Bản ghi hợp lệ", en: "Valid records" },
  invalidRecords: { vi: "Bản ghi không hợp lệ", en: "Invalid records" },
  withWarnings: { vi: "Bản ghi hợp lệ có cảnh báo", en: "Valid records with warnings" },
  issueCodes: { vi: "Số mã lỗi khác nhau", en: "Distinct issue codes" },
  topIssues: { vi: "Các lỗi thường gặp nhất", en: "Most frequent issues" },
  issueCode: { vi: "Mã lỗi", en: "Issue code" },
  issueRecords: { vi: "Số bản ghi", en: "Records" },
  issueCount: { vi: "Số lần", en: "Occurrences" },
  issuePaths: { vi: "Vị trí thường gặp", en: "Where it occurs most" },
  warning: { vi: "cảnh báo", en: "warning" },
  noIssues: { vi: "Không phát hiện lỗi.", en: "No issues found." },

  fieldCompleteness: { vi: "Mức đầy đủ theo trường", en: "Completeness per field" },
  field: { vi: "Trường", en: "Field" },
  path: { vi: "Đường dẫn", en: "Path" },
  completeness: { vi: "Có dữ liệu", en: "Filled in" },
  requiredFields: { vi: "Trường bắt buộc", en: "Required fields" },
  recommendedFields: { vi: "Trường khuyến nghị", en: "Recommended fields" },
  optionalFields: { vi: "Trường tuỳ chọn", en: "Optional fields" },
  fieldCount: { vi: "{count} trường", en: "{count} fields" },
  meanCompleteness: { vi: "mức đầy đủ trung bình {share}", en: "mean completeness {share}" },
  requiredBadge: { vi: "bắt buộc", en: "required" },
  recommendedBadge: { vi: "khuyến nghị", en: "recommended" },
  noFields: { vi: "Lược đồ không liệt kê trường nào.", en: "The schema lists no fields." },

  duplicates: { vi: "Trùng lặp", en: "Duplicates" },
  exactDuplicates: { vi: "Trùng hoàn toàn (cùng nội dung)", en: "Exact duplicates (same content)" },
  keyDuplicates: { vi: "Trùng theo khoá chuẩn hoá", en: "Duplicates by normalised key" },
  key: { vi: "Khoá", en: "Key" },
  keyFields: { vi: "Các trường", en: "Fields" },
  keyed: { vi: "Bản ghi có đủ khoá", en: "Records with the key" },
  repeatedRecords: { vi: "Bản ghi lặp lại", en: "Repeated records" },
  groups: { vi: "Nhóm trùng", en: "Groups" },
  noKeys: {
    vi: "Lược đồ không có trường nào của khoá mặc định (họ tên, ngày sinh, số định danh).",
    en: "The schema has none of the default key's fields (name, date of birth, personal ID).",
  },
  nonCanonicalText: { vi: "Văn bản chưa ở dạng chuẩn", en: "Non-canonical text" },
  textRecords: { vi: "Bản ghi có văn bản chưa chuẩn", en: "Records with non-canonical text" },
  textValues: { vi: "Chuỗi chưa chuẩn", en: "Non-canonical strings" },
  reasonNfd: {
    vi: "Chưa ở dạng Unicode NFC (ký tự tổ hợp)",
    en: "Not in Unicode NFC (decomposed letters)",
  },
  reasonWhitespace: {
    vi: "Khoảng trắng thừa hoặc ký tự ẩn",
    en: "Extra white space or invisible characters",
  },
  reasonToneMarks: { vi: "Dấu thanh đặt theo kiểu cũ", en: "Old-style tone-mark placement" },
  textFields: { vi: "Trường có văn bản chưa chuẩn", en: "Fields with non-canonical text" },
  administrativeCodes: {
    vi: "Mã đơn vị hành chính không còn hiệu lực",
    en: "Administrative codes not in force",
  },
  codesChecked: { vi: "Tham chiếu đã kiểm tra", en: "References checked" },
  codeRecords: {
    vi: "Bản ghi có mã không còn hiệu lực",
    en: "Records with codes not in force",
  },
  retired: { vi: "Đã hết hiệu lực", en: "Retired" },
  unknownCode: { vi: "Không có trong danh mục", en: "In no list" },
  province: { vi: "Tỉnh", en: "Province" },
  district: { vi: "Huyện", en: "District" },
  commune: { vi: "Xã", en: "Commune" },
  level: { vi: "Cấp", en: "Level" },
  code: { vi: "Mã", en: "Code" },
  status: { vi: "Tình trạng", en: "Status" },
  unitName: { vi: "Đơn vị", en: "Unit" },
  validTo: { vi: "Hiệu lực đến", en: "In force until" },
  references: { vi: "Số tham chiếu", en: "References" },
  usedAfterEnd: { vi: "Dùng sau khi hết hiệu lực", en: "Used after its end" },
  successors: { vi: "Đơn vị kế thừa (từ 01/07/2025)", en: "Successors (from 2025-07-01)" },
  whole: { vi: "toàn bộ", en: "whole" },
  part: { vi: "một phần", en: "part" },
  noSuccessor: { vi: "không có (cấp bị bãi bỏ)", en: "none (level abolished)" },
  noneFound: { vi: "Không phát hiện.", en: "None found." },

  ageHistogram: {
    vi: "Tuổi dữ liệu (số ngày kể từ lần cập nhật cuối)",
    en: "Age of the data (days since the last update)",
  },
  freshRecords: { vi: "Bản ghi còn mới", en: "Fresh records" },
  medianAge: { vi: "Tuổi trung vị", en: "Median age" },
  oldestAge: { vi: "Cũ nhất", en: "Oldest" },
  days: { vi: "{count} ngày", en: "{count} days" },
  bucketRange: { vi: "{from}–{to} ngày", en: "{from}–{to} days" },
  bucketOpen: { vi: "≥ {from} ngày", en: "≥ {from} days" },
  undated: { vi: "Không có thời điểm cập nhật", en: "Without an update time" },
  future: { vi: "Cập nhật sau thời điểm đánh giá", en: "Updated after the assessment time" },
  withinThreshold: { vi: "trong ngưỡng còn mới", en: "within the freshness threshold" },
  beyondThreshold: { vi: "quá ngưỡng còn mới", en: "beyond the freshness threshold" },

  about: { vi: "Về báo cáo này", en: "About this report" },
  privacy: {
    vi: "Báo cáo chỉ chứa tên trường, mã và số đếm, không chứa giá trị nào của bản ghi.",
    en: "The report holds field names, codes and counts only, never a value of a record.",
  },
  formulas: { vi: "Cách tính điểm", en: "How the scores are computed" },
  formulaCorrect: {
    vi: "Đúng = 100 × số bản ghi hợp lệ / tổng số bản ghi.",
    en: "Correct = 100 × valid records / records.",
  },
  formulaSufficient: {
    vi: "Đủ = 100 × trung bình tỷ lệ có dữ liệu của các trường bắt buộc và khuyến nghị (mọi trường khi không có trường nào như vậy); một trường có dữ liệu khi có mặt và không rỗng.",
    en: "Sufficient = 100 × the mean share of records filling in each required and recommended field (all fields when there are none); a field is filled in when present and not empty.",
  },
  formulaClean: {
    vi: "Sạch = 100 × trung bình của (1 − bản ghi lặp lại / tổng), (1 − bản ghi có văn bản chưa chuẩn / tổng) và (1 − bản ghi có mã hành chính không còn hiệu lực / tổng).",
    en: "Clean = 100 × the mean of (1 − repeated records / records), (1 − records with non-canonical text / records) and (1 − records with administrative codes not in force / records).",
  },
  formulaLive: {
    vi: "Sống = 100 × số bản ghi cập nhật trong vòng {days} ngày / tổng số bản ghi; bản ghi không có thời điểm cập nhật được tính là chưa mới.",
    en: "Live = 100 × records updated within {days} days / records; a record without an update time counts as not fresh.",
  },
  formulaOverall: {
    vi: "Tổng hợp = trung bình cộng của bốn điểm.",
    en: "Overall = the mean of the four scores.",
  },
  rootPath: { vi: "(cả bản ghi)", en: "(whole record)" },
  madeWith: { vi: "Tạo bởi ndcvn", en: "Made with ndcvn" },
} as const satisfies Readonly<Record<string, BilingualLabel>>;

/** A key of {@link qualityLabels}. */
export type QualityLabelKey = keyof typeof qualityLabels;

/** The label in a locale, with `{name}` placeholders filled. */
export function label(
  key: QualityLabelKey,
  locale: Locale,
  params: Readonly<Record<string, string | number>> = {},
): string {
  const text: string = qualityLabels[key][locale];
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}
