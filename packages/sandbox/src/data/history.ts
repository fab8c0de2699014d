// The history of a database before the sandbox started, made from an extract of @ndcvn/synth: a
// record at version v was created (NEW, version 1) and updated v − 1 times, at strictly increasing
// times ending at its update time; a few records were then cancelled (a soft delete). Gaps between
// versions are drawn per record from the seed, so the same seed gives the same feed.
import type { ExtractedRecord } from "@ndcvn/synth";
import { randomFor } from "../support/random.js";
import { instantOf, vietnamTime } from "../support/time.js";
import type { FeedChange } from "./change-feed.js";

/** Share of records whose last change is a cancellation. */
export const CANCELLED_SHARE = 0.03;

const DAY = 86_400_000;

/** The changes of one extracted record, oldest first. */
function changesOf(record: ExtractedRecord, seed: number): FeedChange[] {
  const { envelope } = record;
  const random = randomFor(`${seed}|history|${envelope.database}|${envelope.recordId}`);
  const last = Math.floor(instantOf(envelope.updatedAt) / 1000) * 1000;
  const times = [last];
  for (let version = envelope.version - 1; version >= 1; version--) {
    const later = times[0] as number;
    times.unshift(later - random.between(1, 60) * DAY - random.between(0, 86_399) * 1000);
  }
  const change = (version: number, time: number, event: FeedChange["event"]): FeedChange => ({
    recordId: envelope.recordId,
    event,
    version,
    time,
    updatedAt: version === envelope.version ? envelope.updatedAt : vietnamTime(time),
    schema: envelope.schema,
    data: envelope.data,
  });
  const changes = times.map((time, index) =>
    change(index + 1, time, index === 0 ? "NEW" : "UPDATE"),
  );
  if (random.next() < CANCELLED_SHARE) {
    const time = last + random.between(3600, 20 * 86_400) * 1000;
    changes.push(change(envelope.version + 1, time, "CANCEL"));
  }
  return changes;
}

/** The feed of a database's extract: every change of every record, in recorded order. */
export function historyOf(records: readonly ExtractedRecord[], seed: number): FeedChange[] {
  const changes = records.flatMap((record) => changesOf(record, seed));
  return changes.sort(
    (a, b) =>
      a.time - b.time ||
      (a.recordId < b.recordId ? -1 : a.recordId > b.recordId ? 1 : 0) ||
      a.version - b.version,
  );
}
