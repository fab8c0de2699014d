// The administrative-unit lookups (lookupAdministrativeUnit, migrateAdministrativeUnit) carry the
// full unit tables, about 300 KB gzip: they are the `@ndcvn/schemas/admin-units` entry point, so
// that importing this one stays light.
export type { BilingualText, Catalog, CatalogDatabase, CatalogRecordType } from "./catalog.js";
export type { CodeListEntry, CodeListSummary } from "./code-list.js";
export { getCodeList, isInForce, listCodeLists } from "./code-list.js";
export { catalog } from "./generated/catalog.js";
export type { SchemaTypeMap } from "./generated/type-map.js";
export type * from "./generated/types.js";
export type { SchemaDocument, SchemaSummary, Sensitivity } from "./schema-document.js";
export { findSchema, getSchema, listSchemas } from "./schemas.js";
