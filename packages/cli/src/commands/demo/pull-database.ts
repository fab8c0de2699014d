// A whole database through its change feed, as a synchronising agency system reads it: every entry
// of every page, the latest version of each record kept, cancelled records (CANCEL, a soft delete)
// dropped.
import type { DatabaseCode, NdcClient, RecordEnvelope } from "@ndcvn/client";

/** The current records of a database. */
export interface PulledDatabase {
  readonly database: DatabaseCode;
  /** Entries read from the feed. */
  readonly changes: number;
  /** Records whose latest change is a cancellation. */
  readonly cancelled: number;
  /** The latest version of each record that is not cancelled, by record id. */
  readonly records: ReadonlyMap<string, RecordEnvelope>;
}

/** Entries per page: the contract's largest. */
const PAGE = 1000;

/** Read a database's feed from the start; `onChange` is told the entries read so far. */
export async function pullDatabase(
  client: NdcClient,
  database: DatabaseCode,
  onChange: (changes: number) => void = () => {},
): Promise<PulledDatabase> {
  const latest = new Map<string, { version: number; record: RecordEnvelope | undefined }>();
  let changes = 0;
  for await (const entry of client.records.list(database, { limit: PAGE })) {
    changes++;
    onChange(changes);
    // The contract: keep only versions above the one held.
    const held = latest.get(entry.recordId);
    if (held && held.version >= entry.version) continue;
    latest.set(entry.recordId, {
      version: entry.version,
      record: entry.event === "CANCEL" ? undefined : entry.record,
    });
  }
  const records = new Map<string, RecordEnvelope>();
  let cancelled = 0;
  for (const [id, { record }] of latest) {
    if (record) records.set(id, record);
    else cancelled++;
  }
  return { database, changes, cancelled, records };
}
