import type { CallOptions } from "../client/call-options.js";
import { invoke, invokeData, isObject } from "../client/invoke.js";
import type { ClientContext } from "../client/prepare-call.js";
import type { ChangeFeedPage, DatabaseCode, RecordEnvelope } from "../contract-types.js";
import { OPERATIONS } from "../transport/operations.js";
import { type ChangeFeed, type ChangeFeedOptions, changeFeed } from "./change-feed.js";

/** Records and change feeds of the national databases. */
export interface RecordsApi {
  /**
   * The change feed of a database, across all pages; see {@link ChangeFeed} for resuming.
   *
   * @example
   * ```ts
   * const feed = client.records.list("insurance", { updatedSince: "2025-09-01T00:00:00+07:00" });
   * try {
   *   for await (const entry of feed) console.log(entry.recordId, entry.event, entry.version);
   * } finally {
   *   console.log("resume from", feed.cursor); // save it: list("insurance", { cursor })
   * }
   * ```
   */
  list(database: DatabaseCode, options?: ChangeFeedOptions): ChangeFeed;
  /**
   * The current version of one record, in its envelope (`GET /databases/{database}/records/{recordId}`).
   *
   * @example
   * ```ts
   * const record = await client.records.get("insurance", "ins-hic-5d2e8a10");
   * console.log(record.schema, record.version, record.data);
   * ```
   */
  get(database: DatabaseCode, recordId: string, options?: CallOptions): Promise<RecordEnvelope>;
}

const isPage = (data: unknown): boolean =>
  isObject(data) &&
  Array.isArray(data.entries) &&
  data.entries.every(isObject) &&
  typeof data.nextCursor === "string" &&
  typeof data.hasMore === "boolean";

/** The record calls of a client. */
export function recordsApi(context: ClientContext): RecordsApi {
  return {
    list(database, options = {}) {
      const { updatedSince, cursor, limit, ...callOptions } = options;
      return changeFeed(database, { updatedSince, cursor, limit }, async (query) => {
        const outcome = await invoke(
          context,
          OPERATIONS.listRecordChanges,
          { path: { database }, query },
          callOptions,
          isPage,
        );
        if (!outcome.ok) throw outcome.error;
        return { page: outcome.data as ChangeFeedPage, info: outcome.info };
      });
    },
    get: (database, recordId, options) =>
      invokeData(
        context,
        OPERATIONS.getRecord,
        { path: { database, recordId } },
        options,
        isObject,
      ),
  };
}
