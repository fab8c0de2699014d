// Subscriptions: creation with Idempotency-Key (replay and conflict), listing without secrets,
// deletion (and its replay), and the separation of clients.
import type { SubscriptionCreated } from "@ndcvn/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  call,
  contractErrors,
  headersOf,
  startTestSandbox,
  type TestSandbox,
  tokenOf,
} from "./support.js";

const other = {
  clientId: "other-agency",
  clientSecret: "synthetic-secret-other-agency",
  agency: "VN/GOV/000.00.00.A02/portal",
};

let sandbox: TestSandbox;
let token: string;

beforeAll(async () => {
  sandbox = await startTestSandbox({ seed: 4, people: 20, clients: [other] });
  token = await tokenOf(sandbox);
});
afterAll(async () => {
  expect(sandbox.internalErrors).toEqual([]);
  await sandbox.close();
});

const request = {
  callbackUrl: "https://hooks.h49.example.vn/ndc/insurance",
  database: "insurance",
  events: ["NEW", "UPDATE", "CANCEL"],
  description: "Health-insurance cards for the provincial public-service portal",
};

const create = (body: unknown, key?: string, bearer = token) =>
  call<SubscriptionCreated & { code?: string }>(sandbox, "/subscriptions", {
    method: "POST",
    headers: headersOf(sandbox, bearer, key ? { "Idempotency-Key": key } : {}),
    body,
  });

describe("createSubscription", () => {
  it("answers 201 with the secret, a Location, and the purpose given", async () => {
    const answer = await create(request);
    expect(answer.status).toBe(201);
    expect(contractErrors("createSubscription", answer)).toEqual([]);
    expect(answer.body).toMatchObject({
      ...request,
      status: "active",
      purpose: sandbox.samples.purpose,
    });
    expect(answer.body.secret).toMatch(/^whsec_[A-Za-z0-9]{32}$/);
    expect(answer.headers.get("location")).toBe(`/subscriptions/${answer.body.id}`);
    expect(answer.headers.get("cache-control")).toBe("no-store");
  });

  it("replays the same answer for the same key and body, and 409 for another body", async () => {
    const first = await create(request, "key-create-0001");
    const replay = await create(request, "key-create-0001");
    expect(replay.status).toBe(201);
    expect(replay.body).toEqual(first.body);
    const conflict = await create({ ...request, events: ["NEW"] }, "key-create-0001");
    expect(conflict.status).toBe(409);
    expect(conflict.body.code).toBe("conflict");
    expect(contractErrors("createSubscription", conflict)).toEqual([]);
    const fresh = await create(request, "key-create-0002");
    expect(fresh.body.id).not.toBe(first.body.id);
  });

  it("answers 400 for a callback that is not https, without echoing it", async () => {
    const answer = await call<{ code: string; errors: { pointer: string }[] }>(
      sandbox,
      "/subscriptions",
      {
        method: "POST",
        headers: headersOf(sandbox, token),
        body: { ...request, callbackUrl: "http://hooks.example.vn/plain" },
      },
    );
    expect(answer.status).toBe(400);
    expect(answer.body.errors).toContainEqual(expect.objectContaining({ pointer: "/callbackUrl" }));
    expect(answer.text).not.toContain("hooks.example.vn");
  });

  it("answers 403 purpose_required without a purpose", async () => {
    const headers = headersOf(sandbox, token);
    delete headers["X-NDC-Purpose"];
    const answer = await call<{ code: string }>(sandbox, "/subscriptions", {
      method: "POST",
      headers,
      body: request,
    });
    expect(answer.status).toBe(403);
    expect(answer.body.code).toBe("purpose_required");
  });
});

describe("listSubscriptions and deleteSubscription", () => {
  it("lists a client's own subscriptions without secrets, and deletes them", async () => {
    const mine = await create({ ...request, database: "tax" });
    const otherToken = await tokenOf(sandbox, other);
    const otherHeaders = { Authorization: `Bearer ${otherToken}`, "X-NDC-Client": other.agency };
    const listed = await call<{ subscriptions: { id: string; secret?: string }[] }>(
      sandbox,
      "/subscriptions",
      {
        headers: headersOf(sandbox, token),
      },
    );
    expect(listed.status).toBe(200);
    expect(contractErrors("listSubscriptions", listed)).toEqual([]);
    expect(listed.body.subscriptions.map((s) => s.id)).toContain(mine.body.id);
    expect(listed.body.subscriptions.every((s) => s.secret === undefined)).toBe(true);
    const theirs = await call<{ subscriptions: unknown[] }>(sandbox, "/subscriptions", {
      headers: otherHeaders,
    });
    expect(theirs.body.subscriptions).toEqual([]);
    const notTheirs = await call(sandbox, `/subscriptions/${mine.body.id}`, {
      method: "DELETE",
      headers: otherHeaders,
    });
    expect(notTheirs.status).toBe(404);

    const path = `/subscriptions/${mine.body.id}`;
    const deleted = await call(sandbox, path, {
      method: "DELETE",
      headers: headersOf(sandbox, token, { "Idempotency-Key": "key-delete-0001" }),
    });
    expect(deleted.status).toBe(204);
    expect(deleted.text).toBe("");
    const replay = await call(sandbox, path, {
      method: "DELETE",
      headers: headersOf(sandbox, token, { "Idempotency-Key": "key-delete-0001" }),
    });
    expect(replay.status).toBe(204);
    const again = await call<{ code: string }>(sandbox, path, {
      method: "DELETE",
      headers: headersOf(sandbox, token),
    });
    expect(again.status).toBe(404);
    expect(again.body.code).toBe("not_found");
    expect(contractErrors("deleteSubscription", again)).toEqual([]);
  });

  it("answers 400 for a malformed subscription id", async () => {
    const answer = await call<{ errors: { parameter: string }[] }>(sandbox, "/subscriptions/nope", {
      method: "DELETE",
      headers: headersOf(sandbox, token),
    });
    expect(answer.status).toBe(400);
    expect(answer.body.errors[0]).toMatchObject({ parameter: "subscriptionId", code: "pattern" });
  });
});
