// A call of an operation other than the token endpoint: the bearer token, the body, the check
// against the contract, the client's identity, scopes, purpose and case number, then the handler.
import type { OperationSpec } from "../contract/openapi.js";
import { type CompiledOperation, type Exchange, header, type PipelineContext } from "./exchange.js";
import { jsonBody } from "./json-body.js";
import { type IssueSpec, type ProblemSpec, problem, type Reply } from "./reply.js";

/** The problem of a request that breaks the contract. */
function invalidRequest(operation: OperationSpec, issues: readonly IssueSpec[]): ProblemSpec {
  // An unknown database or code list in the path is a resource that does not exist (404), even
  // though the parameter's schema is an enum.
  const unknown = issues.find(
    (issue) =>
      issue.code === "enum" && (issue.parameter === "database" || issue.parameter === "name"),
  );
  if (
    unknown &&
    operation.parameters.some((p) => p.in === "path" && p.name === unknown.parameter)
  ) {
    return {
      code: "not_found",
      message: unknown.parameter === "database" ? "databaseNotFound" : "codeListNotFound",
    };
  }
  if (issues.some((issue) => issue.header === "X-NDC-Purpose" && issue.code === "required")) {
    return { code: "purpose_required", message: "purposeRequired", errors: issues };
  }
  return { code: "invalid_request", message: "invalidRequest", errors: issues };
}

/** Answers a call of an operation other than the token endpoint. */
export async function callOperation(
  context: PipelineContext,
  exchange: Exchange,
  compiled: CompiledOperation,
  pathParams: Readonly<Record<string, string>>,
  query: URLSearchParams,
  bytes: Buffer,
): Promise<Reply> {
  const { req } = exchange;
  const { spec } = compiled;
  const token = context.tokens.check(header(req, "authorization"), exchange.now);
  if (typeof token === "string") {
    return problem({
      code: "unauthorized",
      message:
        token === "missing"
          ? "missingToken"
          : token === "expired"
            ? "expiredToken"
            : "invalidToken",
      headers: {
        "WWW-Authenticate":
          token === "missing" ? 'Bearer realm="ndc"' : 'Bearer realm="ndc", error="invalid_token"',
      },
    });
  }
  let body: unknown;
  if (spec.requestBody) {
    const read = jsonBody(req, bytes);
    if ("issue" in read) {
      return problem({ code: "invalid_request", message: "invalidRequest", errors: [read.issue] });
    }
    body = read.body;
  }
  const check = compiled.request({ pathParams, query, headers: req.headers, body });
  if (!check.ok) return problem(invalidRequest(spec, check.issues));
  const { values } = check;
  const client = token.client;
  if (values.header["x-ndc-client"] !== client.agency) {
    return problem({ code: "client_mismatch", message: "clientMismatch" });
  }
  const scope = spec.scopes?.find((needed) => !token.scopes.has(needed));
  if (scope !== undefined)
    return problem({ code: "forbidden", message: "missingScope", params: { scope } });
  const purpose = values.header["x-ndc-purpose"];
  if (purpose !== undefined) {
    if (!client.purposes.has(purpose)) {
      return problem({
        code: "purpose_not_allowed",
        message: "purposeNotAllowed",
        params: { purpose },
      });
    }
    const takesCase = spec.parameters.some((p) => p.key === "x-ndc-case");
    if (takesCase && context.purposesNeedingCase.has(purpose) && !values.header["x-ndc-case"]) {
      return problem({
        code: "case_required",
        message: "caseRequired",
        params: { purpose },
        errors: [{ header: "X-NDC-Case", code: "required", message: "issueRequired" }],
      });
    }
  }
  if (!compiled.handler) return problem({ code: "internal", message: "internal" });
  return compiled.handler(
    { operation: spec, values, client, problemContext: exchange.problemContext, now: exchange.now },
    context.state,
  );
}
