// Test support: the bundled contract as published, its sources, and ajv (an independent JSON
// Schema 2020-12 implementation) loaded with it and the formats of @ndcvn/validators.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { FORMAT_CHECKS } from "@ndcvn/validators";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";

export const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const schemasDir = path.join(packageDir, "..", "schemas");

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export const isObject = (value: unknown): value is JsonObject =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const readJson = (file: string): JsonObject => JSON.parse(readFileSync(file, "utf8"));

/** The bundled document, as published in `@ndcvn/client/openapi.json`. */
export const bundled = readJson(path.join(packageDir, "src", "generated", "openapi.json"));
export const catalog = readJson(path.join(schemasDir, "catalog.json")) as {
  databases: { code: string }[];
};
export const codeListNames = readdirSync(path.join(schemasDir, "codelists"))
  .filter((file) => file.endsWith(".json"))
  .map((file) => file.slice(0, -".json".length))
  .sort();
export const readCodeList = (name: string) =>
  readJson(path.join(schemasDir, "codelists", `${name}.json`)) as {
    entries: { code: string }[];
  };
export const readSchemaDocument = (database: string, name: string) =>
  readJson(path.join(schemasDir, "schemas", database, `${name}.schema.json`));

/** The value at a JSON pointer (`#/a/b` or `/a/b`), or undefined. */
export function at(root: Json, pointer: string): Json | undefined {
  let node: Json | undefined = root;
  for (const token of pointer.replace(/^#/, "").split("/").slice(1)) {
    const key = token.replaceAll("~1", "/").replaceAll("~0", "~");
    if (Array.isArray(node)) node = node[Number(key)];
    else if (isObject(node)) node = node[key];
    else return undefined;
  }
  return node;
}

export const pointer = (...tokens: (string | number)[]) =>
  `#${tokens.map((t) => `/${String(t).replaceAll("~", "~0").replaceAll("/", "~1")}`).join("")}`;

/** Follows a Reference Object (`{ $ref }`) to what it names. */
export function deref(value: Json | undefined): Json | undefined {
  let node = value;
  for (let hops = 0; isObject(node) && typeof node.$ref === "string" && hops < 10; hops++) {
    node = at(bundled, node.$ref);
  }
  return node;
}

/** Every object in the document with its pointer. */
export function* objects(value: Json, where = "#"): Generator<[string, JsonObject]> {
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) yield* objects(item, `${where}/${i}`);
  } else if (isObject(value)) {
    yield [where, value];
    for (const [key, child] of Object.entries(value))
      yield* objects(child, `${where}/${key.replaceAll("~", "~0").replaceAll("/", "~1")}`);
  }
}

export const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

export interface Operation {
  path: string;
  method: string;
  where: string;
  operation: JsonObject;
}

export function operationsOf(section: "paths" | "webhooks"): Operation[] {
  const out: Operation[] = [];
  for (const [p, item] of Object.entries(bundled[section] as JsonObject)) {
    for (const method of METHODS) {
      const operation = (item as JsonObject)[method];
      if (isObject(operation))
        out.push({ path: p, method, where: pointer(section, p, method), operation });
    }
  }
  return out;
}

const BASE = "urn:ndcvn:openapi";

/** ajv with the document's schemas reachable by `urn:ndcvn:openapi#/<pointer>`. */
function createAjv(): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, strictRequired: false, allErrors: true });
  const extensions = new Set<string>();
  for (const [, node] of objects(bundled))
    for (const key of Object.keys(node)) if (key.startsWith("x-")) extensions.add(key);
  ajv.addVocabulary([...extensions].sort());
  for (const [name, check] of Object.entries(FORMAT_CHECKS))
    ajv.addFormat(name, { type: "string", validate: check });
  // The OpenAPI members around the schemas are annotations to ajv; `$ref`s into them resolve.
  for (const keyword of ["components", "paths", "webhooks"]) ajv.addKeyword(keyword);
  ajv.addSchema(
    { components: bundled.components, paths: bundled.paths, webhooks: bundled.webhooks },
    BASE,
  );
  return ajv;
}

export const ajv = createAjv();
const compiled = new Map<string, ValidateFunction>();

/** The validator of the schema at `where` (a pointer into the document). */
export function schemaAt(where: string): ValidateFunction {
  let validate = compiled.get(where);
  if (!validate) {
    validate = ajv.compile({ $ref: `${BASE}${where}` });
    compiled.set(where, validate);
  }
  return validate;
}
