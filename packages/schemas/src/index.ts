export type * from "./generated/types.js";
export type { SchemaDocument, SchemaSummary, Sensitivity } from "./schema-document.js";
export { findSchema, getSchema, listSchemas } from "./schemas.js";
