// The client's own words, in Vietnamese and English, as data (one table, like the validators'
// messages). Server `detail`s are English only; the client adds the bilingual summary of the code.
import type { ProblemCode } from "../contract-types.js";

/** A text in Vietnamese and English. */
export interface Bilingual {
  readonly vi: string;
  readonly en: string;
}

/** `vi / en`, the form of every message the client produces. */
export const bilingual = (message: Bilingual): string => `${message.vi} / ${message.en}`;

/** What each error code of the API, and the client's `invalid_response`, means. */
export const apiErrorTitles: Readonly<Record<ProblemCode | "invalid_response", Bilingual>> = {
  invalid_request: { vi: "Yêu cầu không hợp lệ", en: "Invalid request" },
  invalid_cursor: { vi: "Con trỏ đồng bộ không hợp lệ", en: "Invalid change-feed cursor" },
  purpose_required: { vi: "Thiếu mục đích sử dụng dữ liệu", en: "Purpose required" },
  case_required: { vi: "Thiếu số hồ sơ", en: "Case number required" },
  unauthorized: { vi: "Chưa xác thực hoặc mã truy cập hết hạn", en: "Unauthorized" },
  forbidden: { vi: "Không được phép truy cập", en: "Forbidden" },
  purpose_not_allowed: { vi: "Mục đích sử dụng không được phép", en: "Purpose not allowed" },
  client_mismatch: {
    vi: "Hệ thống gọi không khớp với mã truy cập",
    en: "Client does not match the token",
  },
  not_found: { vi: "Không tìm thấy", en: "Not found" },
  method_not_allowed: { vi: "Phương thức không được hỗ trợ", en: "Method not allowed" },
  conflict: { vi: "Xung đột yêu cầu", en: "Conflict" },
  payload_too_large: { vi: "Dữ liệu gửi quá lớn", en: "Payload too large" },
  rate_limited: { vi: "Vượt quá giới hạn số lần gọi", en: "Too many requests" },
  internal: { vi: "Lỗi máy chủ", en: "Internal error" },
  unavailable: { vi: "Dịch vụ tạm thời không sẵn sàng", en: "Service unavailable" },
  invalid_response: {
    vi: "Phản hồi của máy chủ không đọc được (không phải JSON hợp lệ)",
    en: "The server's response could not be read (not valid JSON)",
  },
};

/** Messages of the errors the client raises itself. */
export const clientMessages = {
  network: {
    vi: "Không kết nối được tới máy chủ hoặc kết nối bị ngắt",
    en: "The request could not reach the server, or the connection was lost",
  },
  timeoutAttempt: {
    vi: "Máy chủ không trả lời trong thời gian chờ",
    en: "The server did not answer within the timeout",
  },
  timeoutBudget: {
    vi: "Hết tổng thời gian cho phép của lần gọi (kể cả thử lại)",
    en: "The call ran out of its total time budget (retries included)",
  },
  validation: {
    vi: "Dữ liệu trả về không đúng lược đồ",
    en: "The response does not follow its schema",
  },
  insecure_base_url: {
    vi: "Không dùng http:// không mã hóa, trừ địa chỉ loopback (127.0.0.0/8, ::1, localhost); hãy dùng https://",
    en: "Plain http:// is refused except on loopback (127.0.0.0/8, ::1, localhost); use https://",
  },
  invalid_base_url: {
    vi: "Địa chỉ máy chủ không hợp lệ (cần URL http(s) tuyệt đối, không có thông tin đăng nhập, truy vấn hay #)",
    en: "Invalid server address (an absolute http(s) URL without credentials, query or fragment is needed)",
  },
  invalid_client_identity: {
    vi: "Cần agency và system (hoặc agency dạng VN/GOV/<cơ quan>/<hệ thống>), khác rỗng, không chứa '/' hay khoảng trắng; X-NDC-Client tối đa 128 ký tự",
    en: "agency and system (or agency as VN/GOV/<agency>/<system>) must be non-empty, without '/' or spaces; X-NDC-Client at most 128 characters",
  },
  missing_credentials: {
    vi: "Cần clientId và clientSecret, hoặc tokenProvider",
    en: "clientId and clientSecret, or a tokenProvider, are required",
  },
  invalid_header: {
    vi: "Tiêu đề HTTP chỉ được chứa ký tự ASCII in được",
    en: "HTTP header values may hold printable ASCII only",
  },
  authorization_header: {
    vi: "Không đặt tiêu đề Authorization cho từng lần gọi; client tự quản lý mã truy cập",
    en: "Do not set Authorization per call; the client manages its access token",
  },
  invalid_option: { vi: "Tùy chọn không hợp lệ", en: "Invalid option" },
} as const satisfies Record<string, Bilingual>;
