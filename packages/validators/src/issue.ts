/** The languages of messages. Vietnamese is the default. */
export type Locale = "vi" | "en";

/** A problem found in a value. `code` is stable; `message` is for people, in the requested locale. */
export interface Issue {
  /** Stable, machine-readable code, e.g. `invalid_check_digit`. */
  readonly code: string;
  /** Human-readable message in the requested locale. Never contains the value itself. */
  readonly message: string;
  /** Where in the value: property names and array indexes (empty for the value itself). */
  readonly path: readonly (string | number)[];
  /** `error` makes the value invalid; `warning` does not. */
  readonly severity: "error" | "warning";
  /** Facts the message refers to (e.g. the expected length), never personal data. */
  readonly params?: Readonly<Record<string, string | number>>;
}

/** Messages of one issue code in both languages; `{name}` is replaced by the param `name`. */
export type MessageTemplates = Readonly<Record<Locale, string>>;

/** A table of issue codes and their messages. */
export type MessageTable = Readonly<Record<string, MessageTemplates>>;

/** The result of parsing: the canonical value and what it tells, or the issues that make it invalid. */
export type ParseResult<Value, Details> =
  | {
      readonly ok: true;
      readonly value: Value;
      readonly details: Details;
      /** Warnings only: the value is valid, but something deserves a look. */
      readonly issues: readonly Issue[];
    }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/** Options every parser takes. */
export interface ParseOptions {
  /** Language of messages. @default "vi" */
  readonly locale?: Locale;
}

/** Fill a message template with its params. */
export function renderMessage(
  templates: MessageTemplates,
  locale: Locale,
  params?: Readonly<Record<string, string | number>>,
): string {
  const template = templates[locale] ?? templates.vi;
  return params
    ? template.replace(/\{(\w+)\}/g, (whole, name: string) =>
        name in params ? String(params[name]) : whole,
      )
    : template;
}
