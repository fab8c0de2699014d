// A 128-bit non-cryptographic hash for duplicate detection: MurmurHash3 x86_128 (Austin Appleby,
// public domain) of the UTF-8 bytes, seed 0. Browser-safe (no Node crypto); its output equals the
// reference implementation's 16 bytes, in hex. Collisions among non-adversarial records are
// negligible at 128 bits; it is not meant to resist forged inputs.

const C1 = 0x239b961b;
const C2 = 0xab0e9789;
const C3 = 0x38b34ae5;
const C4 = 0xa1e38b93;

let encoder: TextEncoder | undefined;

function rotl(x: number, r: number): number {
  return (x << r) | (x >>> (32 - r));
}

function fmix(input: number): number {
  let h = input;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h;
}

function mixK(k: number, ca: number, r: number, cb: number): number {
  return Math.imul(rotl(Math.imul(k, ca), r), cb);
}

function hexLittleEndian(word: number): string {
  let out = "";
  for (let i = 0; i < 4; i++) out += ((word >>> (8 * i)) & 0xff).toString(16).padStart(2, "0");
  return out;
}

/** MurmurHash3 x86_128 of the text's UTF-8 bytes, as 32 hex digits. */
export function hash128(text: string): string {
  return murmur3(text, hexLittleEndian);
}

/**
 * The same hash as 8 UTF-16 code units (16 bits each): a compact Map key, a quarter of the hex
 * form's length, for keeping one key per distinct record.
 */
export function hash128Key(text: string): string {
  return murmur3(text, (word) => String.fromCharCode(word & 0xffff, word >>> 16));
}

function murmur3(text: string, write: (word: number) => string): string {
  encoder ??= new TextEncoder();
  const bytes = encoder.encode(text);
  const length = bytes.length;
  const byte = (i: number) => bytes[i] ?? 0;
  const word = (i: number) =>
    byte(i) | (byte(i + 1) << 8) | (byte(i + 2) << 16) | (byte(i + 3) << 24);
  let h1 = 0;
  let h2 = 0;
  let h3 = 0;
  let h4 = 0;
  const blocks = length - (length % 16);
  for (let i = 0; i < blocks; i += 16) {
    h1 ^= mixK(word(i), C1, 15, C2);
    h1 = (Math.imul(rotl(h1, 19) + h2, 5) + 0x561ccd1b) | 0;
    h2 ^= mixK(word(i + 4), C2, 16, C3);
    h2 = (Math.imul(rotl(h2, 17) + h3, 5) + 0x0bcaa747) | 0;
    h3 ^= mixK(word(i + 8), C3, 17, C4);
    h3 = (Math.imul(rotl(h3, 15) + h4, 5) + 0x96cd1c35) | 0;
    h4 ^= mixK(word(i + 12), C4, 18, C1);
    h4 = (Math.imul(rotl(h4, 13) + h1, 5) + 0x32ac3b17) | 0;
  }
  // The tail: up to 15 bytes, little-endian into k1..k4 (zero beyond the end).
  const rest = length - blocks;
  const tail = (from: number) => {
    let k = 0;
    for (let j = 3; j >= 0; j--) {
      if (from + j < rest) k ^= byte(blocks + from + j) << (8 * j);
    }
    return k;
  };
  if (rest > 12) h4 ^= mixK(tail(12), C4, 18, C1);
  if (rest > 8) h3 ^= mixK(tail(8), C3, 17, C4);
  if (rest > 4) h2 ^= mixK(tail(4), C2, 16, C3);
  if (rest > 0) h1 ^= mixK(tail(0), C1, 15, C2);

  h1 ^= length;
  h2 ^= length;
  h3 ^= length;
  h4 ^= length;
  h1 = (h1 + h2 + h3 + h4) | 0;
  h2 = (h2 + h1) | 0;
  h3 = (h3 + h1) | 0;
  h4 = (h4 + h1) | 0;
  h1 = fmix(h1);
  h2 = fmix(h2);
  h3 = fmix(h3);
  h4 = fmix(h4);
  h1 = (h1 + h2 + h3 + h4) | 0;
  h2 = (h2 + h1) | 0;
  h3 = (h3 + h1) | 0;
  h4 = (h4 + h1) | 0;
  return write(h1) + write(h2) + write(h3) + write(h4);
}
