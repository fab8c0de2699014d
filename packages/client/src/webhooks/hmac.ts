// HMAC-SHA256 through WebCrypto, so that the same code runs in browsers, Node ≥ 20, Deno and
// workers; it is asynchronous for that reason.
const encoder = new TextEncoder();

/** The bytes signed for a delivery: `<t>.` followed by the raw body bytes. */
export function signedPayload(
  timestamp: number,
  body: string | Uint8Array,
): Uint8Array<ArrayBuffer> {
  const prefix = encoder.encode(`${timestamp}.`);
  const bytes = typeof body === "string" ? encoder.encode(body) : body;
  const payload = new Uint8Array(prefix.length + bytes.length);
  payload.set(prefix, 0);
  payload.set(bytes, prefix.length);
  return payload;
}

/** An HMAC-SHA256 key from a secret, the whole string as UTF-8. */
export const hmacKey = (secret: string, usage: "sign" | "verify"): Promise<CryptoKey> =>
  globalThis.crypto.subtle.importKey(
    "raw",
    encoder.encode(secret),
    { name: "HMAC", hash: "SHA-256" },
    false,
    [usage],
  );

/** Lowercase hex of bytes. */
export const toHex = (bytes: ArrayBuffer): string =>
  Array.from(new Uint8Array(bytes), (b) => b.toString(16).padStart(2, "0")).join("");

/** Bytes of a hex string of even length. */
export const fromHex = (hex: string): Uint8Array<ArrayBuffer> =>
  Uint8Array.from({ length: hex.length / 2 }, (_, i) =>
    Number.parseInt(hex.slice(2 * i, 2 * i + 2), 16),
  );
