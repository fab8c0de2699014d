// What a source can be: an array, an Iterable or an AsyncIterable of records.

/** Records of one source: an array, an Iterable or an AsyncIterable (a stream, a paginated API). */
export type RecordInput<R = unknown> = Iterable<R> | AsyncIterable<R>;

export function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as { [Symbol.asyncIterator]?: unknown })[Symbol.asyncIterator] === "function"
  );
}

export function isIterable(value: unknown): value is Iterable<unknown> {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as { [Symbol.iterator]?: unknown })[Symbol.iterator] === "function"
  );
}

/** Call `visit` for each record in order; arrays and sync iterables without awaiting. */
export async function forEachRecord(
  input: RecordInput,
  visit: (record: unknown, position: number) => void,
): Promise<void> {
  let position = 0;
  if (Array.isArray(input)) {
    for (const record of input) visit(record, position++);
    return;
  }
  if (isAsyncIterable(input)) {
    for await (const record of input) visit(record, position++);
    return;
  }
  for (const record of input as Iterable<unknown>) visit(record, position++);
}
