import { hasName } from "./has-name.js";
import { bilingual, clientMessages } from "./messages.js";

/** Why a client or a call was refused before anything was sent. */
export type NdcConfigurationErrorCode =
  | "insecure_base_url"
  | "invalid_base_url"
  | "invalid_client_identity"
  | "missing_credentials"
  | "invalid_header"
  | "authorization_header"
  | "invalid_option";

/**
 * The client was set up, or a call was made, in a way that cannot work or is unsafe: plain `http://`
 * to a host that is not loopback, a malformed base URL or client identity, a header HTTP cannot
 * carry. Thrown before anything is sent.
 */
export class NdcConfigurationError extends Error {
  override readonly name = "NdcConfigurationError" as const;
  /** The stable code. */
  readonly code: NdcConfigurationErrorCode;

  constructor(code: NdcConfigurationErrorCode, what?: string) {
    super(`[${code}] ${bilingual(clientMessages[code])}${what ? ` (${what})` : ""}`);
    this.code = code;
  }
}

/**
 * Whether a value is an {@link NdcConfigurationError} (by name, so across realms too).
 *
 * @example
 * ```ts
 * import { createClient, isNdcConfigurationError } from "@ndcvn/client";
 * try {
 *   createClient({ baseUrl: "http://ndc.example.vn", tokenProvider: async () => "t" }, { agency: "a", system: "s" });
 * } catch (error) {
 *   if (isNdcConfigurationError(error)) console.log(error.code); // "insecure_base_url"
 * }
 * ```
 */
export const isNdcConfigurationError = (value: unknown): value is NdcConfigurationError =>
  hasName(value, "NdcConfigurationError");
