// Redaction: no full personal ID, token or client secret in any message, URL or hook payload the
// client produces — whatever the server echoes back.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRedactor, isNdcApiError, type NdcClient } from "../src/index.js";
import { CLIENT_SECRET, testClient } from "./fixtures.js";
import { sendJson, sendProblem, startApi, type TestServer } from "./http-server.js";

describe("createRedactor", () => {
  const redactor = createRedactor(["synthetic-secret-0123456789abcdef"]);

  it.each([
    ["/people/001099012345?fields=name", "/people/001*******45?fields=name"],
    ["old ID card 012345678 in a URL", "old ID card *******78 in a URL"],
    ["phone 0912345678", "phone ********78"],
    ["5001099012345x", "500********45x"],
    [
      "Authorization: Bearer ndc_at_7Hq2xV9mK4pR8sT1wY6zB3nC5dF0gJ2L",
      "Authorization: Bearer [redacted]",
    ],
    ["Basic aDQ5LWR2Yy1wb3J0YWw6c2VjcmV0", "Basic [redacted]"],
    [
      '{"access_token":"ndc_at_7Hq2","expires_in":900}',
      '{"access_token":"[redacted]","expires_in":900}',
    ],
    [
      "grant_type=client_credentials&client_secret=abc",
      "grant_type=client_credentials&client_secret=[redacted]",
    ],
    ["secret whsec_5Yq2mV8xR3tN7bK1pL9dF4hJ6wZ0cS2a", "secret whsec_[redacted]"],
    ["the synthetic-secret-0123456789abcdef leaked", "the [redacted] leaked"],
    ["version 3, 12 fields, 2025-09-14", "version 3, 12 fields, 2025-09-14"],
  ])("%s → %s", (text, expected) => {
    expect(redactor.text(text)).toBe(expected);
  });

  it("masks tokens it was told of, and headers (Authorization shows its scheme only)", () => {
    redactor.remember("opaque-token-without-prefix");
    expect(redactor.text("got opaque-token-without-prefix")).toBe("got [redacted]");
    const headers = new Headers({
      authorization: "Bearer opaque-token-without-prefix",
      "x-ndc-case": "CASE-001099012345",
    });
    expect(redactor.headers(headers)).toEqual({
      authorization: "Bearer [redacted]",
      "x-ndc-case": "CASE-001*******45",
    });
    expect(redactor.headers(new Headers({ authorization: "no-scheme-token" }))).toEqual({
      authorization: "[redacted]",
    });
  });

  it("never leaves a 12-digit run whole, wherever it is (property)", () => {
    fc.assert(
      fc.property(fc.string(), fc.stringMatching(/^\d{12}$/), fc.string(), (before, id, after) => {
        expect(redactor.text(`${before}${id}${after}`)).not.toContain(id);
      }),
    );
  });
});

describe("what the client produces", () => {
  let server: TestServer & { tokens: string[] };
  let client: NdcClient;
  const seen: unknown[] = [];

  beforeAll(async () => {
    server = await startApi((request, response) => {
      const id = request.path.split("/").at(-1) ?? "";
      const echo = String(request.headers["x-echo"] ?? "");
      if (request.headers["x-fault"] === "503")
        return sendProblem(
          response,
          503,
          "unavailable",
          { detail: `Busy with ${id}` },
          { "retry-after": "0" },
        );
      if (request.headers["x-fault"] === "malformed")
        return void response.writeHead(200, { "content-type": "application/json" }).end(`{${id}`);
      if (request.headers["x-fault"] === "ok") return sendJson(response, 200, { personalId: id });
      sendProblem(response, 404, "not_found", {
        detail: `No person ${id}; you sent ${echo} with ${request.headers.authorization} and ${CLIENT_SECRET}`,
        instance: `urn:ndc:request:${id}`,
        errors: [{ header: "X-NDC-Case", code: "pattern", detail: `bad ${echo}` }],
      });
    });
    const record = (event: unknown) => void seen.push(event);
    client = testClient(server, {
      retry: { limit: 1 },
      hooks: { onRequest: record, onResponse: record, onRetry: record, onError: record },
    });
  });
  afterAll(() => server.close());

  const everything = (error: unknown) => {
    const e = (error ?? {}) as Error & Record<string, unknown>;
    return JSON.stringify([
      e.message,
      e.stack,
      { ...e },
      String(e.cause),
      seen.map((event) => ({ ...(event as object), error: undefined })),
    ]);
  };

  it("keeps IDs in the path, the problem, the headers and the hooks masked (property)", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.stringMatching(/^\d{12}$/),
        fc.constantFrom("404", "503", "malformed", "ok"),
        fc.stringMatching(/^[A-Za-z0-9 ._:-]{0,6}$/),
        async (id, fault, prefix) => {
          seen.length = 0;
          const error = await client.people
            .get(id, {
              fields: ["name"],
              case: `HS-${id}`,
              user: `canbo.${id}`,
              headers: { "x-fault": fault, "x-echo": `${prefix}${id}` },
            })
            .then(
              () => undefined,
              (e: unknown) => e,
            );
          const text = everything(error);
          expect(text).not.toContain(id);
          for (const token of server.tokens) expect(text).not.toContain(token);
          expect(text).not.toContain(CLIENT_SECRET);
          expect(seen.length).toBeGreaterThan(0);
          if (fault === "404") {
            expect(isNdcApiError(error) && error.problem?.detail).toContain(
              `${id.slice(0, 3)}*******${id.slice(-2)}`,
            );
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it("shows the request in hooks, masked: URL, purpose, user, case", async () => {
    seen.length = 0;
    await client.people.get("001099012345", {
      fields: ["name"],
      user: "canbo.tranthib",
      case: "H49.26-250914-0007",
      headers: { "x-fault": "ok" },
    });
    expect(seen[0]).toMatchObject({
      operationId: "getPerson",
      method: "GET",
      url: `${server.url}/people/001*******45?fields=name`,
      attempt: 1,
      purpose: "public-service-delivery",
      user: "canbo.tranthib",
      case: "H49.26-250914-0007",
      headers: {
        authorization: "Bearer [redacted]",
        "x-ndc-client": "VN/GOV/000.00.00.H49/dvc-portal",
      },
    });
    expect(seen[1]).toMatchObject({ operationId: "getPerson", status: 200, attempt: 1 });
  });
});
