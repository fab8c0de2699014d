// An agency's application intake: it checks each application itself, then asks the NDC whether the
// applicant's name, date of birth and sex match the national record (`POST /people:verify` — a yes
// or no per field, no personal data returned: data minimisation), and answers the applicant's
// front end. Errors are problem+json in the caller's language; the audit log gets what the client's
// hooks give it, which never holds a full personal ID or a token.
import { randomUUID } from "node:crypto";
import { createServer } from "node:http";
import { createClient, isNdcApiError } from "@ndcvn/client";
import { checkApplication } from "./check-application.mjs";

const MAX_BODY_BYTES = 64 * 1024;

const PROBLEMS = {
  not_found: { status: 404, vi: "Không có địa chỉ này.", en: "No such resource." },
  invalid_json: {
    status: 400,
    vi: "Nội dung gửi lên không phải JSON hợp lệ.",
    en: "The body is not valid JSON.",
  },
  too_large: { status: 413, vi: "Hồ sơ quá lớn.", en: "The application is too large." },
  invalid_application: {
    status: 422,
    vi: "Hồ sơ có thông tin không hợp lệ.",
    en: "The application has invalid fields.",
  },
  unknown_person: {
    status: 422,
    vi: "Không tìm thấy công dân có số định danh này.",
    en: "No citizen has this personal ID.",
  },
  claims_mismatch: {
    status: 422,
    vi: "Thông tin kê khai không khớp với Cơ sở dữ liệu quốc gia.",
    en: "The declared details do not match the national record.",
  },
  ndc_unavailable: {
    status: 503,
    vi: "Chưa kết nối được Trung tâm dữ liệu quốc gia, vui lòng thử lại sau.",
    en: "The National Data Center cannot be reached; try again later.",
  },
};

/**
 * Start the service.
 * @param {{ ndc: { baseUrl: string, clientId: string, clientSecret: string, agency: string },
 *   purpose: string, port?: number, audit?: (entry: Record<string, unknown>) => void,
 *   retry?: import("@ndcvn/client").ClientOptions["retry"] }} options
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function startAgencyService(options) {
  const audit = options.audit ?? ((entry) => console.log(JSON.stringify(entry)));
  const { baseUrl, clientId, clientSecret, agency } = options.ndc;
  const ndc = createClient(
    { baseUrl, clientId, clientSecret },
    {
      agency,
      purpose: options.purpose,
      ...(options.retry ? { retry: options.retry } : {}),
      hooks: {
        onResponse: (event) =>
          audit({
            event: "ndc-call",
            operation: event.operationId,
            url: event.url,
            status: event.status,
            requestId: event.requestId,
          }),
        onError: (event) =>
          audit({
            event: "ndc-error",
            operation: event.operationId,
            url: event.url,
            error: event.error.message,
            requestId: event.requestId,
          }),
      },
    },
  );

  async function handle(request, response) {
    const locale = /^en\b/i.test(request.headers["accept-language"] ?? "") ? "en" : "vi";
    const problem = (code, extra = {}) => {
      const kind = PROBLEMS[code];
      response.writeHead(kind.status, {
        "content-type": "application/problem+json; charset=utf-8",
      });
      response.end(JSON.stringify({ status: kind.status, code, title: kind[locale], ...extra }));
    };
    if (request.method !== "POST" || request.url !== "/applications") return problem("not_found");

    const chunks = [];
    let size = 0;
    for await (const chunk of request) {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) return problem("too_large");
      chunks.push(chunk);
    }
    let body;
    try {
      body = JSON.parse(Buffer.concat(chunks).toString("utf8"));
    } catch {
      return problem("invalid_json");
    }
    const checked = checkApplication(body, locale);
    if (!checked.ok) return problem("invalid_application", { issues: checked.issues });

    const { personalId, fullName, dateOfBirth, sex } = checked.applicant;
    let verdict;
    try {
      verdict = await ndc.people.verify(personalId, { name: { fullName }, dateOfBirth, sex });
    } catch (error) {
      if (isNdcApiError(error) && error.code === "not_found") return problem("unknown_person");
      return problem(
        "ndc_unavailable",
        isNdcApiError(error) ? { ndcRequestId: error.requestId } : {},
      );
    }
    const mismatched = Object.entries(verdict.results)
      .filter(([, outcome]) => outcome === "mismatch")
      .map(([field]) => field);
    if (mismatched.length > 0) return problem("claims_mismatch", { fields: mismatched });

    const applicationId = randomUUID();
    audit({ event: "application-accepted", applicationId });
    response.writeHead(201, { "content-type": "application/json; charset=utf-8" });
    response.end(JSON.stringify({ applicationId, verification: verdict.results }));
  }

  const server = createServer((request, response) => {
    handle(request, response).catch(() => {
      if (!response.headersSent)
        response.writeHead(500, { "content-type": "application/problem+json" });
      response.end(JSON.stringify({ status: 500, code: "internal" }));
    });
  });
  await new Promise((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const address = server.address();
  return {
    url: `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
