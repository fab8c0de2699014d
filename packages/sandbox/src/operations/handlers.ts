// Every operation of the contract (but the token endpoint, which the pipeline answers before
// authentication) and its handler.
import { getCodeList } from "./code-lists.js";
import { getRecord, listDatabases, listRecordChanges } from "./databases.js";
import type { OperationHandler } from "./operation-call.js";
import { batchGetPeople, getPerson, verifyPerson } from "./people.js";
import { createSubscription, deleteSubscription, listSubscriptions } from "./subscriptions.js";

export const HANDLERS: Readonly<Record<string, OperationHandler>> = {
  getPerson,
  verifyPerson,
  batchGetPeople,
  listDatabases,
  listRecordChanges,
  getRecord,
  getCodeList,
  createSubscription,
  listSubscriptions,
  deleteSubscription,
};
