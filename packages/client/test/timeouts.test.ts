// Timeouts and abort signals: a slow server gives NdcTimeoutError (the attempt's limit covers the
// body too), the budget bounds the whole call, and an abort rejects with the signal's reason.
import { afterEach, describe, expect, it } from "vitest";
import { isNdcTimeoutError } from "../src/index.js";
import { personProfile, testClient } from "./fixtures.js";
import { delay, sendJson, sendProblem, startApi, type TestServer } from "./http-server.js";

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const read = (
  s: TestServer,
  options: Parameters<ReturnType<typeof testClient>["people"]["get"]>[1],
) => testClient(s).people.get("001099012345", options);

describe("timeouts", () => {
  it("a server that does not answer in time gives NdcTimeoutError, not retried", async () => {
    const s = await startApi(async (_, response) => {
      await delay(1_000);
      sendJson(response, 200, personProfile);
    });
    server = s;
    const error = await read(s, { fields: ["name"], timeout: 50 }).catch((e: unknown) => e);
    expect(isNdcTimeoutError(error)).toBe(true);
    if (!isNdcTimeoutError(error)) return;
    expect([error.reason, error.timeoutMs, error.attempts]).toEqual(["attempt", 50, 1]);
    expect(error.message).toContain("/people/001*******45");
    expect(error.message).not.toContain("001099012345");
    expect(s.calls()).toHaveLength(1);
  });

  it("the limit covers the body: headers then a stall is a timeout too", async () => {
    const s = await startApi(async (_, response) => {
      response.writeHead(200, { "content-type": "application/json" });
      response.write('{"personalId":');
      await delay(1_000);
      response.end('"001099012345"}');
    });
    server = s;
    const error = await read(s, { fields: ["name"], timeout: 80 }).catch((e: unknown) => e);
    expect(isNdcTimeoutError(error) && error.reason).toBe("attempt");
  });

  it("the budget bounds the whole call: an attempt is cut short by what is left of it", async () => {
    const seen = new Set<string>();
    const s = await startApi(async (request, response) => {
      if (request.path === "/databases") return sendJson(response, 200, { databases: [] });
      const id = String(request.headers["x-request-id"]);
      if (!seen.has(id)) {
        seen.add(id);
        return sendProblem(response, 503, "unavailable", {}, { "retry-after": "0" });
      }
      await delay(3_000);
      sendJson(response, 200, personProfile);
    });
    server = s;
    const client = testClient(s, { timeout: 10_000, retry: { budgetMs: 400 } });
    await client.databases.list(); // the token is cached: the budget is all the call's own
    const error = await client.people
      .get("001099012345", { fields: ["name"] })
      .catch((e: unknown) => e);
    expect(isNdcTimeoutError(error) && [error.reason, error.timeoutMs, error.attempts]).toEqual([
      "budget",
      400,
      2,
    ]);
  });
});

describe("abort signals", () => {
  it("an aborted signal rejects with its reason, before anything is sent", async () => {
    const s = await startApi((_, response) => sendJson(response, 200, personProfile));
    server = s;
    const reason = new Error("user navigated away");
    const error = await read(s, { fields: ["name"], signal: AbortSignal.abort(reason) }).catch(
      (e: unknown) => e,
    );
    expect(error).toBe(reason);
    expect(s.calls()).toHaveLength(0);
  });

  it("an abort in flight rejects with the reason (an AbortError by default)", async () => {
    const s = await startApi(async (_, response) => {
      await delay(1_000);
      sendJson(response, 200, personProfile);
    });
    server = s;
    const controller = new AbortController();
    const pending = read(s, { fields: ["name"], signal: controller.signal });
    await delay(30);
    controller.abort();
    const error = await pending.catch((e: unknown) => e);
    expect((error as Error).name).toBe("AbortError");
  });

  it("an abort while waiting to retry stops the wait", async () => {
    const s = await startApi((_, response) =>
      sendProblem(response, 503, "unavailable", {}, { "retry-after": "5" }),
    );
    server = s;
    const controller = new AbortController();
    const pending = read(s, { fields: ["name"], signal: controller.signal });
    while (s.calls().length === 0) await delay(5);
    await delay(20); // now waiting the 5 s the server asked for
    controller.abort(new Error("stop"));
    const error = await pending.catch((e: unknown) => e);
    expect((error as Error).message).toBe("stop");
    expect(s.calls()).toHaveLength(1);
  });
});
