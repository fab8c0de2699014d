// Notices of a change to the subscriptions that want it: one delivery per subscription, each
// notice checked against the contract (`RecordChangeNotice`) before it is sent, `410 Gone`
// suspending the subscription.
import type { ValidateFunction } from "ajv/dist/2020.js";
import type { FeedChange } from "../data/change-feed.js";
import type { SandboxInternalError } from "../http/exchange.js";
import type { StatsRecorder } from "../http/stats.js";
import { randomAlphanumeric } from "../support/ids.js";
import { vietnamTime } from "../support/time.js";
import { deliverNotice, type WebhookDelivery, type WebhookOptions } from "./delivery.js";
import type { StoredSubscription, SubscriptionStore } from "./subscription-store.js";

/** What notifying needs of the sandbox. */
export interface NotifyContext {
  readonly subscriptions: SubscriptionStore;
  /** The check of a notice, or undefined when responses are not checked. */
  readonly checkNotice: ValidateFunction | undefined;
  readonly stats: StatsRecorder;
  readonly onInternalError: ((error: SandboxInternalError) => void) | undefined;
  readonly webhooks: WebhookOptions;
  /** Aborted when the sandbox closes. */
  readonly signal: AbortSignal;
}

async function notifyOne(
  context: NotifyContext,
  database: string,
  change: FeedChange,
  stored: StoredSubscription,
): Promise<WebhookDelivery> {
  const subscriptionId = stored.subscription.id;
  const deliveryId = `dlv_${randomAlphanumeric(16)}`;
  const noticeAt = (now: number) => ({
    id: deliveryId,
    subscriptionId,
    type: "record.changed",
    database,
    recordId: change.recordId,
    event: change.event,
    version: change.version,
    updatedAt: change.updatedAt,
    sentAt: vietnamTime(now),
  });
  const { checkNotice } = context;
  if (checkNotice && !checkNotice(noticeAt(Date.now()))) {
    context.stats.responseValidationFailures++;
    context.onInternalError?.({
      kind: "response-validation",
      operationId: "recordChanged",
      status: 0,
      issues: (checkNotice.errors ?? []).map((error) => ({
        where: "body" as const,
        pointer: error.instancePath,
        rule: error.keyword,
      })),
    });
    return { subscriptionId, deliveryId, delivered: false, attempts: 0 };
  }
  const outcome = await deliverNotice(
    {
      callbackUrl: stored.subscription.callbackUrl,
      secret: stored.secret,
      subscriptionId,
      deliveryId,
      bodyAt: (now) => JSON.stringify(noticeAt(now)),
    },
    context.webhooks,
    context.signal,
  );
  if (outcome.status === 410) context.subscriptions.suspend(subscriptionId);
  return outcome;
}

/** Delivers the notices of a change; resolves when every delivery is done. */
export function notifySubscribers(
  context: NotifyContext,
  database: string,
  change: FeedChange,
): Promise<WebhookDelivery[]> {
  const wanted = context.subscriptions.matching(database, change.event);
  return Promise.all(wanted.map((stored) => notifyOne(context, database, change, stored)));
}
