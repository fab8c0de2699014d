// The webhook subscriptions of every client, in memory: each with its signing secret (returned
// once, at creation) and the purpose it was created with.
import type {
  ChangeEvent,
  Subscription,
  SubscriptionCreated,
  SubscriptionRequest,
} from "@ndcvn/client";
import { randomAlphanumeric } from "../support/ids.js";
import { vietnamTime } from "../support/time.js";

/** The most subscriptions a client holds (the contract's `SubscriptionList.maxItems`). */
export const MAX_SUBSCRIPTIONS = 100;

/** A subscription with what only the sandbox knows of it. */
export interface StoredSubscription {
  readonly clientId: string;
  readonly secret: string;
  subscription: Subscription;
}

/** The subscriptions of one sandbox. */
export class SubscriptionStore {
  readonly #byId = new Map<string, StoredSubscription>();

  /** Number of subscriptions a client holds. */
  count(clientId: string): number {
    let count = 0;
    for (const stored of this.#byId.values()) if (stored.clientId === clientId) count++;
    return count;
  }

  /** Creates a subscription; answers it with its secret. */
  create(
    clientId: string,
    request: SubscriptionRequest,
    purpose: Subscription["purpose"],
    now: number,
  ): SubscriptionCreated {
    const subscription: Subscription = {
      id: `sub_${randomAlphanumeric(16)}`,
      callbackUrl: request.callbackUrl,
      database: request.database,
      events: [...request.events],
      ...(request.description !== undefined ? { description: request.description } : {}),
      purpose,
      status: "active",
      createdAt: vietnamTime(now),
    };
    const secret = `whsec_${randomAlphanumeric(32)}`;
    this.#byId.set(subscription.id, { clientId, secret, subscription });
    return { ...subscription, secret };
  }

  /** A client's subscriptions, oldest first. */
  list(clientId: string): Subscription[] {
    return [...this.#byId.values()]
      .filter((stored) => stored.clientId === clientId)
      .map((stored) => stored.subscription);
  }

  /** Deletes a client's subscription; false when the client has none with this id. */
  delete(clientId: string, id: string): boolean {
    const stored = this.#byId.get(id);
    if (!stored || stored.clientId !== clientId) return false;
    return this.#byId.delete(id);
  }

  /** The active subscriptions that want a change. */
  matching(database: string, event: ChangeEvent): StoredSubscription[] {
    return [...this.#byId.values()].filter(
      ({ subscription }) =>
        subscription.status === "active" &&
        subscription.database === database &&
        subscription.events.includes(event),
    );
  }

  /** Stops notices to a subscription (its callback answered `410 Gone`). */
  suspend(id: string): void {
    const stored = this.#byId.get(id);
    if (stored) stored.subscription = { ...stored.subscription, status: "suspended" };
  }
}
