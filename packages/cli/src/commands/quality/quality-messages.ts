// The words of `ndc quality`, in Vietnamese and English.
import type { MessageTable } from "../../framework/locale.js";

export const qualityMessages = {
  summary: {
    vi: "Đánh giá chất lượng dữ liệu của một tệp theo bốn tiêu chí đúng, đủ, sạch, sống.",
    en: "Assess the quality of a file on the four aims: correct, sufficient, clean, live.",
  },
  description: {
    vi: "Đọc tệp theo luồng và chấm điểm bốn tiêu chí của Trung tâm dữ liệu quốc gia; in bảng tóm tắt, ghi báo cáo HTML tự chứa (--html) và báo cáo JSON (--json). Bộ nhớ tăng theo số bản ghi khác nhau (một mã băm 16 byte mỗi bản ghi để tìm trùng lặp), không theo kích thước bản ghi. Bản ghi không đọc được (JSON hỏng…) được đếm và báo riêng, không được chấm điểm.",
    en: "Reads the file as a stream and scores the four aims of the National Data Center; prints a summary table, writes a self-contained HTML report (--html) and a JSON report (--json). Memory grows with the number of distinct records (a 16-byte hash per record to find duplicates), not with their size. Records that cannot be read (broken JSON…) are counted and reported apart; they are not scored.",
  },
  argFile: {
    vi: "Tệp cần đánh giá; “-” để đọc đầu vào chuẩn.",
    en: "The file to assess; “-” reads standard input.",
  },
  optHtml: { vi: "Ghi báo cáo HTML vào tệp này.", en: "Write the HTML report to this file." },
  optJson: {
    vi: "Ghi báo cáo JSON (QualityReport và phần input) vào tệp này.",
    en: "Write the JSON report (the QualityReport and an input section) to this file.",
  },
  optNow: {
    vi: "Thời điểm đánh giá (RFC 3339 có múi giờ, hoặc YYYY-MM-DD theo giờ Việt Nam); cho cùng giá trị để báo cáo lặp lại được.",
    en: "The time of the assessment (RFC 3339 with offset, or YYYY-MM-DD in Vietnam time); give it to make a report again.",
  },
  optNowDefault: { vi: "bây giờ", en: "now" },
  optFreshness: {
    vi: "Bản ghi cập nhật trong chừng ấy ngày là còn mới.",
    en: "A record updated within this many days is fresh.",
  },
  findings: {
    vi: "có bản ghi không hợp lệ hoặc không đọc được",
    en: "some records are invalid or cannot be read",
  },
  nowExpected: {
    vi: "thời điểm RFC 3339 có múi giờ hoặc YYYY-MM-DD",
    en: "an RFC 3339 date-time with offset, or YYYY-MM-DD",
  },
  title: { vi: "Chất lượng dữ liệu", en: "Data quality" },
  file: { vi: "Tệp", en: "File" },
  schema: { vi: "Lược đồ", en: "Schema" },
  assessed: { vi: "Bản ghi được đánh giá", en: "Records assessed" },
  unreadable: { vi: "Bản ghi không đọc được", en: "Records that cannot be read" },
  unreadableLines: {
    vi: "Bản ghi không đọc được ở các dòng {lines} (không có trong báo cáo HTML).",
    en: "Records that cannot be read at lines {lines} (not in the HTML report).",
  },
  overall: { vi: "Điểm chung", en: "Overall score" },
  correct: { vi: "Đúng", en: "Correct" },
  sufficient: { vi: "Đủ", en: "Sufficient" },
  clean: { vi: "Sạch", en: "Clean" },
  live: { vi: "Sống", en: "Live" },
  valid: { vi: "Hợp lệ", en: "Valid" },
  invalid: { vi: "Không hợp lệ", en: "Invalid" },
  duplicates: { vi: "Bản ghi lặp lại", en: "Repeated records" },
  fresh: { vi: "Còn mới", en: "Fresh" },
  notMeasured: { vi: "chưa đo được", en: "not measured" },
  topIssues: { vi: "Các vấn đề thường gặp nhất", en: "Most frequent issues" },
  issueCode: { vi: "Mã vấn đề", en: "Issue code" },
  records: { vi: "Bản ghi", en: "Records" },
  written: { vi: "Đã ghi: {path}", en: "Written: {path}" },
} as const satisfies MessageTable;
