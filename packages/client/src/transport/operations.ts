// What the client needs to know of each operation at run time, from the contract: its id, whether
// it may be retried (`x-ndc-idempotent`), which purpose headers it declares, and its body. The
// bundled document is too big to ship in the browser entry; test/operations.test.ts proves this
// table equals the contract.
import type { OperationId } from "../contract-types.js";

/** An `X-NDC-*` header an operation may declare besides `X-NDC-Client`. */
export type PurposeHeader = "X-NDC-Purpose" | "X-NDC-Case" | "X-NDC-User";

/** One operation of the contract, as the client sends it. */
export interface OperationSpec {
  readonly id: ApiOperationId;
  readonly method: "GET" | "POST" | "DELETE";
  readonly path: string;
  /** `x-ndc-idempotent`: safe to retry, never, or only with an `Idempotency-Key`. */
  readonly idempotent: boolean | "with-idempotency-key";
  /** The purpose headers it declares. */
  readonly headers: readonly PurposeHeader[];
  /** Whether it declares `Idempotency-Key`. */
  readonly idempotencyKey: boolean;
  /** How its body is sent. */
  readonly body: "json" | "form" | "none";
}

const PERSONAL: readonly PurposeHeader[] = ["X-NDC-Purpose", "X-NDC-Case", "X-NDC-User"];

const op = (
  id: ApiOperationId,
  method: OperationSpec["method"],
  path: string,
  rest: Partial<Omit<OperationSpec, "id" | "method" | "path">> = {},
): OperationSpec => ({
  id,
  method,
  path,
  idempotent: true,
  headers: [],
  idempotencyKey: false,
  body: "none",
  ...rest,
});

/** The operations the client calls (the webhook `recordChanged` is called by the NDC). */
export type ApiOperationId = Exclude<OperationId, "recordChanged">;

/** Every operation of the Sharing API, by id, in the order of the contract. */
export const OPERATIONS: { readonly [Id in ApiOperationId]: OperationSpec } = {
  issueToken: op("issueToken", "POST", "/oauth/token", { body: "form" }),
  getPerson: op("getPerson", "GET", "/people/{personalId}", { headers: PERSONAL }),
  verifyPerson: op("verifyPerson", "POST", "/people:verify", { headers: PERSONAL, body: "json" }),
  batchGetPeople: op("batchGetPeople", "POST", "/people:batchGet", {
    headers: PERSONAL,
    body: "json",
  }),
  listDatabases: op("listDatabases", "GET", "/databases"),
  listRecordChanges: op("listRecordChanges", "GET", "/databases/{database}/records", {
    headers: PERSONAL,
  }),
  getRecord: op("getRecord", "GET", "/databases/{database}/records/{recordId}", {
    headers: PERSONAL,
  }),
  getCodeList: op("getCodeList", "GET", "/codelists/{name}"),
  createSubscription: op("createSubscription", "POST", "/subscriptions", {
    idempotent: "with-idempotency-key",
    headers: ["X-NDC-Purpose", "X-NDC-User"],
    idempotencyKey: true,
    body: "json",
  }),
  listSubscriptions: op("listSubscriptions", "GET", "/subscriptions", { headers: ["X-NDC-User"] }),
  deleteSubscription: op("deleteSubscription", "DELETE", "/subscriptions/{subscriptionId}", {
    headers: ["X-NDC-User"],
    idempotencyKey: true,
  }),
};

const byRoute = new Map(Object.values(OPERATIONS).map((o) => [`${o.method} ${o.path}`, o]));

/** The operation at a method and path template, if the contract has one. */
export const operationAt = (method: string, path: string): OperationSpec | undefined =>
  byRoute.get(`${method.toUpperCase()} ${path}`);
