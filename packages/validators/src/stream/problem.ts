// A problem found while reading a record, before validation, and how it becomes a PayloadIssue.
import type { Locale, MessageTemplates } from "../issue.js";
import { renderMessage } from "../issue.js";
import type { PayloadIssue } from "../payload/payload-issue.js";
import type { CsvHeaderProblem, JsonProblem, StreamIssueCode } from "./messages.js";
import {
  csvHeaderProblemMessages,
  csvTypeMessages,
  jsonProblemMessages,
  streamMessages,
} from "./messages.js";

/** A reading problem, in locale-neutral form; `path` is a JSON Pointer (`""` for the record). */
export interface Problem {
  readonly code: StreamIssueCode;
  readonly path: string;
  readonly params?: Readonly<Record<string, string | number>>;
}

/** A problem of the record itself. */
export function problem(
  code: StreamIssueCode,
  params?: Readonly<Record<string, string | number>>,
): Problem {
  return params ? { code, path: "", params } : { code, path: "" };
}

/** An `invalid_json` problem at a line and column of the input. */
export function jsonProblem(reason: JsonProblem, line: number, column: number): Problem {
  return problem("invalid_json", { reason, line, column });
}

/** An `invalid_csv_header` problem at a 1-based column position. */
export function headerProblem(reason: CsvHeaderProblem, position: number, name: string): Problem {
  return problem("invalid_csv_header", { reason, position, name });
}

function lookup(table: Readonly<Record<string, MessageTemplates>>, key: unknown) {
  return typeof key === "string" && Object.hasOwn(table, key) ? table[key] : undefined;
}

/** The issue of a problem, with its message in the locale. */
export function toIssue(found: Problem, locale: Locale): PayloadIssue {
  const params = found.params;
  let shown = params;
  if (params) {
    // Params that name a sub-message (a reason, a type) are shown in words of the locale.
    const reason =
      lookup(jsonProblemMessages, found.code === "invalid_json" ? params.reason : undefined) ??
      lookup(csvHeaderProblemMessages, found.code === "invalid_csv_header" ? params.reason : "");
    const expected =
      found.code === "invalid_csv_value" ? lookup(csvTypeMessages, params.expected) : undefined;
    if (reason) shown = { ...params, problem: renderMessage(reason, locale) };
    if (expected) shown = { ...params, expected: renderMessage(expected, locale) };
  }
  return {
    path: found.path,
    code: found.code,
    message: renderMessage(streamMessages[found.code], locale, shown),
    severity: "error",
    ...(params ? { params } : {}),
  };
}
