/** How sensitive a field is under the personal-data law (Law 91/2025/QH15). */
export type Sensitivity = "public" | "basic" | "sensitive";

/**
 * A JSON Schema 2020-12 document of the NDC data standard, with the `x-ndc-*` annotations.
 * Documents are plain JSON: any JSON Schema 2020-12 validator can use them.
 */
export interface SchemaDocument {
  readonly $schema: string;
  readonly $id: string;
  readonly title: string;
  readonly "x-ndc-label-vi": string;
  readonly description: string;
  readonly [keyword: string]: unknown;
}

/** One line of the schema index: enough to list and find a document without loading it. */
export interface SchemaSummary {
  /** Absolute, versioned `$id`, e.g. `https://schemas.ndcvn.org/common/PersonName/1.0.0`. */
  readonly id: string;
  /** Code of the national database (or `common` for shared types). */
  readonly database: string;
  /** Record type name, e.g. `Citizen`. */
  readonly name: string;
  /** Semantic version of the document. */
  readonly version: string;
  /** English title. */
  readonly title: string;
  /** Vietnamese label. */
  readonly labelVi: string;
}
