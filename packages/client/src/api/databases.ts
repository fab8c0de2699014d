import type { CallOptions } from "../client/call-options.js";
import { hasArray, invokeData } from "../client/invoke.js";
import type { ClientContext } from "../client/prepare-call.js";
import type { Catalog, CatalogDatabase } from "../contract-types.js";
import { OPERATIONS } from "../transport/operations.js";

/** The catalog of national databases. */
export interface DatabasesApi {
  /**
   * Every national database: code, names, managing body, legal basis, record types
   * (`GET /databases`).
   *
   * @example
   * ```ts
   * for (const database of await client.databases.list()) console.log(database.code, database.name.vi);
   * ```
   */
  list(options?: CallOptions): Promise<CatalogDatabase[]>;
}

/** The database calls of a client. */
export function databasesApi(context: ClientContext): DatabasesApi {
  return {
    list: async (options) =>
      (
        await invokeData<Catalog>(
          context,
          OPERATIONS.listDatabases,
          {},
          options,
          hasArray("databases"),
        )
      ).databases,
  };
}
