// General text normalisers: trimmed text, Vietnamese text in one canonical form, diacritics folded,
// digits only, and a prefix.
import { foldDiacritics, normalizeVietnamese } from "@ndcvn/validators";
import type { NormaliserDefinition } from "./normaliser.js";

/** A string, or a finite number written in decimal. */
export function asText(value: string | number | object): string | undefined {
  if (typeof value === "string") return value;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return undefined;
}

const nonEmpty = (text: string): string | undefined => (text === "" ? undefined : text);

export const trim: NormaliserDefinition = {
  name: "trim",
  summary: "The value with leading and trailing white space removed (a number in decimal).",
  accepts: "string-or-number",
  options: {},
  costly: false,
  create: () => (value) => {
    const text = asText(value);
    return text === undefined ? undefined : nonEmpty(text.trim());
  },
};

export const text: NormaliserDefinition = {
  name: "text",
  summary:
    "Vietnamese text in one form: NFC, single spaces, canonical tone-mark placement, lower case (normalizeVietnamese).",
  accepts: "string",
  options: {},
  costly: true,
  create: () => (value) =>
    typeof value === "string" ? nonEmpty(normalizeVietnamese(value, { case: "lower" })) : undefined,
};

export const fold: NormaliserDefinition = {
  name: "fold",
  summary: "The text without diacritics, đ as d (foldDiacritics).",
  accepts: "string",
  options: {},
  costly: true,
  create: () => (value) =>
    typeof value === "string" ? nonEmpty(foldDiacritics(value)) : undefined,
};

export const digits: NormaliserDefinition = {
  name: "digits",
  summary: "The ASCII digits of the value, in order (full-width digits read as ASCII).",
  accepts: "string-or-number",
  options: {},
  costly: false,
  create: () => (value) => {
    const input = asText(value);
    if (input === undefined) return undefined;
    let out = "";
    for (let i = 0; i < input.length; i++) {
      const code = input.charCodeAt(i);
      if (code >= 48 && code <= 57) out += input[i];
      else if (code >= 0xff10 && code <= 0xff19) out += String.fromCharCode(code - 0xff10 + 48);
    }
    return nonEmpty(out);
  },
};

export const prefix: NormaliserDefinition = {
  name: "prefix",
  summary: "The first `length` characters (code points) of the text.",
  accepts: "string",
  options: {
    length: {
      type: "integer",
      minimum: 1,
      maximum: 1000,
      description: "How many characters to keep.",
    },
  },
  requiredOptions: ["length"],
  costly: false,
  create: (options) => {
    const length = typeof options.length === "number" ? options.length : 1;
    return (value) => {
      if (typeof value !== "string") return undefined;
      let out = "";
      let count = 0;
      for (const char of value) {
        if (count++ === length) break;
        out += char;
      }
      return nonEmpty(out);
    };
  },
};
