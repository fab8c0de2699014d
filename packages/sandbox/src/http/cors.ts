// CORS, so that browser apps can call the sandbox from any origin: bearer tokens travel in the
// Authorization header, never in cookies, so a wildcard origin is safe. Preflights allow every
// request header of the contract and the sandbox's fault header.
import { OPERATIONS } from "../contract/openapi.js";
import { FAULT_HEADER } from "../faults/fault-kinds.js";

const REQUEST_HEADERS = [
  ...new Set([
    "Authorization",
    "Content-Type",
    "Accept-Language",
    "traceparent",
    ...OPERATIONS.flatMap((operation) =>
      operation.parameters.filter((parameter) => parameter.in === "header").map((p) => p.name),
    ),
    FAULT_HEADER,
  ]),
];

/** Headers of every response. */
export const CORS_HEADERS: Readonly<Record<string, string>> = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Expose-Headers":
    "X-Request-Id, Retry-After, ETag, Location, WWW-Authenticate, Content-Language",
};

/** Headers of the answer to a preflight. */
export const PREFLIGHT_HEADERS: Readonly<Record<string, string>> = {
  ...CORS_HEADERS,
  "Access-Control-Allow-Methods": "GET, POST, DELETE, OPTIONS",
  "Access-Control-Allow-Headers": REQUEST_HEADERS.join(", "),
  "Access-Control-Max-Age": "600",
};
