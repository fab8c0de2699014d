// The words of `ndc link`, in Vietnamese and English.
import type { MessageTable } from "../../framework/locale.js";

export const linkMessages = {
  summary: {
    vi: "Liên kết bản ghi của hai tệp (hoặc hai bộ token) theo một đặc tả liên kết.",
    en: "Link the records of two files (or two token sets) with a linkage spec.",
  },
  description: {
    vi: "Đọc hai tệp JSON, NDJSON hoặc CSV (bản ghi trần hoặc RecordEnvelope) theo luồng và chạy link của @ndcvn/linkage: các lượt khớp theo thứ tự, một khoá chỉ liên kết khi nó là duy nhất ở cả hai phía, không bao giờ đoán. Mọi bản ghi có mặt đúng một lần trong kết quả: đã liên kết, mơ hồ hoặc không khớp. Bản ghi mơ hồ là kết quả được báo cáo, không phải lỗi: lệnh thoát 0 khi đã chạy xong. Hai tệp token của ndc tokens (cùng khoá bí mật, cùng đặc tả) được liên kết như nhau mà không lộ định danh. Bản ghi không đọc được hay hai bản ghi cùng mã là lỗi đầu vào (mã thoát 2). Bộ nhớ tăng theo số bản ghi (khoá của chúng), không theo kích thước tệp.",
    en: "Reads two JSON, NDJSON or CSV files (bare records or RecordEnvelopes) as streams and runs link of @ndcvn/linkage: passes in order, a key links only when it is unique on both sides, nothing is guessed. Every record appears exactly once in the result: linked, ambiguous or unmatched. Ambiguities are reported results, not errors: the command exits 0 when it ran. Two token files of ndc tokens (same secret, same spec) link the same way without revealing identifiers. A record that cannot be read, or two records with one id, is an input error (exit code 2). Memory grows with the number of records (their keys), not with the size of the files.",
  },
  argLeft: {
    vi: "Tệp bên trái (bản ghi hoặc bộ token).",
    en: "The left file (records or a token set).",
  },
  argRight: {
    vi: "Tệp bên phải (bản ghi hoặc bộ token).",
    en: "The right file (records or a token set).",
  },
  optSpec: {
    vi: "Đặc tả liên kết: tệp JSON, hoặc tên một đặc tả có sẵn ({presets}).",
    en: "The linkage spec: a JSON file, or the name of a preset ({presets}).",
  },
  optOut: {
    vi: "Ghi toàn bộ kết quả (LinkResult: liên kết, mơ hồ, không khớp, thống kê từng lượt) vào tệp JSON này.",
    en: "Write the whole result (LinkResult: links, ambiguities, unmatched, statistics per pass) to this JSON file.",
  },
  optReport: {
    vi: "Dạng tóm tắt trên đầu ra chuẩn: bảng văn bản hoặc JSON.",
    en: "Summary on standard output as text tables or JSON.",
  },
  optLeftFormat: { vi: "Định dạng của tệp bên trái.", en: "Format of the left file." },
  optRightFormat: { vi: "Định dạng của tệp bên phải.", en: "Format of the right file." },
  optIdField: {
    vi: "Đường dẫn của mã bản ghi trong cả hai tệp (ví dụ recordId, data.maHoSo); trở thành recordId của đặc tả.",
    en: "Path of the record id in both files (e.g. recordId, data.caseNumber); it becomes the spec's recordId.",
  },
  optIdFieldDefault: { vi: "recordId của đặc tả", en: "the spec's recordId" },
  optTruth: {
    vi: "Tệp sự thật gốc của ndc synth (<cơ-sở-dữ-liệu>.truth.csv), nhiều tệp cách nhau bằng dấu phẩy: in độ chính xác và độ phủ.",
    en: "Ground-truth files of ndc synth (<database>.truth.csv), comma-separated: print precision and recall.",
  },
  stageReading: { vi: "đọc", en: "reading" },
  stageLinking: { vi: "liên kết", en: "linking" },
  title: { vi: "Kết quả liên kết", en: "Linkage summary" },
  left: { vi: "Bên trái", en: "Left" },
  right: { vi: "Bên phải", en: "Right" },
  records: { vi: "{count} bản ghi", en: "{count} records" },
  tokenSet: { vi: "{count} bản ghi (bộ token)", en: "{count} records (token set)" },
  links: { vi: "Liên kết", en: "Links" },
  ambiguities: { vi: "Nhóm mơ hồ", en: "Ambiguities" },
  ambiguousRecords: {
    vi: "Bản ghi mơ hồ (trái / phải)",
    en: "Ambiguous records (left / right)",
  },
  unmatched: { vi: "Không khớp (trái / phải)", en: "Unmatched (left / right)" },
  specHash: { vi: "Mã băm đặc tả", en: "Spec hash" },
  spec: { vi: "Đặc tả", en: "Spec" },
  normalizer: { vi: "Phiên bản chuẩn hoá", en: "Normaliser version" },
  mode: { vi: "Chế độ", en: "Mode" },
  modeCleartext: { vi: "bản ghi gốc", en: "clear text" },
  modeTokens: { vi: "token (không lộ định danh)", en: "tokens (no identifier revealed)" },
  passesTitle: { vi: "Liên kết theo từng lượt", en: "Links per pass" },
  pass: { vi: "Lượt", en: "Pass" },
  eligible: { vi: "Đủ điều kiện", en: "Eligible" },
  vetoed: { vi: "Bị chặn", en: "Vetoed" },
  precision: { vi: "Độ chính xác", en: "Precision" },
  recall: { vi: "Độ phủ", en: "Recall" },
  recallOneToOne: { vi: "Độ phủ (cặp một-một)", en: "Recall (one-to-one pairs)" },
  truePairs: { vi: "Cặp đúng theo sự thật", en: "True pairs" },
  correct: { vi: "Liên kết đúng", en: "Correct links" },
  accuracyTitle: { vi: "So với sự thật gốc", en: "Against the ground truth" },
  notInTruth: {
    vi: "Bản ghi không có trong sự thật (trái / phải)",
    en: "Records not in the truth (left / right)",
  },
  written: { vi: "Đã ghi kết quả: {path}", en: "Result written: {path}" },
} as const satisfies MessageTable;
