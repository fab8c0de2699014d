// The way of every request through the sandbox: identity (request id, trace, language), preflight,
// body within its limit, faults, routing, the token endpoint or the operation, and the answer,
// checked against the contract before it is written. Nothing that goes wrong inside reaches the
// caller but a problem with a trace id: no stack trace, no path, no value from the request.
import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { issueToken } from "../auth/token-endpoint.js";
import { FAULT_HEADER, type FaultPlan } from "../faults/fault-kinds.js";
import { randomTraceId } from "../support/ids.js";
import { readBody } from "./body.js";
import { callOperation } from "./call-operation.js";
import { PREFLIGHT_HEADERS } from "./cors.js";
import { type Exchange, header, type PipelineContext } from "./exchange.js";
import { breakWire, faultProblem } from "./fault-responses.js";
import { localeOf } from "./messages.js";
import type { ProblemContext } from "./problem-details.js";
import { baseHeaders, send, sendProblem } from "./respond.js";

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;
const TRACEPARENT = /^[0-9a-f]{2}-([0-9a-f]{32})-[0-9a-f]{16}-[0-9a-f]{2}$/;

function problemContextOf(req: IncomingMessage): ProblemContext {
  const given = header(req, "x-request-id");
  const trace = TRACEPARENT.exec(header(req, "traceparent") ?? "")?.[1];
  return {
    requestId: given !== undefined && REQUEST_ID.test(given) ? given : randomUUID(),
    traceId: trace !== undefined && !/^0+$/.test(trace) ? trace : randomTraceId(),
    locale: localeOf(header(req, "accept-language")),
  };
}

/** Injects a fault; true when it answered (or broke) the request. */
async function injectFault(
  context: PipelineContext,
  exchange: Exchange,
  plan: FaultPlan,
): Promise<boolean> {
  if (plan.latencyMs > 0) {
    context.stats.count(context.stats.faultsInjected, "latency");
    await context.delay(plan.latencyMs);
  }
  const failure = plan.failure;
  if (!failure) return false;
  context.stats.count(context.stats.faultsInjected, failure.fault);
  const spec = faultProblem(failure.fault, failure.retryAfter);
  if (spec) {
    // A fault is outside the contract on purpose (502 and 504 are not declared): not checked.
    sendProblem(context, exchange, spec, false);
    return true;
  }
  breakWire(
    failure.fault as "reset" | "truncated" | "malformed-json" | "wrong-content-type",
    exchange.res,
    baseHeaders(exchange, 200),
  );
  return true;
}

async function handle(context: PipelineContext, exchange: Exchange): Promise<void> {
  const { req, res } = exchange;
  const method = req.method ?? "GET";
  if (method === "OPTIONS") {
    req.resume();
    res.writeHead(204, { ...PREFLIGHT_HEADERS, "X-Request-Id": exchange.problemContext.requestId });
    res.end();
    return;
  }
  const url = req.url ?? "/";
  const mark = url.indexOf("?");
  const path = mark < 0 ? url : url.slice(0, mark);
  const route = context.route(method, path);
  if (route.kind === "operation") {
    exchange.operation = context.operations.get(route.operation.id);
    context.stats.count(context.stats.byOperation, route.operation.id);
  }
  const read = await readBody(req, context.maxBodyBytes);
  if (read.kind === "aborted") return;
  if (read.kind === "too-large") {
    exchange.closeAfter = !read.drained;
    const declared = exchange.operation?.spec.responses.has(413);
    if (!declared) exchange.operation = undefined;
    return sendProblem(context, exchange, {
      code: "payload_too_large",
      message: "payloadTooLarge",
      params: { limit: context.maxBodyBytes },
    });
  }
  const plan = context.faults.plan(header(req, FAULT_HEADER.toLowerCase()));
  if (!("latencyMs" in plan)) {
    exchange.operation = undefined;
    return sendProblem(context, exchange, {
      code: "invalid_request",
      message: "invalidRequest",
      errors: [plan],
    });
  }
  if (await injectFault(context, exchange, plan)) return;
  if (route.kind === "no-such-path") {
    return sendProblem(context, exchange, { code: "not_found", message: "noSuchPath" });
  }
  if (route.kind === "method-not-allowed") {
    return sendProblem(context, exchange, {
      code: "method_not_allowed",
      message: "methodNotAllowed",
      params: { method: method.replace(/[^A-Z]/g, "").slice(0, 16) },
      headers: { Allow: route.allowed.join(", ") },
    });
  }
  const compiled = exchange.operation;
  if (!compiled) {
    sendProblem(context, exchange, { code: "internal", message: "internal" });
    return;
  }
  // A plus sign in a query is taken as itself (RFC 3986), not as a space (HTML forms): a client
  // that sends `updatedSince=2025-09-01T00:00:00+07:00` unencoded means the offset.
  const query = new URLSearchParams(mark < 0 ? "" : url.slice(mark + 1).replaceAll("+", "%2B"));
  if (compiled.spec.scopes === undefined) {
    const reply = issueToken({
      headers: req.headers,
      body: read.bytes,
      validate: compiled.request,
      clients: context.clients,
      tokens: context.tokens,
      now: exchange.now,
    });
    if (reply.issued) context.stats.tokensIssued++;
    return send(context, exchange, reply);
  }
  const reply = await callOperation(
    context,
    exchange,
    compiled,
    route.pathParams,
    query,
    read.bytes,
  );
  send(context, exchange, reply);
}

/** The request listener of the sandbox's server. */
export function createRequestListener(
  context: PipelineContext,
): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    context.stats.requests++;
    const exchange: Exchange = {
      req,
      res,
      problemContext: problemContextOf(req),
      now: Date.now(),
    };
    res.on("error", () => {});
    handle(context, exchange).catch((error: unknown) => {
      context.stats.internalErrors++;
      context.onInternalError?.({
        kind: "exception",
        operationId: exchange.operation?.spec.id,
        error,
      });
      try {
        sendProblem(context, exchange, { code: "internal", message: "internal" }, false);
      } catch {
        res.destroy();
      }
    });
  };
}
