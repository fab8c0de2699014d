// The words of `--help`, in Vietnamese and English.
import type { MessageTable } from "./locale.js";

export const helpMessages = {
  tagline: {
    vi: "ndc — bộ công cụ dòng lệnh cho dữ liệu của Trung tâm dữ liệu quốc gia: kiểm tra, đánh giá chất lượng, liên kết bản ghi (cả bằng token), chạy sandbox của API, tạo dữ liệu tổng hợp, tra cứu lược đồ. “ndc demo” chạy trọn câu chuyện, ngoại tuyến.",
    en: "ndc — the command line of the ndcvn SDK for National Data Center data: validate, assess quality, link records (also as tokens), run the API sandbox, make synthetic data, look up schemas. “ndc demo” runs the whole story offline.",
  },
  usage: { vi: "Cách dùng:", en: "Usage:" },
  commands: { vi: "Lệnh:", en: "Commands:" },
  subcommands: { vi: "Lệnh con:", en: "Subcommands:" },
  arguments: { vi: "Đối số:", en: "Arguments:" },
  options: { vi: "Tuỳ chọn:", en: "Options:" },
  globalOptions: { vi: "Tuỳ chọn chung:", en: "Global options:" },
  exitCodes: { vi: "Mã thoát:", en: "Exit codes:" },
  examples: { vi: "Ví dụ:", en: "Examples:" },
  required: { vi: "bắt buộc", en: "required" },
  defaultIs: { vi: "mặc định: {value}", en: "default: {value}" },
  moreHelp: {
    vi: "Xem “ndc <lệnh> --help” để biết cách dùng từng lệnh.",
    en: "Run “ndc <command> --help” for the help of a command.",
  },
  versionOption: { vi: "Hiện phiên bản của ndc.", en: "Show the version of ndc." },
  helpCommand: { vi: "Hướng dẫn của một lệnh.", en: "Help of a command." },
  exitOk: { vi: "thành công", en: "success" },
  exitUsage: {
    vi: "lỗi cách dùng hoặc dữ liệu vào (lệnh, tuỳ chọn, giá trị, tệp, lược đồ)",
    en: "usage or input error (command, option, value, file, schema)",
  },
  exitInternal: { vi: "lỗi nội bộ của ndc", en: "internal error in ndc" },
  exitFindingsGeneric: {
    vi: "phát hiện: dữ liệu có bản ghi không hợp lệ (validate, quality), độ chính xác liên kết dưới 99 % (demo)",
    en: "findings: the data has invalid records (validate, quality), linkage precision below 99% (demo)",
  },
} as const satisfies MessageTable;
