// What an operation's handler gets: the checked request, the authenticated client, the request's
// identity for problems, the clock, and the sandbox's state.
import type { ClientGrant } from "../auth/clients.js";
import type { OperationSpec } from "../contract/openapi.js";
import type { RequestValues } from "../contract/request-validator.js";
import type { SandboxData } from "../data/sandbox-data.js";
import type { IdempotencyStore } from "../http/idempotency.js";
import type { ProblemContext } from "../http/problem-details.js";
import type { Reply } from "../http/reply.js";
import type { SubscriptionStore } from "../webhooks/subscription-store.js";

/** One call of an operation, after authentication and validation. */
export interface OperationCall {
  readonly operation: OperationSpec;
  readonly values: RequestValues;
  readonly client: ClientGrant;
  readonly problemContext: ProblemContext;
  /** Epoch milliseconds. */
  readonly now: number;
}

/** The state operations read and change. */
export interface SandboxState {
  readonly data: SandboxData;
  readonly subscriptions: SubscriptionStore;
  readonly idempotency: IdempotencyStore;
  /**
   * Serialises a body that never changes and checks it against the operation's response once;
   * answers the text to send every time, or `undefined` when the body breaks the contract (the
   * failure is recorded, and the operation answers `500`).
   */
  readonly staticBody: (operationId: string, status: number, body: unknown) => string | undefined;
}

/** The handler of an operation. */
export type OperationHandler = (call: OperationCall, state: SandboxState) => Reply | Promise<Reply>;
