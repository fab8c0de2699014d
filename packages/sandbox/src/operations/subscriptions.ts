// The subscription operations: create (with `Idempotency-Key`: the same key and body give the same
// subscription, another body `409 conflict`), list (without secrets), delete (a retry with the same
// key gives `204` again).
import type { SubscriptionRequest } from "@ndcvn/client";
import { fingerprintOf } from "../http/idempotency.js";
import { json, problem } from "../http/reply.js";
import { MAX_SUBSCRIPTIONS } from "../webhooks/subscription-store.js";
import type { OperationHandler } from "./operation-call.js";

export const createSubscription: OperationHandler = (call, state) => {
  const request = call.values.body as SubscriptionRequest;
  const key = call.values.header["idempotency-key"];
  const scope = `${call.client.clientId}|${call.operation.id}`;
  const fingerprint = fingerprintOf(request);
  if (key !== undefined) {
    const kept = state.idempotency.lookup(scope, key, fingerprint, call.now);
    if (kept.kind === "replay") return kept.reply;
    if (kept.kind === "conflict")
      return problem({ code: "conflict", message: "idempotencyConflict" });
  }
  if (!call.client.databases.has(request.database)) {
    return problem({
      code: "forbidden",
      message: "databaseNotGranted",
      params: { database: request.database },
    });
  }
  if (state.subscriptions.count(call.client.clientId) >= MAX_SUBSCRIPTIONS) {
    return problem({
      code: "forbidden",
      message: "subscriptionLimit",
      params: { limit: MAX_SUBSCRIPTIONS },
    });
  }
  const purpose = call.values.header["x-ndc-purpose"] as Parameters<
    typeof state.subscriptions.create
  >[2];
  const created = state.subscriptions.create(call.client.clientId, request, purpose, call.now);
  const reply = json(201, created, { Location: `/subscriptions/${created.id}` });
  if (key !== undefined) state.idempotency.keep(scope, key, fingerprint, reply, call.now);
  return reply;
};

export const listSubscriptions: OperationHandler = (call, { subscriptions }) =>
  json(200, { subscriptions: subscriptions.list(call.client.clientId) });

export const deleteSubscription: OperationHandler = (call, state) => {
  const id = call.values.path.subscriptionId as string;
  const key = call.values.header["idempotency-key"];
  const scope = `${call.client.clientId}|${call.operation.id}`;
  const fingerprint = fingerprintOf(id);
  if (key !== undefined) {
    const kept = state.idempotency.lookup(scope, key, fingerprint, call.now);
    if (kept.kind === "replay") return kept.reply;
    if (kept.kind === "conflict")
      return problem({ code: "conflict", message: "idempotencyConflict" });
  }
  if (!state.subscriptions.delete(call.client.clientId, id)) {
    return problem({ code: "not_found", message: "subscriptionNotFound" });
  }
  const reply = { kind: "empty", status: 204 } as const;
  if (key !== undefined) state.idempotency.keep(scope, key, fingerprint, reply, call.now);
  return reply;
};
