// Keys for privacy-preserving linkage: one secret, and from it (HKDF-SHA256, RFC 5869) a separate
// HMAC-SHA256 key per pass and per veto, bound to the spec's hash, so that a token of one pass says
// nothing about another pass and tokens made under another spec never match. WebCrypto derives the
// keys (browsers and Node); HMACs are computed with Node's crypto when the runtime has it (no static
// `node:` import), else with WebCrypto.
import { nodeCrypto } from "../crypto/sha256.js";
import { InvalidInputError } from "../errors/invalid-input-error.js";

/** A secret shared by the agencies that link: text (UTF-8) or bytes, at least 16 bytes. */
export type LinkageSecret = string | Uint8Array | ArrayBuffer;

const MIN_SECRET_BYTES = 16;
const SALT = "ndcvn-linkage/tokens/v1";
const encoder = new TextEncoder();

/** The secret as bytes; throws InvalidInputError `invalid_secret` when unusable. */
export function secretBytes(secret: LinkageSecret): Uint8Array {
  let bytes: Uint8Array | undefined;
  if (typeof secret === "string") bytes = encoder.encode(secret);
  else if (secret instanceof Uint8Array) bytes = secret;
  else if (secret instanceof ArrayBuffer) bytes = new Uint8Array(secret);
  if (!bytes || bytes.length < MIN_SECRET_BYTES) throw new InvalidInputError("invalid_secret");
  return bytes;
}

function subtle(): SubtleCrypto {
  const crypto = (globalThis as { crypto?: Crypto }).crypto;
  if (!crypto?.subtle) throw new Error("tokenize needs WebCrypto (globalThis.crypto.subtle)");
  return crypto.subtle;
}

/** HKDF-SHA256 of the secret for one purpose (`info`), 32 bytes. */
export async function deriveKey(secret: Uint8Array, info: string): Promise<Uint8Array> {
  const material = await subtle().importKey("raw", secret as BufferSource, "HKDF", false, [
    "deriveBits",
  ]);
  const bits = await subtle().deriveBits(
    { name: "HKDF", hash: "SHA-256", salt: encoder.encode(SALT), info: encoder.encode(info) },
    material,
    256,
  );
  return new Uint8Array(bits);
}

/** Computes HMAC-SHA256 tokens (base64url, 43 characters) of strings with one key. */
export interface TokenSigner {
  sign(messages: readonly string[]): Promise<string[]>;
}

interface NodeHmac {
  update(data: string, encoding: "utf8"): NodeHmac;
  digest(encoding: "base64url"): string;
}
interface NodeCryptoHmac {
  createHmac(algorithm: "sha256", key: Uint8Array): NodeHmac;
}

/** Bytes as base64url without padding. */
export function base64url(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

const BATCH = 4096;

/** A signer with `key`: Node's HMAC when available, WebCrypto otherwise. */
export async function signerFor(key: Uint8Array): Promise<TokenSigner> {
  const native = nodeCrypto() as NodeCryptoHmac | undefined;
  if (native && typeof native.createHmac === "function") {
    return {
      sign: async (messages) =>
        messages.map((message) =>
          native.createHmac("sha256", key).update(message, "utf8").digest("base64url"),
        ),
    };
  }
  const hmacKey = await subtle().importKey(
    "raw",
    key as BufferSource,
    { name: "HMAC", hash: "SHA-256" },
    false,
    ["sign"],
  );
  return {
    async sign(messages) {
      const out: string[] = [];
      for (let start = 0; start < messages.length; start += BATCH) {
        const batch = messages.slice(start, start + BATCH);
        const signed = await Promise.all(
          batch.map((message) => subtle().sign("HMAC", hmacKey, encoder.encode(message))),
        );
        for (const signature of signed) out.push(base64url(new Uint8Array(signature)));
      }
      return out;
    },
  };
}

/** The HKDF `info` of each purpose: bound to the spec hash. */
export const keyPurpose = {
  pass: (specHash: string, pass: string) => `${specHash}\u0000pass\u0000${pass}`,
  veto: (specHash: string, veto: string) => `${specHash}\u0000veto\u0000${veto}`,
  keyId: (specHash: string) => `${specHash}\u0000key-id`,
};

/**
 * An identifier of the secret under this spec that reveals nothing about it: the HMAC of a fixed
 * text with a key derived for that purpose, cut to 128 bits. Equal ids, same secret.
 */
export async function keyIdOf(secret: Uint8Array, specHash: string): Promise<string> {
  const signer = await signerFor(await deriveKey(secret, keyPurpose.keyId(specHash)));
  const [token] = await signer.sign(["ndcvn-linkage key id"]);
  return (token as string).slice(0, 22);
}
