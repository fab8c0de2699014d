// The words of `ndc sandbox`, in Vietnamese and English.
import type { MessageTable } from "../../framework/locale.js";

export const sandboxMessages = {
  summary: {
    vi: "Chạy máy chủ thử nghiệm của API chia sẻ dữ liệu trên dữ liệu tổng hợp, tại 127.0.0.1.",
    en: "Run the sandbox of the Sharing API on synthetic data, on 127.0.0.1.",
  },
  description: {
    vi: "Phục vụ toàn bộ API chia sẻ dữ liệu (@ndcvn/sandbox) từ một dân số tổng hợp có hạt giống: xác thực OAuth, tiêu đề mục đích, kiểm tra mọi yêu cầu và phản hồi theo hợp đồng OpenAPI, luồng thay đổi, webhook, và lỗi giả lập theo tỉ lệ (--faults) hoặc theo tiêu đề X-NDC-Sandbox-Fault. In địa chỉ, thông tin đăng nhập thử nghiệm (không phải bí mật thật) và ví dụ; chạy đến khi nhận Ctrl+C (SIGINT) hoặc SIGTERM, rồi đóng gọn và thoát 0. Chỉ nghe trên 127.0.0.1.",
    en: "Serves the whole Sharing API (@ndcvn/sandbox) from a seeded synthetic population: OAuth, purpose headers, every request and response checked against the OpenAPI contract, change feeds, webhooks, and faults by rate (--faults) or by the X-NDC-Sandbox-Fault header. Prints the address, the sandbox credentials (not real secrets) and examples; runs until Ctrl+C (SIGINT) or SIGTERM, then closes cleanly and exits 0. Listens on 127.0.0.1 only.",
  },
  optPort: {
    vi: "Cổng trên 127.0.0.1 (0: một cổng trống bất kỳ).",
    en: "Port on 127.0.0.1 (0: any free port).",
  },
  optSeed: {
    vi: "Hạt giống: cùng hạt giống cho cùng người, bản ghi, luồng thay đổi, lỗi và khoá bí mật của client.",
    en: "Seed: the same seed gives the same people, records, feeds, faults and client secret.",
  },
  optPeople: { vi: "Số người của dân số tổng hợp.", en: "Size of the synthetic population." },
  optFaults: {
    vi: "Lỗi giả lập theo tỉ lệ, dạng tên=tỉ-lệ cách nhau bằng dấu phẩy: {faults}; và latencyMs, retryAfterSeconds.",
    en: "Faults injected by rate, as name=rate separated by commas: {faults}; and latencyMs, retryAfterSeconds.",
  },
  optFaultsDefault: { vi: "không có", en: "none" },
  optTokenTtl: {
    vi: "Thời hạn của access token, tính bằng giây.",
    en: "Lifetime of access tokens, in seconds.",
  },
  faultsExpected: {
    vi: "tên=tỉ-lệ, cách nhau bằng dấu phẩy, với tên trong {faults}, latencyMs, retryAfterSeconds, tỉ lệ từ 0 đến 1 và tổng tỉ lệ lỗi (trừ latency) không quá 1",
    en: "name=rate, separated by commas, with names of {faults}, latencyMs, retryAfterSeconds, rates from 0 to 1, and failure rates (all but latency) adding up to at most 1",
  },
  portExpected: {
    vi: "một cổng người dùng này được mở (từ 1024 trở lên nếu không phải root)",
    en: "a port this user may open (1024 or above unless root)",
  },
  starting: {
    vi: "Đang tạo dữ liệu tổng hợp ({people} người, hạt giống {seed})…",
    en: "Making the synthetic data ({people} people, seed {seed})…",
  },
  title: {
    vi: "Sandbox của API chia sẻ dữ liệu NDC — {people} người tổng hợp, hạt giống {seed}",
    en: "NDC Sharing API sandbox — {people} synthetic people, seed {seed}",
  },
  url: { vi: "Địa chỉ", en: "URL" },
  clientId: { vi: "client_id", en: "client_id" },
  clientSecret: { vi: "client_secret (thử nghiệm)", en: "client_secret (sandbox)" },
  agency: { vi: "X-NDC-Client", en: "X-NDC-Client" },
  purpose: { vi: "X-NDC-Purpose (ví dụ)", en: "X-NDC-Purpose (example)" },
  faults: { vi: "Lỗi giả lập", en: "Faults" },
  none: { vi: "không có", en: "none" },
  tokenTtl: { vi: "Thời hạn token", en: "Token lifetime" },
  seconds: { vi: "{count} giây", en: "{count} s" },
  samplePerson: { vi: "Số định danh mẫu", en: "Sample personal ID" },
  curlTitle: { vi: "Với curl:", en: "With curl:" },
  clientTitle: { vi: "Với @ndcvn/client:", en: "With @ndcvn/client:" },
  running: {
    vi: "Đang chạy. Nhấn Ctrl+C để dừng.",
    en: "Running. Press Ctrl+C to stop.",
  },
  stopped: {
    vi: "Đã dừng sandbox. Yêu cầu: {requests}; token đã cấp: {tokens}; lỗi giả lập: {faults}.",
    en: "Sandbox stopped. Requests: {requests}; tokens issued: {tokens}; faults injected: {faults}.",
  },
} as const satisfies MessageTable;
