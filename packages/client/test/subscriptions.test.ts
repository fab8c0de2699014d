// client.subscriptions: create (with an Idempotency-Key), list, delete.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { NdcClient, Subscription, SubscriptionCreated } from "../src/index.js";
import { testClient } from "./fixtures.js";
import { sendJson, startApi, type TestServer } from "./http-server.js";

const subscription: Subscription = {
  id: "sub_8Kd2Lq7XwP3m",
  callbackUrl: "https://hooks.h49.example.vn/ndc/insurance",
  database: "insurance",
  events: ["NEW", "UPDATE", "CANCEL"],
  purpose: "public-service-delivery",
  status: "active",
  createdAt: "2025-09-14T08:00:00+07:00",
};
const created: SubscriptionCreated = {
  ...subscription,
  secret: "whsec_5Yq2mV8xR3tN7bK1pL9dF4hJ6wZ0cS2a",
};

let server: TestServer;
let client: NdcClient;

beforeAll(async () => {
  server = await startApi((request, response) => {
    if (request.method === "POST") return sendJson(response, 201, created);
    if (request.method === "GET") return sendJson(response, 200, { subscriptions: [subscription] });
    response.writeHead(204).end();
  });
  client = testClient(server);
});
afterAll(() => server.close());

describe("client.subscriptions", () => {
  it("create: POST /subscriptions with the body, the purpose and the Idempotency-Key", async () => {
    const result = await client.subscriptions.create(
      {
        callbackUrl: "https://hooks.h49.example.vn/ndc/insurance",
        database: "insurance",
        events: ["NEW", "UPDATE", "CANCEL"],
      },
      { idempotencyKey: "4f1d2c3b-8a9e-4f60-9b1a-2c3d4e5f6a7b" },
    );
    expect(result).toEqual(created);
    const sent = server.calls().at(-1);
    expect(sent?.path).toBe("/subscriptions");
    expect(sent?.headers["idempotency-key"]).toBe("4f1d2c3b-8a9e-4f60-9b1a-2c3d4e5f6a7b");
    expect(sent?.headers["x-ndc-purpose"]).toBe("public-service-delivery");
    expect(JSON.parse(sent?.body ?? "")).toEqual({
      callbackUrl: "https://hooks.h49.example.vn/ndc/insurance",
      database: "insurance",
      events: ["NEW", "UPDATE", "CANCEL"],
    });
  });

  it("list: the subscriptions; delete: DELETE /subscriptions/{id}", async () => {
    expect(await client.subscriptions.list()).toEqual([subscription]);
    expect(server.calls().at(-1)?.headers).not.toHaveProperty("x-ndc-purpose");
    await expect(client.subscriptions.delete("sub_8Kd2Lq7XwP3m")).resolves.toBeUndefined();
    const sent = server.calls().at(-1);
    expect([sent?.method, sent?.path]).toEqual(["DELETE", "/subscriptions/sub_8Kd2Lq7XwP3m"]);
  });
});
