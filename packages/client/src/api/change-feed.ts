import type { CallOptions } from "../client/call-options.js";
import type { ChangeFeedEntry, ChangeFeedPage, DatabaseCode } from "../contract-types.js";
import { NdcApiError } from "../errors/ndc-api-error.js";
import type { NdcRequestInfo } from "../errors/request-info.js";

/** Where a change feed starts, and its page size, with {@link CallOptions} for every page. */
export interface ChangeFeedOptions extends CallOptions {
  /** Start at changes recorded at or after this time (RFC 3339 with offset, or a `Date`). */
  readonly updatedSince?: string | Date | undefined;
  /**
   * Resume from a cursor kept from an earlier feed ({@link ChangeFeed.cursor}). When given, it
   * takes precedence and `updatedSince` is not sent (the contract forbids both), so that
   * `{ updatedSince: start, cursor: saved }` resumes when a cursor was saved and starts otherwise.
   */
  readonly cursor?: string | undefined;
  /** The largest number of entries per page (1–1000; the server's default is 100). */
  readonly limit?: number | undefined;
}

/**
 * The change feed of a database, an `AsyncIterable` over its entries across all pages
 * (`GET /databases/{database}/records`), following `nextCursor` until `hasMore` is false.
 *
 * `cursor` is the `nextCursor` of the last page whose every entry the consumer has taken *and
 * moved past* (asked for the next one). When an iteration fails — a page that could not be read
 * after the retries — resuming from it (`client.records.list(db, { cursor })`, or iterating this
 * feed again) gives every entry exactly once. An iteration stopped in the middle of a page (a
 * `break`, an error thrown by the loop's body) gives that page again on resume: at least once, as
 * a consumer that did not finish a page needs; keep only versions above the one you hold, as the
 * contract says.
 */
export interface ChangeFeed extends AsyncIterable<ChangeFeedEntry> {
  /** The database of the feed. */
  readonly database: DatabaseCode;
  /**
   * The cursor to resume from: the `nextCursor` of the last fully consumed page; the cursor the
   * feed was started with (or `undefined`) before any page was.
   */
  readonly cursor: string | undefined;
  /**
   * The feed a page at a time; `cursor` moves when the next page is asked for.
   *
   * @example
   * ```ts
   * const feed = client.records.list("tax", { cursor: saved });
   * for await (const page of feed.pages()) {
   *   await store(page.entries); // then save the cursor: the page is done
   *   saved = page.nextCursor;
   * }
   * ```
   */
  pages(): AsyncIterable<ChangeFeedPage>;
}

/** The query of one page. */
export type PageQuery = {
  readonly updatedSince?: string | undefined;
  readonly cursor?: string | undefined;
  readonly limit?: number | undefined;
};

/** A change feed over a page reader (which sends one page request and checks its shape). */
export function changeFeed(
  database: DatabaseCode,
  options: Pick<ChangeFeedOptions, "updatedSince" | "cursor" | "limit">,
  readPage: (query: PageQuery) => Promise<{ page: ChangeFeedPage; info: NdcRequestInfo }>,
): ChangeFeed {
  const updatedSince =
    options.updatedSince instanceof Date
      ? options.updatedSince.toISOString()
      : options.updatedSince;
  let cursor = options.cursor;

  async function* pages(): AsyncGenerator<ChangeFeedPage, void, undefined> {
    for (;;) {
      const from = cursor;
      const { page, info } = await readPage(
        from === undefined
          ? { updatedSince, limit: options.limit }
          : { cursor: from, limit: options.limit },
      );
      // A server that says "more" without moving on would be followed forever.
      if (page.hasMore && page.nextCursor === from)
        throw new NdcApiError({ ...info, status: 200, code: "invalid_response" });
      yield page;
      // Reached only when the consumer asks for more: every entry of `page` has been taken.
      cursor = page.nextCursor;
      if (!page.hasMore) return;
    }
  }

  return {
    database,
    get cursor() {
      return cursor;
    },
    pages,
    async *[Symbol.asyncIterator]() {
      for await (const page of pages()) yield* page.entries;
    },
  };
}
