// @ndcvn/client — the typed client of the NDC Sharing API, and the types generated from its
// OpenAPI 3.1 contract. The contract as a value is `@ndcvn/client/openapi` (and `/openapi.json`).

export type { ChangeFeed, ChangeFeedOptions } from "./api/change-feed.js";
export type { CodeListRevalidation, CodeListsApi } from "./api/code-lists.js";
export type { DatabasesApi } from "./api/databases.js";
export type { PeopleApi, ProfileOptions } from "./api/people.js";
export type { RecordsApi } from "./api/records.js";
export type { SubscriptionsApi } from "./api/subscriptions.js";
export type { ClientAuthentication, ClientCredentials } from "./auth/client-credentials.js";
export type { AccessToken, TokenProvider } from "./auth/token-cache.js";
export type { CallOptions } from "./client/call-options.js";
export type { ClientConnection, ClientOptions } from "./client/client-options.js";
export { createClient, type NdcClient } from "./client/create-client.js";
export type * from "./contract-types.js";
export { isNdcError, type NdcError } from "./errors/is-ndc-error.js";
export {
  isNdcApiError,
  NdcApiError,
  type NdcApiErrorCode,
  type NdcApiErrorInit,
} from "./errors/ndc-api-error.js";
export {
  isNdcConfigurationError,
  NdcConfigurationError,
  type NdcConfigurationErrorCode,
} from "./errors/ndc-configuration-error.js";
export { isNdcNetworkError, NdcNetworkError } from "./errors/ndc-network-error.js";
export { isNdcTimeoutError, NdcTimeoutError } from "./errors/ndc-timeout-error.js";
export {
  isNdcValidationError,
  NdcValidationError,
  type ResponseIssue,
} from "./errors/ndc-validation-error.js";
export type { NdcRequestInfo } from "./errors/request-info.js";
export type { components, operations, paths, webhooks } from "./generated/openapi.js";
export type {
  CallErrorEvent,
  ClientHooks,
  HookEventBase,
  RequestEvent,
  ResponseEvent,
  RetryEvent,
} from "./hooks/hooks.js";
export type { OpenApiDocument } from "./openapi-document.js";
export type {
  BodyOf,
  DataOf,
  OperationAt,
  ParamsOf,
  PathsWithMethod,
  RawCalls,
  RawInit,
  RawInitArgs,
  RawMethod,
  RawResult,
} from "./raw/raw-types.js";
export { createRedactor, type Redactor } from "./redaction/redactor.js";
export type { Clock } from "./transport/clock.js";
export type { RetryOptions, RetryOverrides } from "./transport/retry-policy.js";
export type {
  ResponseValidator,
  ValidationVerdict,
} from "./validation/response-validator.js";
export { type SignWebhookOptions, signWebhookBody } from "./webhooks/sign-webhook-body.js";
export {
  type VerifyWebhookOptions,
  verifyWebhookSignature,
  type WebhookRejection,
  type WebhookVerification,
} from "./webhooks/verify-webhook-signature.js";
