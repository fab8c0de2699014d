// Stale `updatedAt`: the record's timestamp two to eight years older than its real last update, as
// after a migration that reset it or a source that never maintained it. Never earlier than the
// record's own content (a birth registration is not updated before it is made): applicable where
// the record's real last update is at least two years after its earliest possible date.
import { dayNumber, parseTimestamp, timestamp } from "../extract/dates.js";
import type { DraftFault } from "./fault.js";

const MIN_DAYS = 731;
const MAX_DAYS = 2922;

function room(updatedAt: string, earliest: string): number {
  return parseTimestamp(updatedAt).day - dayNumber(earliest);
}

export const staleUpdatedAt: DraftFault = {
  name: "staleUpdatedAt",
  applies: (draft) => room(draft.updatedAt, draft.earliestUpdate) >= MIN_DAYS,
  apply(draft, random) {
    const { day, second } = parseTimestamp(draft.updatedAt);
    const most = Math.min(MAX_DAYS, room(draft.updatedAt, draft.earliestUpdate));
    draft.updatedAt = timestamp(day - random.between(MIN_DAYS, most), second);
  },
};
