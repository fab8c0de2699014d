import type { CallOptions } from "../client/call-options.js";
import { hasArray, invokeData, isObject } from "../client/invoke.js";
import type { ClientContext } from "../client/prepare-call.js";
import type {
  Subscription,
  SubscriptionCreated,
  SubscriptionList,
  SubscriptionRequest,
} from "../contract-types.js";
import { OPERATIONS } from "../transport/operations.js";

/** Webhook subscriptions to the changes of a database. */
export interface SubscriptionsApi {
  /**
   * Subscribes an `https` callback to a database's changes (`POST /subscriptions`). The answer
   * holds the signing `secret`, this once only. Without `idempotencyKey` the call is never
   * retried (it might create two subscriptions); with one it is retried like a read.
   *
   * @example
   * ```ts
   * const subscription = await client.subscriptions.create(
   *   { callbackUrl: "https://hooks.example.vn/ndc", database: "insurance", events: ["NEW", "UPDATE"] },
   *   { idempotencyKey: crypto.randomUUID() },
   * );
   * console.log(subscription.id); // store subscription.secret to verify deliveries
   * ```
   */
  create(request: SubscriptionRequest, options?: CallOptions): Promise<SubscriptionCreated>;
  /**
   * The client's subscriptions, without their secrets (`GET /subscriptions`).
   *
   * @example
   * ```ts
   * for (const s of await client.subscriptions.list()) console.log(s.id, s.status);
   * ```
   */
  list(options?: CallOptions): Promise<Subscription[]>;
  /**
   * Deletes a subscription (`DELETE /subscriptions/{subscriptionId}`).
   *
   * @example
   * ```ts
   * await client.subscriptions.delete("sub_8Kd2Lq7XwP3m");
   * ```
   */
  delete(subscriptionId: string, options?: CallOptions): Promise<void>;
}

/** The subscription calls of a client. */
export function subscriptionsApi(context: ClientContext): SubscriptionsApi {
  return {
    create: (request, options) =>
      invokeData(context, OPERATIONS.createSubscription, { body: request }, options, isObject),
    list: async (options) =>
      (
        await invokeData<SubscriptionList>(
          context,
          OPERATIONS.listSubscriptions,
          {},
          options,
          hasArray("subscriptions"),
        )
      ).subscriptions,
    delete: async (subscriptionId, options) => {
      await invokeData(
        context,
        OPERATIONS.deleteSubscription,
        { path: { subscriptionId } },
        options,
      );
    },
  };
}
