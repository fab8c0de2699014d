// How values travel into DuckDB VARCHAR columns and back without losing their identity. DuckDB
// stores UTF-8: a JavaScript string with a lone surrogate would be stored as U+FFFD, and two
// different values would become one key. Values with any surrogate code unit are therefore stored
// as U+0000 followed by their code units in hex, which no other value can be (normalised values
// and tokens never contain U+0000, see keyed-source.ts). Raw values (before normalisation) keep
// their type: a string and the number it spells are different inputs to a normaliser.

const SURROGATE = /[\uD800-\uDFFF]/;
const ESCAPE = "\u0000";

function hexUnits(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) out += text.charCodeAt(i).toString(16).padStart(4, "0");
  return out;
}

function fromHexUnits(hex: string): string {
  let out = "";
  for (let i = 0; i + 4 <= hex.length; i += 4)
    out += String.fromCharCode(Number.parseInt(hex.slice(i, i + 4), 16));
  return out;
}

/** A normalised value or token as stored: itself, or escaped when it holds a surrogate. */
export function encodeValue(value: string): string {
  return SURROGATE.test(value) ? ESCAPE + hexUnits(value) : value;
}

/** The value {@link encodeValue} stored. */
export function decodeValue(stored: string): string {
  return stored.startsWith(ESCAPE) ? fromHexUnits(stored.slice(1)) : stored;
}

/**
 * The values of a key stored as `concat_ws(chr(0), value…)` of encoded values. A stored value never
 * contains U+0000 except as its first character (then it is escaped), so an empty piece after a
 * split marks the next piece as escaped.
 */
export function decodeKey(stored: string): string[] {
  const pieces = stored.split(ESCAPE);
  const out: string[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i] as string;
    if (piece === "" && i + 1 < pieces.length) {
      out.push(fromHexUnits(pieces[i + 1] as string));
      i++;
    } else out.push(piece);
  }
  return out;
}

/**
 * A raw value as stored: `s` and the string, `u` and its code units in hex when it holds a
 * surrogate, `n` and the number (shortest round-trip form; `-0` kept).
 */
export function encodeRaw(raw: string | number): string {
  if (typeof raw === "number") return Object.is(raw, -0) ? "n-0" : `n${String(raw)}`;
  return SURROGATE.test(raw) ? `u${hexUnits(raw)}` : `s${raw}`;
}

/** The raw value {@link encodeRaw} stored. */
export function decodeRaw(stored: string): string | number {
  const tag = stored.charAt(0);
  const body = stored.slice(1);
  if (tag === "n") return body === "-0" ? -0 : Number(body);
  if (tag === "u") return fromHexUnits(body);
  return body;
}
