// The database operations: the catalog, the change feed of a database (by cursor or from a time),
// and the current version of one record.
import { catalog } from "@ndcvn/schemas";
import { entryOf, envelopeOf } from "../data/change-feed.js";
import { json, problem, type Reply } from "../http/reply.js";
import { instantOf } from "../support/time.js";
import type { OperationCall, OperationHandler, SandboxState } from "./operation-call.js";

/** The default page size of the feed (the contract's `limit` default). */
const DEFAULT_LIMIT = 100;

function deniedDatabase(call: OperationCall, database: string): Reply | undefined {
  return call.client.databases.has(database)
    ? undefined
    : problem({ code: "forbidden", message: "databaseNotGranted", params: { database } });
}

const catalogTexts = new WeakMap<SandboxState, string>();

export const listDatabases: OperationHandler = (call, state) => {
  let text = catalogTexts.get(state);
  if (text === undefined) {
    text = state.staticBody(call.operation.id, 200, { databases: catalog.databases });
    if (text === undefined) return problem({ code: "internal", message: "responseWithheld" });
    catalogTexts.set(state, text);
  }
  return { kind: "static", status: 200, text };
};

export const listRecordChanges: OperationHandler = (call, { data }) => {
  const database = call.values.path.database as string;
  const denied = deniedDatabase(call, database);
  if (denied) return denied;
  const feed = data.feed(database);
  if (!feed) return problem({ code: "not_found", message: "databaseNotFound" });
  const { cursor, updatedSince, limit } = call.values.query as {
    cursor?: string;
    updatedSince?: string;
    limit?: number;
  };
  if (cursor !== undefined && updatedSince !== undefined) {
    return problem({
      code: "invalid_request",
      message: "invalidRequest",
      errors: [{ parameter: "cursor", code: "exclusive", message: "issueCursorAndSince" }],
    });
  }
  let position = 0;
  if (cursor !== undefined) {
    const decoded = data.cursors.decode(database, cursor);
    if (decoded === undefined || decoded > feed.length) {
      return problem({ code: "invalid_cursor", message: "invalidCursor" });
    }
    position = decoded;
  } else if (updatedSince !== undefined) {
    position = feed.positionAt(instantOf(updatedSince));
  }
  const page = feed.page(position, limit ?? DEFAULT_LIMIT);
  return json(200, {
    database,
    entries: page.changes.map((change) => entryOf(database, change)),
    nextCursor: data.cursors.encode(database, page.next),
    hasMore: page.hasMore,
  });
};

export const getRecord: OperationHandler = (call, { data }) => {
  const database = call.values.path.database as string;
  const denied = deniedDatabase(call, database);
  if (denied) return denied;
  const current = data.feed(database)?.current(call.values.path.recordId as string);
  if (!current)
    return problem({ code: "not_found", message: "recordNotFound", params: { database } });
  return json(200, envelopeOf(database, current));
};
