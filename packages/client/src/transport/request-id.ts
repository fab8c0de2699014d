/** Two lowercase hex digits of every byte. */
const HEX = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, "0"));

/** A random UUID (version 4) from `getRandomValues`, which every platform has. */
function randomBytesUuid(): string {
  const b = globalThis.crypto.getRandomValues(new Uint8Array(16));
  const h = (i: number) => HEX[b[i] ?? 0];
  const v = HEX[((b[6] ?? 0) & 0x0f) | 0x40];
  const r = HEX[((b[8] ?? 0) & 0x3f) | 0x80];
  return `${h(0)}${h(1)}${h(2)}${h(3)}-${h(4)}${h(5)}-${v}${h(7)}-${r}${h(9)}-${h(10)}${h(11)}${h(12)}${h(13)}${h(14)}${h(15)}`;
}

/**
 * A new `X-Request-Id`: a random UUID (version 4). One that holds a run of 9 or more digits is
 * drawn again, so that redaction (which masks such runs) never garbles the id quoted in messages.
 * `randomUUID` where the platform offers it (Node, and browsers in secure contexts only — it is
 * much the cheaper, as it draws entropy in batches), else `getRandomValues`.
 */
export function newRequestId(): string {
  const crypto = globalThis.crypto;
  for (;;) {
    const id = typeof crypto.randomUUID === "function" ? crypto.randomUUID() : randomBytesUuid();
    if (!/\d{9,}/.test(id)) return id;
  }
}
