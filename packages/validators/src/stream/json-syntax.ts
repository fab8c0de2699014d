// Where and why JSON text does not parse. `JSON.parse` says so in words that quote the input (which
// may be personal data) and that differ between engines; this checker is run only after
// `JSON.parse` has failed, to report a position and a stable reason instead.
import { BracketStack } from "./bracket-stack.js";
import type { JsonProblem } from "./messages.js";

/** The first syntax error of a JSON text: its offset (UTF-16 code units) and reason. */
export interface JsonSyntaxError {
  readonly offset: number;
  readonly reason: JsonProblem;
}

// What comes next.
const VALUE = 0;
/** A value or `]` (right after `[`). */
const VALUE_OR_END = 1;
/** A property name or `}` (right after `{`). */
const NAME_OR_END = 2;
const NAME = 3;
const COLON = 4;
/** `,` or the end of the container (or of the text). */
const NEXT = 5;

function isWhitespace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function isHex(code: number): boolean {
  return isDigit(code) || (code >= 0x41 && code <= 0x46) || (code >= 0x61 && code <= 0x66);
}

type Step = number | JsonSyntaxError;

function fail(offset: number, reason: JsonProblem): JsonSyntaxError {
  return { offset, reason };
}

/** Read a string starting at the quote at `start`; the offset after it, or the error. */
function readString(text: string, start: number): Step {
  let i = start + 1;
  for (;;) {
    if (i >= text.length) return fail(i, "unexpected_end");
    const code = text.charCodeAt(i);
    if (code === 0x22) return i + 1;
    if (code < 0x20) return fail(i, "control_character");
    if (code === 0x5c) {
      if (i + 1 >= text.length) return fail(i + 1, "unexpected_end");
      const escaped = text[i + 1] as string;
      if (escaped === "u") {
        for (let k = 2; k < 6; k++) {
          if (i + k >= text.length) return fail(i + k, "unexpected_end");
          if (!isHex(text.charCodeAt(i + k))) return fail(i, "invalid_escape");
        }
        i += 6;
      } else if ('"\\/bfnrt'.includes(escaped)) {
        i += 2;
      } else {
        return fail(i, "invalid_escape");
      }
    } else {
      i++;
    }
  }
}

/** Read digits from `i`: the offset after them, or the error when there is none. */
function readDigits(text: string, i: number): Step {
  if (i >= text.length) return fail(i, "unexpected_end");
  if (!isDigit(text.charCodeAt(i))) return fail(i, "invalid_number");
  let j = i;
  while (j < text.length && isDigit(text.charCodeAt(j))) j++;
  return j;
}

/** Read a number starting at `start` (`-` or a digit). */
function readNumber(text: string, start: number): Step {
  let i = start;
  if (text.charCodeAt(i) === 0x2d) i++;
  if (i >= text.length) return fail(i, "unexpected_end");
  if (text.charCodeAt(i) === 0x30) {
    i++;
    if (i < text.length && isDigit(text.charCodeAt(i))) return fail(i, "invalid_number");
  } else {
    const after = readDigits(text, i);
    if (typeof after !== "number") return after;
    i = after;
  }
  if (text.charCodeAt(i) === 0x2e) {
    const after = readDigits(text, i + 1);
    if (typeof after !== "number") return after;
    i = after;
  }
  const e = text.charCodeAt(i);
  if (e === 0x65 || e === 0x45) {
    i++;
    const sign = text.charCodeAt(i);
    if (sign === 0x2b || sign === 0x2d) i++;
    const after = readDigits(text, i);
    if (typeof after !== "number") return after;
    i = after;
  }
  return i;
}

/** Read `true`, `false` or `null` at `start`. */
function readLiteral(text: string, start: number, literal: string): Step {
  for (let k = 0; k < literal.length; k++) {
    if (start + k >= text.length) return fail(start + k, "unexpected_end");
    if (text[start + k] !== literal[k]) return fail(start + k, "unexpected_character");
  }
  return start + literal.length;
}

/** Read a scalar value at `i`, or report what is there instead of a value. */
function readScalar(text: string, i: number): Step {
  const char = text[i] as string;
  if (char === '"') return readString(text, i);
  if (char === "-" || isDigit(char.charCodeAt(0))) return readNumber(text, i);
  if (char === "t") return readLiteral(text, i, "true");
  if (char === "f") return readLiteral(text, i, "false");
  if (char === "n") return readLiteral(text, i, "null");
  if (char === "," || char === "]" || char === "}") return fail(i, "expected_value");
  return fail(i, "unexpected_character");
}

/**
 * The first syntax error of `text` as one JSON value (RFC 8259), or `undefined` when it has none.
 * Iterative, so deep nesting cannot overflow the call stack.
 */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  const stack = new BracketStack();
  let expect = VALUE;
  let i = 0;
  for (;;) {
    while (i < text.length && isWhitespace(text.charCodeAt(i))) i++;
    if (i >= text.length) {
      return expect === NEXT && stack.depth === 0 ? undefined : fail(i, "unexpected_end");
    }
    const char = text[i] as string;
    const inArray = stack.peek();
    switch (expect) {
      case VALUE:
      case VALUE_OR_END: {
        if (char === "]" && expect === VALUE_OR_END) {
          stack.pop();
          i++;
          expect = NEXT;
        } else if (char === "[" || char === "{") {
          stack.push(char === "[");
          i++;
          expect = char === "[" ? VALUE_OR_END : NAME_OR_END;
        } else {
          const after = readScalar(text, i);
          if (typeof after !== "number") return after;
          i = after;
          expect = NEXT;
        }
        break;
      }
      case NAME_OR_END:
      case NAME: {
        if (char === "}" && expect === NAME_OR_END) {
          stack.pop();
          i++;
          expect = NEXT;
        } else if (char === '"') {
          const after = readString(text, i);
          if (typeof after !== "number") return after;
          i = after;
          expect = COLON;
        } else {
          return fail(i, "expected_property_name");
        }
        break;
      }
      case COLON: {
        if (char !== ":") return fail(i, "expected_colon");
        i++;
        expect = VALUE;
        break;
      }
      case NEXT: {
        if (inArray === undefined) return fail(i, "trailing_content");
        const close = inArray ? "]" : "}";
        if (char === ",") {
          i++;
          expect = inArray ? VALUE : NAME;
        } else if (char === close) {
          stack.pop();
          i++;
        } else if (char === "]" || char === "}") {
          return fail(i, "mismatched_bracket");
        } else {
          return fail(i, "expected_comma");
        }
        break;
      }
    }
  }
}
