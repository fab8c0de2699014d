// Random identifiers of the contract's forms (`sub_…`, `dlv_…`, `whsec_…`): letters and digits
// drawn from the system's cryptographic generator.
import { randomBytes } from "node:crypto";

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

/** `length` random letters and digits (uniform: bytes of 248 and above are drawn again). */
export function randomAlphanumeric(length: number): string {
  let out = "";
  while (out.length < length) {
    for (const byte of randomBytes(length * 2)) {
      if (byte < 248 && out.length < length) out += ALPHABET[byte % 62];
    }
  }
  return out;
}

/** A 32-hex-digit trace id (W3C Trace Context). */
export function randomTraceId(): string {
  return randomBytes(16).toString("hex");
}
