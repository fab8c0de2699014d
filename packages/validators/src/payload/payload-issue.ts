import type { Locale } from "../issue.js";

/** A problem found in a payload, located by a JSON Pointer (RFC 6901). */
export interface PayloadIssue {
  /** JSON Pointer to the value, e.g. `/birthName/fullName`; `""` for the payload itself. */
  readonly path: string;
  /** Stable, machine-readable code, e.g. `required`, `invalid_check_digit`. */
  readonly code: string;
  /** Human-readable message in the requested locale; never contains the value. */
  readonly message: string;
  readonly severity: "error" | "warning";
  readonly params?: Readonly<Record<string, string | number>>;
}

/** The result of validating one payload. */
export type PayloadResult<T> =
  | { readonly ok: true; readonly value: T; readonly issues: readonly PayloadIssue[] }
  | { readonly ok: false; readonly issues: readonly PayloadIssue[] };

export interface PayloadOptions {
  /** Language of messages. @default "vi" */
  readonly locale?: Locale;
}

/** A validator of one schema document, compiled once. */
export interface PayloadValidator<T = unknown> {
  /** The `$id` of the document. */
  readonly schemaId: string;
  /** Validate a payload: the fast path answers valid payloads; invalid ones get every issue. Never throws. */
  validate(value: unknown, options?: PayloadOptions): PayloadResult<T>;
  /** Whether the payload is valid. Never throws. */
  isValid(value: unknown): value is T;
}
