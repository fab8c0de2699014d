// The words of `ndc synth`, in Vietnamese and English.
import type { MessageTable } from "../../framework/locale.js";

export const synthMessages = {
  summary: {
    vi: "Tạo dân số tổng hợp có hạt giống và bản trích xuất của từng cơ sở dữ liệu, kèm sự thật gốc.",
    en: "Make a seeded synthetic population and per-database extracts, with the ground truth.",
  },
  description: {
    vi: "Ghi vào thư mục --out: people.ndjson (dân số, sự thật gốc), <cơ-sở-dữ-liệu>.ndjson hoặc .csv (các RecordEnvelope với lỗi thường gặp của dữ liệu thật), <cơ-sở-dữ-liệu>.truth.csv (recordId, personId, lỗi đã áp dụng) và manifest.json (các tham số, để tạo lại). Cùng tham số cho cùng từng byte. Mọi dữ liệu là tổng hợp; tệp cũ cùng tên bị ghi đè.",
    en: "Writes to the --out folder: people.ndjson (the population: the truth), <database>.ndjson or .csv (RecordEnvelopes with the faults of real data), <database>.truth.csv (recordId, personId, faults applied) and manifest.json (the settings, to make them again). The same settings give the same bytes. All data is synthetic; existing files of the same names are overwritten.",
  },
  optPeople: { vi: "Số người của dân số.", en: "Number of people in the population." },
  optSeed: { vi: "Hạt giống ngẫu nhiên.", en: "Random seed." },
  optOut: {
    vi: "Thư mục ghi tệp (được tạo nếu chưa có).",
    en: "Folder to write to (made if missing).",
  },
  optDatabases: {
    vi: "Các cơ sở dữ liệu cần trích xuất, cách nhau bằng dấu phẩy.",
    en: "The databases to extract, separated by commas.",
  },
  optDatabasesDefault: { vi: "tất cả", en: "all" },
  optFormat: { vi: "Định dạng của bản trích xuất.", en: "Format of the extracts." },
  optFaults: {
    vi: "Lỗi của dữ liệu thật ở tỉ lệ mặc định, hoặc không có lỗi (mọi bản ghi hợp lệ).",
    en: "Faults of real data at the default rates, or none (every record valid).",
  },
  optAsOf: {
    vi: "Ngày của dân số và bản trích xuất.",
    en: "The date of the population and the extracts.",
  },
  dateExpected: {
    vi: "một ngày YYYY-MM-DD từ 2000 đến 2099",
    en: "a date YYYY-MM-DD from 2000 to 2099",
  },
  stagePeople: { vi: "dân số", en: "people" },
  title: { vi: "Dữ liệu tổng hợp", en: "Synthetic data" },
  settings: {
    vi: "{people} người · hạt giống {seed} · ngày {asOf} · lỗi: {faults}",
    en: "{people} people · seed {seed} · as of {asOf} · faults: {faults}",
  },
  fileHeader: { vi: "Tệp", en: "File" },
  contents: { vi: "Nội dung", en: "Contents" },
  recordsHeader: { vi: "Bản ghi", en: "Records" },
  withFaults: { vi: "Có lỗi", en: "With faults" },
  sizeHeader: { vi: "Dung lượng", en: "Size" },
  population: { vi: "dân số (sự thật gốc)", en: "population (the truth)" },
  extractOf: { vi: "trích xuất {database}", en: "{database} extract" },
  truthOf: { vi: "sự thật của {database}", en: "truth of {database}" },
  manifest: { vi: "tham số", en: "settings" },
  writtenTo: { vi: "Đã ghi vào thư mục: {path}", en: "Written to the folder: {path}" },
} as const satisfies MessageTable;
