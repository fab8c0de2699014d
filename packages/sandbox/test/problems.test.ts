// Problems: every error status is application/problem+json with a stable code, a trace id and the
// request id, in English or Vietnamese, and never a value from the request.
import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  call,
  contractErrors,
  headersOf,
  LEAK,
  schemaErrors,
  startTestSandbox,
  type TestSandbox,
  tokenOf,
} from "./support.js";

let sandbox: TestSandbox;
let token: string;

beforeAll(async () => {
  sandbox = await startTestSandbox({ seed: 12, people: 50, maxBodyBytes: 64 * 1024 });
  token = await tokenOf(sandbox);
});
afterAll(async () => {
  expect(sandbox.internalErrors).toEqual([]);
  await sandbox.close();
});

interface Problem {
  type: string;
  title: string;
  status: number;
  code: string;
  detail: string;
  instance: string;
  traceId: string;
  errors?: { pointer?: string; parameter?: string; header?: string; code: string }[];
}

const id = () => sandbox.samples.personalIds[0] as string;

describe("problem details", () => {
  it.each([
    [
      "400 invalid_request",
      400,
      "invalid_request",
      () => ({ path: `/people/${id()}?fields=name&fields=sex` }),
    ],
    [
      "403 purpose_required",
      403,
      "purpose_required",
      () => ({ path: `/people/${id()}?fields=name`, drop: "X-NDC-Purpose" }),
    ],
    [
      "401 unauthorized",
      401,
      "unauthorized",
      () => ({ path: `/people/${id()}?fields=name`, drop: "Authorization" }),
    ],
    [
      "403 client_mismatch",
      403,
      "client_mismatch",
      () => ({ path: "/databases", set: { "X-NDC-Client": "VN/GOV/x/y" } }),
    ],
    ["404 not_found (no such path)", 404, "not_found", () => ({ path: `/persons/${id()}` })],
    [
      "405 method_not_allowed",
      405,
      "method_not_allowed",
      () => ({ path: "/databases", method: "PATCH" }),
    ],
    [
      "413 payload_too_large",
      413,
      "payload_too_large",
      () => ({ path: "/people:verify", method: "POST", body: "x".repeat(64 * 1024 + 1) }),
    ],
  ] as const)("%s", async (_, status, code, make) => {
    const request: {
      path: string;
      method?: string;
      drop?: string;
      set?: Record<string, string>;
      body?: string;
    } = make();
    const headers = headersOf(sandbox, token, { "X-Request-Id": "req-problem-1", ...request.set });
    if (request.drop) delete headers[request.drop];
    const answer = await call<Problem>(sandbox, request.path, {
      method: request.method ?? "GET",
      headers,
      ...(request.body !== undefined ? { body: request.body } : {}),
    });
    expect(answer.status).toBe(status);
    expect(answer.headers.get("content-type")).toBe("application/problem+json");
    expect(answer.headers.get("x-request-id")).toBe("req-problem-1");
    expect(answer.body).toMatchObject({
      type: `https://ndcvn.org/problems/${code}`,
      status,
      code,
      instance: "urn:ndc:request:req-problem-1",
    });
    expect(answer.body.traceId).toMatch(/^[0-9a-f]{32}$/);
    expect(schemaErrors("Problem", answer.body)).toEqual([]);
    expect(answer.text).not.toMatch(LEAK);
    expect(answer.text).not.toContain(id());
    if (status === 405) expect(answer.headers.get("allow")).toBe("GET");
  });

  it("says the detail in Vietnamese when the caller prefers it", async () => {
    const answer = await call<Problem>(
      sandbox,
      `/people/${sandbox.samples.unknownPersonalId}?fields=name`,
      {
        headers: headersOf(sandbox, token, { "Accept-Language": "vi-VN, en;q=0.5" }),
      },
    );
    expect(answer.status).toBe(404);
    expect(answer.body.detail).toBe("Không có công dân với số định danh cá nhân này.");
    expect(answer.headers.get("content-language")).toBe("vi");
    expect(answer.body.title).toBe("Not found");
  });

  it("takes the trace id of a W3C traceparent, and makes a request id when the given one is invalid", async () => {
    const trace = "4bf92f3577b34da6a3ce929d0e0e4736";
    const answer = await call<Problem>(sandbox, "/nowhere", {
      headers: { traceparent: `00-${trace}-00f067aa0ba902b7-01`, "X-Request-Id": "not valid!" },
    });
    expect(answer.body.traceId).toBe(trace);
    const requestId = answer.headers.get("x-request-id") as string;
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(answer.body.instance).toBe(`urn:ndc:request:${requestId}`);
  });

  it("answers 400 for a body that is not JSON, or not declared as JSON", async () => {
    const notJson = await call<Problem>(sandbox, "/people:verify", {
      method: "POST",
      headers: headersOf(sandbox, token),
      body: `{"personalId": "${id()}", `,
    });
    expect(notJson.status).toBe(400);
    expect(notJson.body.errors).toEqual([expect.objectContaining({ pointer: "", code: "json" })]);
    expect(notJson.text).not.toContain(id());
    const text = await call<Problem>(sandbox, "/people:verify", {
      method: "POST",
      headers: headersOf(sandbox, token, { "Content-Type": "text/plain" }),
      body: JSON.stringify({ personalId: id(), claims: { sex: "male" } }),
    });
    expect(text.status).toBe(400);
    expect(text.body.errors).toEqual([
      expect.objectContaining({ header: "Content-Type", code: "mediaType" }),
    ]);
    expect(contractErrors("verifyPerson", text)).toEqual([]);
  });

  it("names a member the schema does not allow only when it looks like a field name", async () => {
    const answer = await call<Problem>(sandbox, "/people:verify", {
      method: "POST",
      headers: headersOf(sandbox, token),
      body: { personalId: id(), claims: { sex: "male", shoeSize: 42, [id()]: "x" } },
    });
    expect(answer.status).toBe(400);
    const pointers = answer.body.errors?.map((issue) => issue.pointer);
    expect(pointers).toContain("/claims/shoeSize");
    expect(pointers).toContain("/claims");
    expect(answer.text).not.toContain(id());
  });

  it("answers malformed HTTP with a problem and closes the connection", async () => {
    const url = new URL(sandbox.url);
    const reply = await new Promise<string>((resolve) => {
      const socket = connect(Number(url.port), url.hostname, () => {
        socket.write("GET /databases HTTP/1.1\r\nHost: x\r\nBad Header Line\r\n\r\n");
      });
      let data = "";
      socket.on("data", (chunk) => {
        data += chunk.toString("utf8");
      });
      socket.on("close", () => resolve(data));
      socket.on("error", () => resolve(data));
    });
    expect(reply).toMatch(/^HTTP\/1\.1 400 /);
    expect(reply).toContain("application/problem+json");
    const body = JSON.parse(reply.slice(reply.indexOf("\r\n\r\n") + 4));
    expect(schemaErrors("Problem", body)).toEqual([]);
    expect(reply).not.toMatch(LEAK);
    // The server is still up.
    expect((await call(sandbox, "/databases", { headers: headersOf(sandbox, token) })).status).toBe(
      200,
    );
  });

  it("answers 413 to a body far over the limit and keeps serving", async () => {
    const big = "x".repeat(1024 * 1024);
    const answer = await fetch(`${sandbox.url}/people:batchGet`, {
      method: "POST",
      headers: { ...headersOf(sandbox, token), "Content-Type": "application/json" },
      body: big,
    });
    expect(answer.status).toBe(413);
    expect(answer.headers.get("content-type")).toBe("application/problem+json");
    expect((await call(sandbox, "/databases", { headers: headersOf(sandbox, token) })).status).toBe(
      200,
    );
  });
});
