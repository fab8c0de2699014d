// A usage or input error: reported as one line on stderr, with its stable code, and exit code 2.
import type { CliErrorCode } from "./error-messages.js";
import type { Bilingual } from "./locale.js";

/** A param of an error message: a fact, or a text in both languages. */
export type CliErrorParam = string | number | Bilingual;

/** What follows the error line: close matches, or the command's usage. */
export interface CliErrorHints {
  /** Close matches of what the user typed ("Did you mean …?"). */
  readonly suggestions?: readonly string[];
  /** Show the usage line of the command (unknown option, missing argument…). */
  readonly usage?: boolean;
  /** Point to `ndc schemas list`. */
  readonly schemas?: boolean;
  /** Lines after the error line, one per problem (every issue of a linkage spec, say). */
  readonly details?: readonly (string | Bilingual)[];
}

/** A usage or input error, with a code of the error table and the params of its message. */
export class CliError extends Error {
  override readonly name = "CliError";

  constructor(
    readonly code: CliErrorCode,
    readonly params: Readonly<Record<string, CliErrorParam>> = {},
    readonly hints: CliErrorHints = {},
  ) {
    super(code);
  }
}

/** Whether a value is a {@link CliError} (also across module copies). */
export function isCliError(value: unknown): value is CliError {
  return value instanceof CliError || (value as { name?: unknown } | null)?.name === "CliError";
}
