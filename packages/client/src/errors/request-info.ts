/**
 * Which call an error or hook event is about. Every member is redacted: the URL shows personal IDs
 * as `001*******45`, never in full.
 */
export interface NdcRequestInfo {
  /** The `operationId` of the contract, e.g. `getPerson`. */
  readonly operationId: string;
  /** `GET`, `POST` or `DELETE`. */
  readonly method: string;
  /** The URL of the request, redacted. */
  readonly url: string;
  /** The `X-Request-Id` of the call, the same on every attempt. */
  readonly requestId: string;
  /** How many attempts were made (1 when nothing was retried). */
  readonly attempts: number;
}

/** Copies the request members onto an error, so that they are own, enumerable properties. */
export function requestInfoOf(info: NdcRequestInfo): NdcRequestInfo {
  return {
    operationId: info.operationId,
    method: info.method,
    url: info.url,
    requestId: info.requestId,
    attempts: info.attempts,
  };
}
