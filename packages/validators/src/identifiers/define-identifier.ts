import { commonMessages } from "../common-messages.js";
import type { Issue, Locale, MessageTable, ParseOptions, ParseResult } from "../issue.js";
import { renderMessage } from "../issue.js";
import type { StandardSchemaV1 } from "../standard-schema.js";

/** What a parser step reports to: issues are collected, never thrown. */
export interface IssueCollector {
  error(code: string, params?: Readonly<Record<string, string | number>>): void;
  warn(code: string, params?: Readonly<Record<string, string | number>>): void;
  readonly failed: boolean;
}

/** A validator of one kind of identifier: parse, check, format, and Standard Schema. */
export interface IdentifierValidator<Details, Options extends ParseOptions = ParseOptions>
  extends StandardSchemaV1<string, string> {
  /** The identifier's name, e.g. `personalId`. */
  readonly name: string;
  /**
   * Parse any input into the canonical form and what it tells. Never throws.
   */
  parse(input: unknown, options?: Options): ParseResult<string, Details>;
  /** Whether the input is a valid identifier (warnings do not make it invalid). Never throws. */
  isValid(input: unknown): boolean;
  /** The form people read, e.g. `0314409058-002`; a string that does not parse is returned as it was, anything else as `""`. Never throws. */
  format(value: string): string;
  /** Every issue code this validator can report, with its Vietnamese and English messages. */
  readonly messages: MessageTable;
}

interface Definition<Details, Options extends ParseOptions> {
  readonly name: string;
  readonly messages: MessageTable;
  /** Returns the canonical value and details, or undefined after reporting errors. */
  readonly parse: (
    input: string,
    issues: IssueCollector,
    options: Options,
  ) => { value: string; details: Details } | undefined;
  /** The form people read of a canonical value. @default the canonical value */
  readonly format?: (canonical: string, details: Details) => string;
  /**
   * A shortcut for `isValid` on input already in canonical form: true or false when it can tell
   * without allocating, undefined to fall back to `parse`. Must agree with `parse` (tested).
   */
  readonly quickCheck?: (input: string) => boolean | undefined;
}

/** Build an identifier validator from its parse function and messages. */
export function defineIdentifier<Details, Options extends ParseOptions = ParseOptions>(
  definition: Definition<Details, Options>,
): IdentifierValidator<Details, Options> {
  const messages: MessageTable = { ...commonMessages, ...definition.messages };

  function parse(input: unknown, options?: Options): ParseResult<string, Details> {
    const locale: Locale = options?.locale === "en" ? "en" : "vi";
    const found: Issue[] = [];
    let failed = false;
    const add = (
      severity: Issue["severity"],
      code: string,
      params?: Readonly<Record<string, string | number>>,
    ) => {
      const templates = messages[code] ?? commonMessages.internal_error;
      found.push({
        code,
        message: renderMessage(templates, locale, params),
        path: [],
        severity,
        ...(params ? { params } : {}),
      });
      if (severity === "error") failed = true;
    };
    const collector: IssueCollector = {
      error: (code, params) => add("error", code, params),
      warn: (code, params) => add("warning", code, params),
      get failed() {
        return failed;
      },
    };
    try {
      if (typeof input !== "string") {
        add("error", "invalid_type");
        return { ok: false, issues: found };
      }
      if (input.trim() === "") {
        add("error", "empty");
        return { ok: false, issues: found };
      }
      const parsed = definition.parse(input, collector, (options ?? {}) as Options);
      if (!parsed || failed) return { ok: false, issues: found };
      return { ok: true, value: parsed.value, details: parsed.details, issues: found };
    } catch {
      return {
        ok: false,
        issues: [
          ...found,
          {
            code: "internal_error",
            message: renderMessage(commonMessages.internal_error, locale),
            path: [],
            severity: "error",
          },
        ],
      };
    }
  }

  return {
    name: definition.name,
    messages,
    parse,
    isValid(input) {
      if (typeof input === "string" && definition.quickCheck) {
        const quick = definition.quickCheck(input);
        if (quick !== undefined) return quick;
      }
      return parse(input).ok;
    },
    format(value) {
      const result = parse(value);
      if (!result.ok) return typeof value === "string" ? value : "";
      return definition.format ? definition.format(result.value, result.details) : result.value;
    },
    "~standard": {
      version: 1,
      vendor: "ndcvn",
      validate(value) {
        const result = parse(value);
        return result.ok
          ? { value: result.value }
          : {
              issues: result.issues
                .filter((issue) => issue.severity === "error")
                .map((issue) => ({ message: issue.message, path: [...issue.path] })),
            };
      },
    },
  };
}
