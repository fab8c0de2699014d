// How each injected failure looks on the wire. Problems for the statuses the contract knows (429,
// 500, 503 — and 502/504, which a gateway in front of the API may answer); the rest breaks HTTP
// or JSON on purpose: a reset connection, a body shorter than its Content-Length, JSON cut off,
// an HTML page. None carries data from the request.
import type { ServerResponse } from "node:http";
import type { FailureFault } from "../faults/fault-kinds.js";
import type { ProblemSpec, ReplyHeaders } from "./reply.js";

/** The problem of a fault that answers with a status, or undefined for one that breaks the wire. */
export function faultProblem(
  fault: FailureFault,
  retryAfter: number | undefined,
): ProblemSpec | undefined {
  const retry: ReplyHeaders = retryAfter === undefined ? {} : { "Retry-After": String(retryAfter) };
  switch (fault) {
    case "429":
      return { code: "rate_limited", message: "rateLimited", headers: retry };
    case "500":
      return { code: "internal", message: "internalFault" };
    case "502":
      return { code: "unavailable", status: 502, message: "badGatewayFault" };
    case "503":
      return { code: "unavailable", message: "unavailableFault", headers: retry };
    case "504":
      return { code: "unavailable", status: 504, message: "gatewayTimeoutFault" };
    default:
      return undefined;
  }
}

const TRUNCATED_BODY = JSON.stringify({
  sandbox: "truncated",
  note: "This body is cut off before its Content-Length: the connection closes mid-body.",
  padding: "x".repeat(256),
});
const MALFORMED_JSON = '{"sandbox":"malformed-json","entries":[{"recordId":"pop-';
const HTML_PAGE =
  "<!DOCTYPE html><html><head><title>503 Gateway maintenance</title></head>" +
  "<body><h1>Gateway maintenance</h1><p>Sandbox fault: wrong-content-type.</p></body></html>";

/** Breaks the answer on the wire, the way the fault says. */
export function breakWire(
  fault: "reset" | "truncated" | "malformed-json" | "wrong-content-type",
  res: ServerResponse,
  headers: ReplyHeaders,
): void {
  const socket = res.socket;
  if (fault === "reset") {
    if (socket && "resetAndDestroy" in socket && typeof socket.resetAndDestroy === "function") {
      socket.resetAndDestroy();
    } else socket?.destroy();
    return;
  }
  if (fault === "truncated") {
    const body = Buffer.from(TRUNCATED_BODY);
    res.writeHead(200, {
      ...headers,
      "Content-Type": "application/json",
      "Content-Length": String(body.length),
    });
    res.write(body.subarray(0, body.length >> 1), () => res.socket?.destroy());
    return;
  }
  const [type, text] =
    fault === "malformed-json"
      ? ["application/json", MALFORMED_JSON]
      : ["text/html; charset=utf-8", HTML_PAGE];
  res.writeHead(200, {
    ...headers,
    "Content-Type": type,
    "Content-Length": String(Buffer.byteLength(text)),
  });
  res.end(text);
}
