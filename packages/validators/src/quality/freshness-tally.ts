// Sống: the age of each record's last update, in a histogram of whole days (one counter per
// distinct day, so the median is exact and memory stays bounded).
import type { AgeBucket } from "./types.js";

const DAY_MS = 86_400_000;
/** Bucket edges in days: a week, a month, a quarter, half a year, 1, 2 and 5 years. */
export const AGE_BUCKET_EDGES: readonly number[] = [0, 7, 30, 90, 180, 365, 730, 1825];

const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:[Zz]|[+-]\d{2}:\d{2}))?$/;
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * The time of an update: an RFC 3339 date-time with its offset, or a full date (read as midnight
 * UTC); `undefined` for anything else (a date-time without offset would depend on the machine's
 * time zone).
 */
export function parseUpdateTime(value: unknown): number | undefined {
  if (value instanceof Date) {
    const time = value.getTime();
    return Number.isNaN(time) ? undefined : time;
  }
  if (typeof value !== "string") return undefined;
  const match = DATE_TIME.exec(value);
  if (!match) return undefined;
  const [, year, month, day, hour, minute, second] = match;
  const m = Number(month);
  const d = Number(day);
  const y = Number(year);
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const maxDay = m === 2 && !leap ? 28 : (DAYS_IN_MONTH[m - 1] ?? 0);
  if (m < 1 || m > 12 || d < 1 || d > maxDay) return undefined;
  if (
    hour !== undefined &&
    (Number(hour) > 23 || Number(minute) > 59 || Number(second ?? 0) > 59)
  ) {
    return undefined;
  }
  const time = Date.parse(
    hour === undefined ? `${year}-${month}-${day}T00:00:00Z` : value.toUpperCase(),
  );
  return Number.isNaN(time) ? undefined : time;
}

export class FreshnessTally {
  readonly #now: number;
  readonly #freshMs: number;
  readonly #days = new Map<number, number>();
  dated = 0;
  undated = 0;
  future = 0;
  fresh = 0;

  constructor(now: number, freshnessDays: number) {
    this.#now = now;
    this.#freshMs = freshnessDays * DAY_MS;
  }

  add(updatedAt: unknown): void {
    const time = parseUpdateTime(updatedAt);
    if (time === undefined) {
      this.undated++;
      return;
    }
    this.dated++;
    const age = this.#now - time;
    if (age < 0) {
      this.future++;
      return;
    }
    if (age <= this.#freshMs) this.fresh++;
    const days = Math.floor(age / DAY_MS);
    this.#days.set(days, (this.#days.get(days) ?? 0) + 1);
  }

  #sortedDays(): [number, number][] {
    return [...this.#days].sort(([a], [b]) => a - b);
  }

  /** Median age in whole days (the mean of the two middle ones for an even count). */
  median(): number | null {
    const total = this.dated - this.future;
    if (total === 0) return null;
    const lower = Math.floor((total - 1) / 2);
    const upper = Math.floor(total / 2);
    let seen = 0;
    let low: number | undefined;
    for (const [day, count] of this.#sortedDays()) {
      if (low === undefined && seen + count > lower) low = day;
      if (seen + count > upper) return ((low ?? day) + day) / 2;
      seen += count;
    }
    return null;
  }

  oldest(): number | null {
    const days = this.#sortedDays();
    return days.length > 0 ? (days[days.length - 1]?.[0] ?? null) : null;
  }

  histogram(): AgeBucket[] {
    const buckets = AGE_BUCKET_EDGES.map((from, i) => ({
      fromDays: from,
      toDays: AGE_BUCKET_EDGES[i + 1] ?? null,
      count: 0,
    }));
    for (const [day, count] of this.#days) {
      const bucket = buckets.findLast((b) => day >= b.fromDays);
      if (bucket) bucket.count += count;
    }
    return buckets;
  }
}
