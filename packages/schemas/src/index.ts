export type {
  AdministrativeLevel,
  AdministrativeSuccessor,
  AdministrativeUnit,
  LookupOptions,
} from "./administrative-units.js";
export {
  lookupAdministrativeUnit,
  migrateAdministrativeUnit,
  REORGANISATION_DATE,
} from "./administrative-units.js";
export type { BilingualText, Catalog, CatalogDatabase, CatalogRecordType } from "./catalog.js";
export type { CodeListEntry, CodeListSummary } from "./code-list.js";
export { getCodeList, isInForce, listCodeLists } from "./code-list.js";
export { catalog } from "./generated/catalog.js";
export type { SchemaTypeMap } from "./generated/type-map.js";
export type * from "./generated/types.js";
export type { SchemaDocument, SchemaSummary, Sensitivity } from "./schema-document.js";
export { findSchema, getSchema, listSchemas } from "./schemas.js";
