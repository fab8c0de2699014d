// NDJSON: one record envelope per line.
import type { ExtractedRecord } from "../extract/types.js";

/**
 * The records as NDJSON lines (each the JSON of the envelope and `\n`). Files are left to the
 * caller: `for await (const line of toNdjson(records)) stream.write(line)`.
 */
export async function* toNdjson(
  records: Iterable<ExtractedRecord> | AsyncIterable<ExtractedRecord>,
): AsyncIterable<string> {
  for await (const record of records) yield `${JSON.stringify(record.envelope)}\n`;
}
