// The `@ndcvn/schemas/admin-units` entry point: the administrative-unit tables and lookups alone.
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
