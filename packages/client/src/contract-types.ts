// The names of the contract's common types (the generated `components`, `operations`), for users
// of the package and for the client's own signatures.
import type { components, operations } from "./generated/openapi.js";

/** An error of the API: RFC 9457 problem details with a stable `code` and a `traceId`. */
export type ProblemDetails = components["schemas"]["Problem"];
/** The stable error codes (`invalid_request`, `unauthorized`, `purpose_required`, …). */
export type ProblemCode = components["schemas"]["ProblemCode"];
/** One issue of an invalid request: where (pointer, parameter or header) and what rule. */
export type ProblemIssue = components["schemas"]["ProblemIssue"];
/** An error of the token endpoint (RFC 6749 §5.2). */
export type OAuthError = components["schemas"]["OAuthError"];
/** A client-credentials token request (`POST /oauth/token`, form-encoded). */
export type TokenRequest = components["schemas"]["TokenRequest"];
/** An access token with its lifetime (`expires_in`, seconds). */
export type TokenResponse = components["schemas"]["TokenResponse"];

/** A person's profile from the human data warehouse; each attribute with its provenance. */
export type PersonProfile = components["schemas"]["PersonProfile"];
/** A top-level field of {@link PersonProfile}, for `fields` (data minimisation). */
export type PersonProfileField = components["schemas"]["PersonProfileField"];
/** The body of `POST /people:verify`: a personal ID and the claims to check. */
export type VerifyRequest = components["schemas"]["VerifyRequest"];
/** The claims of a {@link VerifyRequest}, by field. */
export type VerifyClaims = components["schemas"]["VerifyClaims"];
/** `match`, `mismatch` or `unavailable`. */
export type VerificationOutcome = components["schemas"]["VerificationOutcome"];
/** The answer of `POST /people:verify`: an outcome per claimed field, no data. */
export type VerifyResponse = components["schemas"]["VerifyResponse"];
/** The body of `POST /people:batchGet`. */
export type BatchGetRequest = components["schemas"]["BatchGetRequest"];
/** The answer of `POST /people:batchGet`: one result per personal ID, in order. */
export type BatchGetResponse = components["schemas"]["BatchGetResponse"];
/** The profile of one person of a batch, or the problem that kept it back. */
export type BatchGetResult = components["schemas"]["BatchGetResult"];

/** The catalog of national databases (`GET /databases`). */
export type Catalog = components["schemas"]["Catalog"];
/** A national database of the {@link Catalog}. */
export type CatalogDatabase = components["schemas"]["CatalogDatabase"];
/** The code of a national database: the `{database}` path segment. */
export type DatabaseCode = components["schemas"]["DatabaseCode"];
/** A purpose of data use, for `X-NDC-Purpose`. */
export type PurposeCode = components["schemas"]["PurposeCode"];
/** The name of a code list (`GET /codelists/{name}`). */
export type CodeListName = components["schemas"]["CodeListName"];
/** A code list with its effective-dated entries. */
export type CodeList = components["schemas"]["CodeList"];
/** A record of a national database in its envelope (schema, database, record id, version, event, update time, data). */
export type RecordEnvelope = components["schemas"]["RecordEnvelope"];
/** The event of a change: `NEW`, `UPDATE` or `CANCEL` (a soft delete). */
export type ChangeEvent = components["schemas"]["RecordEnvelope"]["event"];
/** A page of a database's change feed, with `nextCursor` and `hasMore`. */
export type ChangeFeedPage = components["schemas"]["ChangeFeedPage"];
/** One change of one record: id, event, version, update time and (except for `CANCEL`) the record. */
export type ChangeFeedEntry = components["schemas"]["ChangeFeedEntry"];

/** A webhook subscription to create. */
export type SubscriptionRequest = components["schemas"]["SubscriptionRequest"];
/** A webhook subscription (without its secret). */
export type Subscription = components["schemas"]["Subscription"];
/** A new subscription with its signing secret, returned this once only. */
export type SubscriptionCreated = components["schemas"]["SubscriptionCreated"];
/** The body of a webhook delivery: which record changed and how, without its data. */
export type RecordChangeNotice = components["schemas"]["RecordChangeNotice"];

/** The `operationId` of every operation of the API. */
export type OperationId = keyof operations;
/** The subscriptions of a client (`GET /subscriptions`). */
export type SubscriptionList = components["schemas"]["SubscriptionList"];
