// @ndcvn/client/openapi — the bundled OpenAPI 3.1 document as a value. It is large (the schema
// documents are embedded), so it has its own entry point and stays out of the client's bundle.
export { openApiDocument } from "./generated/openapi-document.js";
export type { OpenApiDocument } from "./openapi-document.js";
