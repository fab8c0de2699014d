import type { NdcApiError } from "./ndc-api-error.js";
import type { NdcConfigurationError } from "./ndc-configuration-error.js";
import type { NdcNetworkError } from "./ndc-network-error.js";
import type { NdcTimeoutError } from "./ndc-timeout-error.js";
import type { NdcValidationError } from "./ndc-validation-error.js";

/** Any error the client raises. */
export type NdcError =
  | NdcApiError
  | NdcNetworkError
  | NdcTimeoutError
  | NdcValidationError
  | NdcConfigurationError;

const NAMES = new Set([
  "NdcApiError",
  "NdcNetworkError",
  "NdcTimeoutError",
  "NdcValidationError",
  "NdcConfigurationError",
]);

/**
 * Whether a value is one of the client's errors (by name, so across realms too). An aborted call
 * rejects with the abort reason instead, as `fetch` does.
 *
 * @example
 * ```ts
 * import { isNdcError } from "@ndcvn/client";
 * const ours = (error: unknown) => isNdcError(error) ? error.name : "other";
 * ```
 */
export const isNdcError = (value: unknown): value is NdcError =>
  typeof value === "object" &&
  value !== null &&
  NAMES.has(String((value as { name?: unknown }).name)) &&
  typeof (value as { message?: unknown }).message === "string";
