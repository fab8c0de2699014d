// Where each part of the data standard lives on the site, and how a document's properties become
// the rows of a field table. Shared by the schema pages and the code-list pages ("used by").

const SCHEMA_ID =
  /^https:\/\/schemas\.ndcvn\.org\/([a-z][a-z0-9-]*)\/([A-Z][A-Za-z0-9]*)\/(\d+\.\d+\.\d+)$/;

/** The folder of the shared types, which is not a national database. */
export const COMMON = "common";

/**
 * @param {string} database a database code, or `common`
 */
export const schemaPagePath = (database) => `schemas/${database}.html`;

/**
 * @param {string} name a code list name
 */
export const codeListPagePath = (name) => `codelists/${name}.html`;

/**
 * Where a document is copied for download, from its path in the package.
 * @param {string} file e.g. `schemas/population/Citizen.schema.json`
 */
export const schemaJsonPath = (file) => `schemas/json/${file.slice("schemas/".length)}`;

/**
 * The id of a record type's section: its name in lower case, as the Markdown reference of the
 * schemas package writes its anchors (`common.md#personname`).
 * @param {string} name
 */
export const recordAnchor = (name) => name.toLowerCase();

/**
 * The id of a field's row, e.g. `Citizen.identityCards.number`.
 * @param {string} recordName
 * @param {string} fieldPath e.g. `identityCards[].number`
 */
export const fieldAnchor = (recordName, fieldPath) =>
  `${recordName}.${fieldPath.replace(/\[\]/g, "")}`;

/**
 * @param {string} id a schema `$id`
 * @returns {{ database: string, name: string, version: string } | undefined}
 */
export function parseSchemaId(id) {
  const match = SCHEMA_ID.exec(id);
  if (!match) return undefined;
  const [, database = "", name = "", version = ""] = match;
  return { database, name, version };
}

/**
 * @typedef {object} Field
 * @property {string} path dotted path, `[]` marking array items: `identityCards[].number`
 * @property {Record<string, any>} schema the property's schema
 * @property {boolean} required whether its parent requires it
 */

/**
 * Every property of a document, depth first, nested objects and array items included.
 * @param {Record<string, any>} schema
 * @param {string} [prefix]
 * @returns {Generator<Field>}
 */
export function* fieldsOf(schema, prefix = "") {
  const required = Array.isArray(schema.required) ? schema.required : [];
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    const path = `${prefix}${name}`;
    yield { path, schema: property, required: required.includes(name) };
    if (property.properties) yield* fieldsOf(property, `${path}.`);
    if (property.items?.properties) yield* fieldsOf(property.items, `${path}[].`);
  }
}

/**
 * The code lists a field names in `x-ndc-codelist` (one name or several).
 * @param {Record<string, any>} schema
 * @returns {string[]}
 */
export function codeListsOf(schema) {
  const named = schema["x-ndc-codelist"];
  return named === undefined ? [] : [named].flat();
}

/**
 * `x-ndc-legal-basis` as a list (it is one citation or several).
 * @param {Record<string, any>} schema
 * @returns {string[]}
 */
export function legalBasisOf(schema) {
  const basis = schema["x-ndc-legal-basis"];
  return basis === undefined ? [] : [basis].flat();
}
