const hex = (bytes: Uint8Array, from: number, to: number): string =>
  Array.from(bytes.subarray(from, to), (b) => b.toString(16).padStart(2, "0")).join("");

/**
 * A new `X-Request-Id`: a random UUID (version 4). One that holds a run of 9 or more digits is
 * drawn again, so that redaction (which masks such runs) never garbles the id quoted in messages.
 * `getRandomValues` rather than `randomUUID`, which browsers offer only in secure contexts.
 */
export function newRequestId(): string {
  for (;;) {
    const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
    bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
    bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
    const id = `${hex(bytes, 0, 4)}-${hex(bytes, 4, 6)}-${hex(bytes, 6, 8)}-${hex(bytes, 8, 10)}-${hex(bytes, 10, 16)}`;
    if (!/\d{9,}/.test(id)) return id;
  }
}
