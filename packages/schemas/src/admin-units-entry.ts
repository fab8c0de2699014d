// The `@ndcvn/schemas/admin-units` entry point: the administrative-unit tables and lookups alone.
export type {
  AdministrativeLevel,
  AdministrativeSuccessor,
  AdministrativeUnit,
  LookupOptions,
} from "./admin-units.js";
export {
  lookupAdministrativeUnit,
  migrateAdministrativeUnit,
  REORGANISATION_DATE,
} from "./admin-units.js";
