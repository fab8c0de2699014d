/**
 * The shape of the bundled OpenAPI document, as far as a program needs it to find its way; every
 * object carries more members than these (see the OpenAPI 3.1 specification).
 */
export interface OpenApiDocument {
  /** `3.1.0`. */
  readonly openapi: string;
  /** The "generated — do not edit" notice of the bundled document. */
  readonly "x-generated": string;
  /** Title, version, description and licence of the API. */
  readonly info: {
    readonly title: string;
    readonly version: string;
    readonly [key: string]: unknown;
  };
  /** The servers the API is served from. */
  readonly servers: readonly { readonly url: string; readonly [key: string]: unknown }[];
  /** The operations, by path and method. */
  readonly paths: { readonly [path: string]: { readonly [method: string]: unknown } };
  /** The requests the API sends to subscribers, by name and method. */
  readonly webhooks: { readonly [name: string]: { readonly [method: string]: unknown } };
  /** Schemas (with the embedded schema documents), parameters, headers, responses, examples. */
  readonly components: {
    readonly schemas: { readonly [name: string]: unknown };
    readonly [kind: string]: { readonly [name: string]: unknown };
  };
  readonly [key: string]: unknown;
}
