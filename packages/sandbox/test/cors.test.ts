// CORS for browser apps: preflights allow the contract's headers and the fault header, and every
// answer exposes the headers a client reads.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestSandbox, type TestSandbox, tokenOf } from "./support.js";

let sandbox: TestSandbox;

beforeAll(async () => {
  sandbox = await startTestSandbox({ seed: 1, people: 20, faults: { "503": 1 } });
});
afterAll(async () => {
  await sandbox.close();
});

describe("CORS", () => {
  it("answers a preflight with the methods and headers of the contract, never with a fault", async () => {
    const response = await fetch(`${sandbox.url}/people:verify`, {
      method: "OPTIONS",
      headers: {
        Origin: "https://portal.example.vn",
        "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers":
          "authorization,x-ndc-client,x-ndc-purpose,x-ndc-sandbox-fault",
        "X-NDC-Sandbox-Fault": "reset",
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("access-control-allow-methods")).toBe("GET, POST, DELETE, OPTIONS");
    const allowed = (response.headers.get("access-control-allow-headers") ?? "")
      .toLowerCase()
      .split(", ");
    for (const name of [
      "authorization",
      "content-type",
      "x-ndc-client",
      "x-ndc-purpose",
      "x-ndc-case",
      "x-ndc-user",
      "x-request-id",
      "idempotency-key",
      "if-none-match",
      "x-ndc-sandbox-fault",
    ]) {
      expect(allowed).toContain(name);
    }
    expect(sandbox.stats().faultsInjected).toEqual({});
  });

  it("exposes X-Request-Id, Retry-After and ETag on answers, faults included", async () => {
    const response = await fetch(`${sandbox.url}/databases`, {
      headers: { Origin: "https://portal.example.vn" },
    });
    expect(response.status).toBe(503);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    const exposed = response.headers.get("access-control-expose-headers") ?? "";
    for (const name of ["X-Request-Id", "Retry-After", "ETag"]) expect(exposed).toContain(name);
    expect(response.headers.get("retry-after")).toBe("1");
  });

  it("does not need a token for a preflight", async () => {
    await expect(tokenOf(sandbox)).rejects.toThrow();
    const response = await fetch(`${sandbox.url}/oauth/token`, { method: "OPTIONS" });
    expect(response.status).toBe(204);
  });
});
