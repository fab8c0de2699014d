// Records of a source in the order of their ids (by UTF-16 code unit, as JavaScript compares
// strings), which is the order of every list in a result; and the check that ids are unique.
import { DuplicateRecordIdError } from "../errors/duplicate-record-id-error.js";

/**
 * Throws {@link DuplicateRecordIdError} for the first id (by position) that repeats an earlier one.
 */
export function checkUniqueIds(ids: readonly string[], source: string): void {
  const seen = new Set<string>();
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i] as string;
    const before = seen.size;
    seen.add(id);
    if (seen.size === before) throw new DuplicateRecordIdError(source, id, [ids.indexOf(id), i]);
  }
}

/**
 * The record indexes sorted by id. Ids never contain U+0000, which makes `id + U+0000 + index` sort
 * as the ids do. With `source`, a repeated id throws {@link DuplicateRecordIdError} (the first one
 * by position); without, ids are taken to be unique already.
 */
export function orderById(ids: readonly string[], source?: string): Int32Array {
  // Sorting plain strings is several times faster than sorting indexes with a comparator.
  const tagged = new Array<string>(ids.length);
  for (let i = 0; i < ids.length; i++) tagged[i] = `${ids[i]}\u0000${i}`;
  tagged.sort();
  const order = new Int32Array(ids.length);
  for (let k = 0; k < tagged.length; k++) {
    const text = tagged[k] as string;
    order[k] = Number(text.slice(text.lastIndexOf("\u0000") + 1));
  }
  if (source !== undefined)
    for (let k = 1; k < order.length; k++)
      // Equal ids sort together; which repeat comes first is found by position.
      if (ids[order[k - 1] as number] === ids[order[k] as number]) checkUniqueIds(ids, source);
  return order;
}

/** The id of a record as the engine keeps it, or `undefined` when it has none usable. */
export function recordIdOf(value: unknown): string | undefined {
  if (typeof value === "string")
    return value === "" || value.includes("\u0000") ? undefined : value;
  if (typeof value === "number" && Number.isSafeInteger(value)) return String(value);
  return undefined;
}
