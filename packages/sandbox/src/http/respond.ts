// Writing answers: the headers every answer carries, the check against the contract before
// anything is sent (a response that breaks it is withheld and answered 500), and the bytes.

import { CORS_HEADERS } from "./cors.js";
import { type Exchange, JSON_MEDIA, type PipelineContext } from "./exchange.js";
import { problemDetails, statusOf } from "./problem-details.js";
import { type ProblemSpec, problem, type Reply, type ReplyHeaders } from "./reply.js";

/** The headers every answer carries, and `no-store` unless it is public data. */
export function baseHeaders(exchange: Exchange, status: number): Record<string, string> {
  const headers: Record<string, string> = {
    ...CORS_HEADERS,
    "X-Request-Id": exchange.problemContext.requestId,
  };
  const publicData =
    exchange.operation?.spec.scopes?.length === 0 && (status < 300 || status === 304);
  if (!publicData) headers["Cache-Control"] = "no-store";
  if (exchange.closeAfter) headers.Connection = "close";
  return headers;
}

function lowerCased(headers: ReplyHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) out[name.toLowerCase()] = value;
  return out;
}

function write(
  exchange: Exchange,
  status: number,
  headers: Record<string, string>,
  text: string | undefined,
): void {
  const { res } = exchange;
  if (res.headersSent || res.destroyed) return;
  if (text === undefined) {
    res.writeHead(status, headers);
    res.end();
    return;
  }
  headers["Content-Length"] = String(Buffer.byteLength(text));
  res.writeHead(status, headers);
  res.end(text);
}

/** Writes a reply, checked against the contract first when the sandbox validates responses. */
export function send(context: PipelineContext, exchange: Exchange, reply: Reply): void {
  let status: number;
  let media: string | undefined;
  let body: unknown;
  let text: string | undefined;
  let bodyChecked = false;
  const extra: Record<string, string> = {};
  switch (reply.kind) {
    case "problem": {
      status = statusOf(reply.problem);
      media = "application/problem+json";
      body = problemDetails(reply.problem, exchange.problemContext);
      Object.assign(extra, reply.problem.headers, {
        "Content-Language": exchange.problemContext.locale,
      });
      break;
    }
    case "json":
      status = reply.status;
      media = reply.media ?? JSON_MEDIA;
      body = reply.body;
      Object.assign(extra, reply.headers);
      break;
    case "static":
      status = reply.status;
      media = JSON_MEDIA;
      text = reply.text;
      bodyChecked = true;
      Object.assign(extra, reply.headers);
      break;
    case "empty":
      status = reply.status;
      Object.assign(extra, reply.headers);
      break;
  }
  const headers = { ...baseHeaders(exchange, status), ...extra };
  if (media !== undefined) headers["Content-Type"] = media;
  if (context.validateResponses) {
    const validator = exchange.operation?.response ?? context.problemValidator;
    const issues = validator({
      status,
      media,
      headers: lowerCased(headers),
      body: bodyChecked ? undefined : body,
      bodyChecked,
    });
    if (issues.length > 0) {
      context.stats.responseValidationFailures++;
      context.onInternalError?.({
        kind: "response-validation",
        operationId: exchange.operation?.spec.id ?? "(none)",
        status,
        issues,
      });
      sendProblem(context, exchange, { code: "internal", message: "responseWithheld" }, false);
      return;
    }
  }
  if (text === undefined && body !== undefined) text = JSON.stringify(body);
  write(exchange, status, headers, text);
}

/** Writes a problem, checked (or not: the sandbox's own last resort) against the contract. */
export function sendProblem(
  context: PipelineContext,
  exchange: Exchange,
  spec: ProblemSpec,
  check = true,
): void {
  if (check) {
    send(context, exchange, problem(spec));
    return;
  }
  const status = statusOf(spec);
  const headers = {
    ...baseHeaders(exchange, status),
    ...spec.headers,
    "Content-Type": "application/problem+json",
    "Content-Language": exchange.problemContext.locale,
  };
  write(exchange, status, headers, JSON.stringify(problemDetails(spec, exchange.problemContext)));
}
