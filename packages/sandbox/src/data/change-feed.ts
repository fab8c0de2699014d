// The change feed of one national database: an append-only list of changes in the order they were
// recorded (which is also the order of their update times), and the current state of each record.
// Readers page through it by position; `recordChange` appends at the end. Nothing is ever removed
// or reordered, so pages and cursors stay stable while others read or write.
import type { ChangeEvent, ChangeFeedEntry, RecordEnvelope } from "@ndcvn/client";
import { vietnamTime } from "../support/time.js";

/** The data of a record: an object valid against the schema document its envelope names. */
export type RecordData = { readonly [key: string]: unknown };

/** One change of one record. */
export interface FeedChange {
  readonly recordId: string;
  readonly event: ChangeEvent;
  readonly version: number;
  /** Epoch milliseconds (whole seconds) of the update. */
  readonly time: number;
  readonly updatedAt: string;
  readonly schema: string;
  readonly data: RecordData;
}

/** A page of the feed, from a position. */
export interface FeedPage {
  readonly changes: readonly FeedChange[];
  /** The position after the page. */
  readonly next: number;
  readonly hasMore: boolean;
}

/** Changes of one database, and the current version of each record. */
export class ChangeFeed {
  readonly database: string;
  readonly #changes: FeedChange[] = [];
  readonly #records = new Map<string, FeedChange>();

  /** A feed with its history, which must be in recorded order (time, then record id, then version). */
  constructor(database: string, history: readonly FeedChange[] = []) {
    this.database = database;
    for (const change of history) {
      this.#changes.push(change);
      this.#records.set(change.recordId, change);
    }
  }

  /** Number of changes in the feed. */
  get length(): number {
    return this.#changes.length;
  }

  /** The ids of the records, in the order they first appeared. */
  recordIds(): IterableIterator<string> {
    return this.#records.keys();
  }

  /** The current version of a record. */
  current(recordId: string): FeedChange | undefined {
    return this.#records.get(recordId);
  }

  /** Up to `limit` changes from a position. */
  page(position: number, limit: number): FeedPage {
    const changes = this.#changes.slice(position, position + limit);
    const next = Math.min(position + changes.length, this.#changes.length);
    return { changes, next, hasMore: next < this.#changes.length };
  }

  /** The position of the first change recorded at or after an instant. */
  positionAt(time: number): number {
    let low = 0;
    let high = this.#changes.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.#changes[middle] as FeedChange).time < time) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /**
   * Records a change now (or one second after the last change, if the clock is behind the feed):
   * the next version of an existing record, or version 1 of a new one.
   */
  append(
    recordId: string,
    event: ChangeEvent,
    content: { readonly schema: string; readonly data: RecordData },
    now: number,
  ): FeedChange {
    const last = this.#changes.at(-1);
    const time = Math.max(Math.floor(now / 1000) * 1000, last ? last.time + 1000 : 0);
    const previous = this.#records.get(recordId);
    const change: FeedChange = {
      recordId,
      event,
      version: previous ? previous.version + 1 : 1,
      time,
      updatedAt: vietnamTime(time),
      schema: content.schema,
      data: content.data,
    };
    this.#changes.push(change);
    this.#records.set(recordId, change);
    return change;
  }
}

/** A record in its envelope, at a change. */
export function envelopeOf(database: string, change: FeedChange): RecordEnvelope {
  return {
    schema: change.schema,
    database,
    recordId: change.recordId,
    version: change.version,
    event: change.event,
    updatedAt: change.updatedAt,
    // The generated type of `data` (an object of any members) is `Record<string, never>`.
    data: change.data as RecordEnvelope["data"],
  };
}

/** A change as an entry of a feed page: `CANCEL` entries carry no record. */
export function entryOf(database: string, change: FeedChange): ChangeFeedEntry {
  const entry = {
    recordId: change.recordId,
    event: change.event,
    version: change.version,
    updatedAt: change.updatedAt,
  };
  return change.event === "CANCEL" ? entry : { ...entry, record: envelopeOf(database, change) };
}
