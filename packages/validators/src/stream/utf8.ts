// Streaming UTF-8 decoding that marks invalid bytes instead of hiding them.
//
// `TextDecoder` either replaces invalid bytes with U+FFFD — which a record may also contain
// legitimately — or throws without saying where. This decoder keeps a multi-byte character split
// across chunks for the next chunk (what `TextDecoder`'s streaming mode does), decodes valid text
// with a fatal `TextDecoder`, and only when that throws decodes the chunk by hand, turning each
// invalid byte `b` into the lone surrogate U+DC00+b (as Python's "surrogateescape" does). Decoded
// UTF-8 never contains a lone surrogate, so a record holding one had invalid bytes: the record, and
// only that record, is reported as `invalid_utf8`.

/** The marker of the invalid byte `byte` (0x80–0xFF) in decoded text. */
function escapeByte(byte: number): string {
  return String.fromCharCode(0xdc00 + byte);
}

/** Bounds of the second byte after a lead byte (WHATWG Encoding, UTF-8 decoder). */
function secondByteBounds(lead: number): [number, number] {
  if (lead === 0xe0) return [0xa0, 0xbf];
  if (lead === 0xed) return [0x80, 0x9f];
  if (lead === 0xf0) return [0x90, 0xbf];
  if (lead === 0xf4) return [0x80, 0x8f];
  return [0x80, 0xbf];
}

/** Length of the sequence a lead byte starts, or 0 when the byte cannot start one. */
function sequenceLength(lead: number): number {
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/** Whether bytes[at..at+count) are valid continuation bytes of the sequence led by bytes[at-1]. */
function validContinuation(bytes: Uint8Array, lead: number, at: number, count: number): boolean {
  for (let k = 0; k < count; k++) {
    const byte = bytes[at + k] as number;
    const [low, high] = k === 0 ? secondByteBounds(lead) : [0x80, 0xbf];
    if (byte < low || byte > high) return false;
  }
  return true;
}

/** Where a valid but unfinished sequence at the end of `bytes` starts (`bytes.length` if none). */
function unfinishedTail(bytes: Uint8Array): number {
  const end = bytes.length;
  for (let start = end - 1; start >= 0 && start >= end - 3; start--) {
    const byte = bytes[start] as number;
    if (byte < 0x80) return end;
    if (byte >= 0xc0) {
      const length = sequenceLength(byte);
      return length > end - start && validContinuation(bytes, byte, start + 1, end - start - 1)
        ? start
        : end;
    }
  }
  return end;
}

/** Decode bytes by hand, marking each invalid byte (the slow path). */
function decodeMarking(bytes: Uint8Array): string {
  const out: string[] = [];
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] as number;
    const length = sequenceLength(lead);
    if (length === 1) {
      out.push(String.fromCharCode(lead));
      i++;
    } else if (
      length > 1 &&
      i + length <= bytes.length &&
      validContinuation(bytes, lead, i + 1, length - 1)
    ) {
      let code = lead & (0xff >> (length + 1));
      for (let k = 1; k < length; k++) code = (code << 6) | ((bytes[i + k] as number) & 0x3f);
      out.push(String.fromCodePoint(code));
      i += length;
    } else {
      out.push(escapeByte(lead));
      i++;
    }
  }
  return out.join("");
}

/** A streaming UTF-8 decoder that turns invalid bytes into lone-surrogate markers. */
export class Utf8Decoder {
  #pending: Uint8Array | undefined;
  readonly #decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

  /** Decode the next chunk; an unfinished character at its end waits for the next chunk. */
  decode(chunk: Uint8Array): string {
    let bytes = chunk;
    if (this.#pending) {
      bytes = new Uint8Array(this.#pending.length + chunk.length);
      bytes.set(this.#pending);
      bytes.set(chunk, this.#pending.length);
      this.#pending = undefined;
    }
    const cut = unfinishedTail(bytes);
    if (cut < bytes.length) {
      this.#pending = bytes.slice(cut);
      bytes = bytes.subarray(0, cut);
    }
    try {
      return this.#decoder.decode(bytes);
    } catch {
      return decodeMarking(bytes);
    }
  }

  /** The end of the input: an unfinished character left over is invalid. */
  flush(): string {
    const pending = this.#pending;
    this.#pending = undefined;
    return pending ? decodeMarking(pending) : "";
  }
}

const ANY_SURROGATE = /[\uD800-\uDFFF]/;

/** Whether text holds a lone surrogate: an invalid byte of the input (or text no UTF-8 can encode). */
export function hasInvalidUtf8(text: string): boolean {
  if (!ANY_SURROGATE.test(text)) return false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0xd800 || code > 0xdfff) continue;
    if (code >= 0xdc00 || !isLowSurrogate(text.charCodeAt(i + 1))) return true;
    i++; // a pair
  }
  return false;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * Length in UTF-8 bytes of text (a marked invalid byte counts as the one byte it was);
 * `afterHighSurrogate` says the text continues one that ended with half a surrogate pair.
 */
export function utf8Length(text: string, afterHighSurrogate = false): number {
  let bytes = text.length;
  let previous = afterHighSurrogate ? 0xd800 : 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x80) {
      if (code < 0x800) bytes += 1;
      else if (code < 0xd800 || code > 0xdfff) bytes += 2;
      // Surrogates: a pair is 4 bytes (2 per half), a marker 1 byte, any other lone half 2.
      else if (code < 0xdc80 || code > 0xdcff || isHighSurrogate(previous)) bytes += 1;
    }
    previous = code;
  }
  return bytes;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
