/** `X-NDC-Signature`, parsed: the timestamp and every `v1` signature. */
export interface SignatureHeader {
  readonly timestamp: number;
  readonly signatures: readonly string[];
}

/**
 * Parses `t=<unix seconds>,v1=<hex>[,v1=<hex>…]`. Other schemes (a future `v2`) are ignored, so
 * that a receiver keeps working while the NDC adds one; a header without exactly one `t` or
 * without a well-formed `v1` is malformed.
 */
export function parseSignatureHeader(header: string): SignatureHeader | undefined {
  let timestamp: number | undefined;
  let timestamps = 0;
  const signatures: string[] = [];
  for (const part of header.split(",")) {
    const eq = part.indexOf("=");
    if (eq < 0) return undefined;
    const key = part.slice(0, eq).trim();
    const value = part.slice(eq + 1).trim();
    if (key === "t") {
      timestamps++;
      if (!/^\d{1,12}$/.test(value)) return undefined;
      timestamp = Number(value);
    } else if (key === "v1") {
      if (!/^[0-9a-f]{64}$/i.test(value)) return undefined;
      signatures.push(value.toLowerCase());
    }
  }
  if (timestamps !== 1 || timestamp === undefined || signatures.length === 0) return undefined;
  return { timestamp, signatures };
}
