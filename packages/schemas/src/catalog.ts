/** A text in Vietnamese and English. */
export interface BilingualText {
  readonly vi: string;
  readonly en: string;
}

/** A record type of a national database: one schema document. */
export interface CatalogRecordType {
  /** Record type name, e.g. `Citizen`. */
  readonly name: string;
  /** Absolute, versioned `$id` of its schema document. */
  readonly id: string;
  /** Semantic version of the document. */
  readonly version: string;
  readonly title: string;
  readonly labelVi: string;
}

/** A national (or sectoral) database of the catalog. */
export interface CatalogDatabase {
  /** The database code — also its path segment in the Sharing API (`/databases/{code}/records`). */
  readonly code: string;
  readonly name: BilingualText;
  /** The ministry or body that manages the database. */
  readonly managingBody: BilingualText;
  /** The laws and decrees that establish or govern it. */
  readonly legalBasis: readonly string[];
  readonly recordTypes: readonly CatalogRecordType[];
}

/** The catalog of national databases and their record types. */
export interface Catalog {
  readonly databases: readonly CatalogDatabase[];
}
