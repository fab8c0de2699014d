// What the sandbox says in `detail`, in English and Vietnamese (chosen by Accept-Language). A
// message names fields, headers, codes and limits — never a value from the request, so that no
// personal identifier, name or token ever reaches an error body.

/** The languages of messages. */
export type Locale = "en" | "vi";

/** A message in both languages; `{name}` marks a parameter. */
interface Message {
  readonly en: string;
  readonly vi: string;
}

export const MESSAGES = {
  noSuchPath: {
    en: "No operation of the API has this path.",
    vi: "Không có thao tác nào của API tại đường dẫn này.",
  },
  methodNotAllowed: {
    en: "This path does not accept the method {method}.",
    vi: "Đường dẫn này không nhận phương thức {method}.",
  },
  payloadTooLarge: {
    en: "The request body is larger than {limit} bytes.",
    vi: "Thân yêu cầu lớn hơn {limit} byte.",
  },
  invalidRequest: {
    en: "The request does not follow the contract; errors says where.",
    vi: "Yêu cầu không đúng hợp đồng API; errors chỉ ra chỗ sai.",
  },
  malformedHttp: {
    en: "The request is not valid HTTP.",
    vi: "Yêu cầu không phải HTTP hợp lệ.",
  },
  missingToken: {
    en: "No access token: send Authorization: Bearer <token>.",
    vi: "Thiếu mã truy cập: gửi Authorization: Bearer <mã>.",
  },
  invalidToken: {
    en: "The access token is not valid.",
    vi: "Mã truy cập không hợp lệ.",
  },
  expiredToken: {
    en: "The access token has expired.",
    vi: "Mã truy cập đã hết hạn.",
  },
  clientMismatch: {
    en: "X-NDC-Client is not the client the access token was issued to.",
    vi: "X-NDC-Client không phải là hệ thống được cấp mã truy cập này.",
  },
  missingScope: {
    en: "The access token does not carry the scope {scope}.",
    vi: "Mã truy cập không có phạm vi {scope}.",
  },
  databaseNotGranted: {
    en: "The client may not use the database {database}.",
    vi: "Hệ thống không được phép sử dụng cơ sở dữ liệu {database}.",
  },
  fieldNotGranted: {
    en: "The client is not authorised to read the field {field}.",
    vi: "Hệ thống không được phép khai thác trường {field}.",
  },
  purposeRequired: {
    en: "Requests for personal data must carry X-NDC-Purpose.",
    vi: "Yêu cầu khai thác dữ liệu cá nhân phải có X-NDC-Purpose.",
  },
  purposeNotAllowed: {
    en: "The client is not authorised for the purpose {purpose}.",
    vi: "Hệ thống không được phép khai thác dữ liệu cho mục đích {purpose}.",
  },
  caseRequired: {
    en: "The purpose {purpose} requires the number of a dossier or case in X-NDC-Case.",
    vi: "Mục đích {purpose} yêu cầu số hồ sơ hoặc vụ việc trong X-NDC-Case.",
  },
  personNotFound: {
    en: "No person with this personal identification number.",
    vi: "Không có công dân với số định danh cá nhân này.",
  },
  recordNotFound: {
    en: "No record with this id in the database {database}.",
    vi: "Không có bản ghi với mã này trong cơ sở dữ liệu {database}.",
  },
  databaseNotFound: {
    en: "No national database with this code.",
    vi: "Không có cơ sở dữ liệu quốc gia với mã này.",
  },
  codeListNotFound: {
    en: "No code list with this name.",
    vi: "Không có danh mục với tên này.",
  },
  subscriptionNotFound: {
    en: "No subscription with this id.",
    vi: "Không có đăng ký với mã này.",
  },
  idempotencyConflict: {
    en: "This Idempotency-Key was used for a different request.",
    vi: "Idempotency-Key này đã được dùng cho một yêu cầu khác.",
  },
  subscriptionLimit: {
    en: "A client holds at most {limit} subscriptions; delete one first.",
    vi: "Mỗi hệ thống có tối đa {limit} đăng ký; hãy hủy bớt một đăng ký.",
  },
  invalidCursor: {
    en: "The cursor is unknown, malformed or from another database; start again from updatedSince.",
    vi: "Con trỏ không xác định, sai định dạng hoặc thuộc cơ sở dữ liệu khác; hãy bắt đầu lại từ updatedSince.",
  },
  rateLimited: {
    en: "The rate limit is used up (sandbox fault); try again after Retry-After seconds.",
    vi: "Đã vượt giới hạn tần suất (lỗi giả lập); thử lại sau Retry-After giây.",
  },
  internal: {
    en: "An unexpected error occurred.",
    vi: "Đã xảy ra lỗi không mong muốn.",
  },
  internalFault: {
    en: "An unexpected error occurred (sandbox fault).",
    vi: "Đã xảy ra lỗi không mong muốn (lỗi giả lập).",
  },
  responseWithheld: {
    en: "The sandbox made a response that breaks the contract and withheld it.",
    vi: "Sandbox tạo ra một phản hồi không đúng hợp đồng API nên đã không gửi phản hồi đó.",
  },
  unavailableFault: {
    en: "The service is unavailable for now (sandbox fault).",
    vi: "Dịch vụ tạm thời không khả dụng (lỗi giả lập).",
  },
  badGatewayFault: {
    en: "The gateway got no valid answer from the source database (sandbox fault).",
    vi: "Cổng kết nối không nhận được phản hồi hợp lệ từ cơ sở dữ liệu nguồn (lỗi giả lập).",
  },
  gatewayTimeoutFault: {
    en: "The source database did not answer in time (sandbox fault).",
    vi: "Cơ sở dữ liệu nguồn không phản hồi kịp thời (lỗi giả lập).",
  },
  // Issues: one per broken rule, by JSON Schema keyword or rule of the API.
  issueRequired: { en: "Missing.", vi: "Thiếu." },
  issuePattern: { en: "Does not have the required form.", vi: "Không đúng khuôn dạng." },
  issueFormat: { en: "Is not a valid {format}.", vi: "Không phải {format} hợp lệ." },
  issueEnum: {
    en: "Is not one of the allowed values.",
    vi: "Không thuộc các giá trị được phép.",
  },
  issueConst: {
    en: "Is not the only allowed value.",
    vi: "Không phải giá trị duy nhất được phép.",
  },
  issueType: { en: "Must be of type {type}.", vi: "Phải có kiểu {type}." },
  issueMinLength: { en: "Is too short.", vi: "Quá ngắn." },
  issueMaxLength: { en: "Is too long.", vi: "Quá dài." },
  issueMinimum: { en: "Is below {limit}.", vi: "Nhỏ hơn {limit}." },
  issueMaximum: { en: "Is above {limit}.", vi: "Lớn hơn {limit}." },
  issueMinItems: { en: "Has fewer than {limit} items.", vi: "Có ít hơn {limit} phần tử." },
  issueMaxItems: { en: "Has more than {limit} items.", vi: "Có nhiều hơn {limit} phần tử." },
  issueUniqueItems: { en: "Has the same item twice.", vi: "Có phần tử bị lặp." },
  issueMinProperties: {
    en: "Has fewer than {limit} members.",
    vi: "Có ít hơn {limit} thành phần.",
  },
  issueAdditionalProperties: {
    en: "Is not a member the schema allows.",
    vi: "Không phải thành phần được lược đồ cho phép.",
  },
  issueSchema: {
    en: "Breaks the rule {rule} of the schema.",
    vi: "Vi phạm quy tắc {rule} của lược đồ.",
  },
  issueDuplicate: {
    en: "Is given more than once.",
    vi: "Được truyền nhiều hơn một lần.",
  },
  issueJson: { en: "The body is not valid JSON.", vi: "Thân yêu cầu không phải JSON hợp lệ." },
  issueEncoding: {
    en: "The body is not valid UTF-8.",
    vi: "Thân yêu cầu không phải UTF-8 hợp lệ.",
  },
  issueMediaType: {
    en: "The body must be {media}.",
    vi: "Thân yêu cầu phải có kiểu {media}.",
  },
  issueContentEncoding: {
    en: "Only an uncompressed body is accepted.",
    vi: "Chỉ nhận thân yêu cầu không nén.",
  },
  issueCursorAndSince: {
    en: "cursor and updatedSince are not given together.",
    vi: "Không dùng cursor cùng với updatedSince.",
  },
  issueFaultUnknown: {
    en: "Names no fault of the sandbox (latency, 429, 500, 502, 503, 504, reset, truncated, malformed-json, wrong-content-type).",
    vi: "Không phải lỗi giả lập nào của sandbox (latency, 429, 500, 502, 503, 504, reset, truncated, malformed-json, wrong-content-type).",
  },
  issueFaultParameter: {
    en: "The parameter {parameter} must be a whole number from {min} to {max}.",
    vi: "Tham số {parameter} phải là số nguyên từ {min} đến {max}.",
  },
} as const satisfies Record<string, Message>;

/** The id of a message. */
export type MessageId = keyof typeof MESSAGES;

/** The parameters of a message: names, codes and limits only. */
export type MessageParams = Readonly<Record<string, string | number>>;

/** A message in a language, its parameters filled in. */
export function say(id: MessageId, locale: Locale, params: MessageParams = {}): string {
  return MESSAGES[id][locale].replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

/**
 * The language the caller prefers (`Accept-Language`), Vietnamese or English; English when it
 * asks for neither.
 */
export function localeOf(acceptLanguage: string | undefined): Locale {
  if (!acceptLanguage) return "en";
  let best: Locale = "en";
  let bestQuality = 0;
  for (const part of acceptLanguage.split(",")) {
    const [tag = "", ...options] = part.trim().toLowerCase().split(";");
    const quality = options
      .map((option) => /^\s*q=([01](?:\.\d{0,3})?)\s*$/.exec(option)?.[1])
      .find((q) => q !== undefined);
    const q = quality === undefined ? 1 : Number(quality);
    const language = tag.split("-")[0];
    if ((language === "vi" || language === "en") && q > bestQuality) {
      best = language;
      bestQuality = q;
    }
  }
  return best;
}
