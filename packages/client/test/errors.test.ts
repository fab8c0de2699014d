// The typed errors: one class per kind, a `name`, guards that work across realms (by name), and
// bilingual messages.
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import {
  isNdcApiError,
  isNdcConfigurationError,
  isNdcError,
  isNdcNetworkError,
  isNdcTimeoutError,
  isNdcValidationError,
  NdcApiError,
  NdcConfigurationError,
  NdcNetworkError,
  NdcTimeoutError,
  NdcValidationError,
} from "../src/index.js";

const info = {
  operationId: "getPerson",
  method: "GET",
  url: "https://ndc.example.vn/people/001*******45?fields=name",
  requestId: "9b2f6c1e-3d4a-4e5f-8a7b-1c2d3e4f5a6b",
  attempts: 2,
};

describe("the error classes", () => {
  const errors = [
    new NdcApiError({
      ...info,
      status: 404,
      code: "not_found",
      traceId: "4bf92f3577b34da6a3ce929d0e0e4736",
    }),
    new NdcNetworkError(info, {
      message: "fetch failed: connect ECONNREFUSED",
      code: "ECONNREFUSED",
    }),
    new NdcTimeoutError(info, "attempt", 30_000),
    new NdcValidationError(info, [{ pointer: "/personalId", code: "pattern", schemaId: "x" }]),
    new NdcConfigurationError("insecure_base_url", "baseUrl"),
  ];
  const guards = [
    isNdcApiError,
    isNdcNetworkError,
    isNdcTimeoutError,
    isNdcValidationError,
    isNdcConfigurationError,
  ];

  it("each has its name, is an Error, and only its own guard accepts it", () => {
    for (const [i, error] of errors.entries()) {
      expect(error).toBeInstanceOf(Error);
      expect(error.name).toBe(error.constructor.name);
      expect(isNdcError(error)).toBe(true);
      expect(guards.map((guard) => guard(error))).toEqual(guards.map((_, j) => i === j));
    }
    expect(isNdcError(new Error("other"))).toBe(false);
    expect(isNdcApiError({ name: "NdcApiError" })).toBe(false);
    expect(isNdcApiError(null)).toBe(false);
  });

  it("guards recognise errors from another realm (a bundled copy, a vm context)", () => {
    const foreign = runInNewContext(
      "class NdcApiError extends Error { name = 'NdcApiError'; status = 503; code = 'unavailable' }; new NdcApiError('x')",
    );
    expect(foreign instanceof NdcApiError).toBe(false);
    expect(isNdcApiError(foreign)).toBe(true);
    expect(isNdcError(foreign)).toBe(true);
  });

  it("say what happened in Vietnamese and English, with the request", () => {
    const [api, network, timeout, validation, configuration] = errors.map((e) => e.message);
    expect(api).toBe(
      "[not_found] Không tìm thấy / Not found (HTTP 404, GET https://ndc.example.vn/people/001*******45?fields=name, request 9b2f6c1e-3d4a-4e5f-8a7b-1c2d3e4f5a6b, trace 4bf92f3577b34da6a3ce929d0e0e4736)",
    );
    expect(network).toContain("Không kết nối được tới máy chủ");
    expect(network).toContain("2 attempt(s)");
    expect(timeout).toContain("The server did not answer within the timeout (30000 ms");
    expect(validation).toContain("1 issue(s): /personalId pattern");
    expect(configuration).toMatch(
      /^\[insecure_base_url\] Không dùng http:\/\/.* \/ Plain http:\/\//,
    );
    expect(errors[0]?.stack).toContain("NdcApiError");
  });

  it("a network error keeps the platform's code, and a redacted copy as its cause", () => {
    const error = errors[1] as NdcNetworkError;
    expect(error.causeCode).toBe("ECONNREFUSED");
    expect((error.cause as Error).message).toBe("fetch failed: connect ECONNREFUSED");
  });
});
