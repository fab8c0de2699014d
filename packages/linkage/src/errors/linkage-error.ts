// The base of every error this package throws: a stable code and a message in both languages.
import type { Message } from "../spec/spec-messages.js";

/**
 * An error of @ndcvn/linkage: `code` is stable, `messages` holds the Vietnamese and English text
 * (`message` is both, Vietnamese first). Messages never contain a personal identifier or a token.
 */
export class LinkageError extends Error {
  override readonly name: string = "LinkageError";
  readonly code: string;
  readonly messages: Message;

  constructor(code: string, messages: Message) {
    super(`${messages.vi} / ${messages.en}`);
    this.code = code;
    this.messages = messages;
  }
}

/**
 * Whether a value is a {@link LinkageError} (also one from another realm, by its shape).
 *
 * @example
 * ```ts
 * import { isLinkageError, link, presets } from "@ndcvn/linkage";
 * try {
 *   await link(left, right, presets.vietnamesePerson);
 * } catch (error) {
 *   if (isLinkageError(error)) console.error(error.code, error.messages.vi);
 *   else throw error;
 * }
 * ```
 */
export function isLinkageError(value: unknown): value is LinkageError {
  return (
    value instanceof LinkageError ||
    (value instanceof Error &&
      typeof (value as { code?: unknown }).code === "string" &&
      typeof (value as { messages?: unknown }).messages === "object" &&
      /Error$/.test(value.name))
  );
}
