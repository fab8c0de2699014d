// Zod issues → payload issues: stable codes, JSON Pointer paths, bilingual messages, and never the
// value itself.
import type * as z from "zod";
import { consistencyMessages } from "../identifiers/personal-id-consistency.js";
import type { Locale, MessageTable } from "../issue.js";
import { renderMessage } from "../issue.js";
import { IDENTIFIER_FORMATS } from "./formats.js";
import type { PayloadIssue } from "./payload-issue.js";
import { JSON_TYPE_VI, payloadMessages } from "./payload-messages.js";

/** Every payload issue code and its messages: payload codes, identifier codes and consistency codes. */
export const allPayloadMessages: MessageTable = Object.assign(
  {},
  ...Object.values(IDENTIFIER_FORMATS).map((validator) => validator.messages),
  consistencyMessages,
  payloadMessages,
);

/** RFC 6901 JSON Pointer of a path. */
export function jsonPointer(path: readonly PropertyKey[]): string {
  return path
    .map((segment) => `/${String(segment).replace(/~/g, "~0").replace(/\//g, "~1")}`)
    .join("");
}

type Params = Record<string, string | number>;

function issue(
  code: string,
  path: readonly PropertyKey[],
  locale: Locale,
  params?: Params,
): PayloadIssue {
  // An identifier's codes are its own: the same code may read differently for another identifier.
  const ownTable =
    typeof params?.format === "string" ? IDENTIFIER_FORMATS[params.format]?.messages : undefined;
  const templates = ownTable?.[code] ?? allPayloadMessages[code] ?? payloadMessages.invalid_value;
  return {
    path: jsonPointer(path),
    code,
    message: renderMessage(templates, locale, params),
    severity: "error",
    ...(params && Object.keys(params).length ? { params } : {}),
  };
}

function scalarParams(source: Readonly<Record<string, unknown>>): Params {
  const out: Params = {};
  for (const [key, value] of Object.entries(source)) {
    if (key !== "ndc" && (typeof value === "string" || typeof value === "number")) out[key] = value;
  }
  return out;
}

/** The payload issues of a failed zod parse, sorted by path and code, without duplicates. */
export function toPayloadIssues(
  issues: readonly z.core.$ZodIssue[],
  locale: Locale,
): PayloadIssue[] {
  const out: PayloadIssue[] = [];
  for (const found of issues) {
    const path = found.path;
    switch (found.code) {
      case "invalid_type":
        if (found.input === undefined) out.push(issue("required", path, locale));
        else
          out.push(
            issue("invalid_type", path, locale, {
              expected: found.expected,
              expectedVi: JSON_TYPE_VI[found.expected] ?? found.expected,
            }),
          );
        break;
      case "unrecognized_keys":
        for (const key of found.keys) out.push(issue("unknown_property", [...path, key], locale));
        break;
      case "invalid_format":
        out.push(
          found.format === "regex"
            ? issue("invalid_pattern", path, locale)
            : issue("invalid_format", path, locale, { format: found.format }),
        );
        break;
      case "too_small":
        out.push(
          found.origin === "array"
            ? issue("too_few_items", path, locale, { minimum: Number(found.minimum) })
            : issue(found.inclusive === false ? "too_small_exclusive" : "too_small", path, locale, {
                minimum: Number(found.minimum),
              }),
        );
        break;
      case "too_big":
        out.push(
          found.origin === "array"
            ? issue("too_many_items", path, locale, { maximum: Number(found.maximum) })
            : issue(found.inclusive === false ? "too_large_exclusive" : "too_large", path, locale, {
                maximum: Number(found.maximum),
              }),
        );
        break;
      case "invalid_union":
        out.push(issue("no_match", path, locale));
        break;
      case "custom": {
        const params = (found.params ?? {}) as Record<string, unknown>;
        const code = typeof params.ndc === "string" ? params.ndc : "invalid_value";
        out.push(issue(code, path, locale, scalarParams(params)));
        break;
      }
      default:
        out.push(issue("invalid_value", path, locale));
    }
  }
  // The documents restate the personal-ID consistency rules as conditional patterns (JSON Schema
  // cannot compare fields), so a disagreement fails both; the consistency issue says what is wrong,
  // and the generic pattern issue of the same field would only repeat it less clearly.
  const explained = new Set(
    out.filter((found) => found.code.startsWith("personal_id_")).map((found) => found.path),
  );
  const seen = new Set<string>();
  return out
    .filter((found) => {
      if (found.code === "invalid_pattern" && explained.has(found.path)) return false;
      const key = `${found.path}\u0000${found.code}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) =>
      a.path < b.path ? -1 : a.path > b.path ? 1 : a.code < b.code ? -1 : a.code > b.code ? 1 : 0,
    );
}
