// The contract as the sandbox reads it: the bundled OpenAPI 3.1 document of @ndcvn/client (the
// schema documents embedded), walked once into operations, parameters and responses. Nothing about
// an operation's inputs or outputs is written twice here: it is all read from the document.
import { openApiDocument } from "@ndcvn/client/openapi";

/** A JSON value. */
export type Json = null | boolean | number | string | readonly Json[] | JsonObject;
/** A JSON object. */
export type JsonObject = { readonly [key: string]: Json };

/** The URI under which the document is registered with ajv, so that its `#/…` references resolve. */
export const CONTRACT_ID = "https://ndcvn.org/contract/ndc-sharing-api.json";

/** The bundled contract. */
export const contract = openApiDocument as unknown as JsonObject;

export const isObject = (value: unknown): value is JsonObject =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** The value at a local reference (`#/components/...`) of the document. */
export function at(pointer: string): Json | undefined {
  let node: Json | undefined = contract;
  for (const token of pointer.replace(/^#/, "").split("/").slice(1)) {
    const key = token.replaceAll("~1", "/").replaceAll("~0", "~");
    node = isObject(node) ? node[key] : Array.isArray(node) ? node[Number(key)] : undefined;
  }
  return node;
}

/** Follows `$ref` until an object without one. */
export function deref(value: Json | undefined): JsonObject {
  let node = value;
  for (let hops = 0; isObject(node) && typeof node.$ref === "string" && hops < 16; hops++) {
    node = at(node.$ref);
  }
  return isObject(node) ? node : {};
}

/** A schema of the document made absolute, so that it compiles outside the document. */
export function absolute(schema: Json | undefined): Json {
  if (Array.isArray(schema)) return schema.map(absolute);
  if (!isObject(schema)) return schema ?? {};
  const out: Record<string, Json> = {};
  for (const [key, value] of Object.entries(schema)) {
    out[key] =
      key === "$ref" && typeof value === "string" && value.startsWith("#")
        ? `${CONTRACT_ID}${value}`
        : absolute(value);
  }
  return out;
}

/** Where a parameter goes. */
export type ParameterLocation = "path" | "query" | "header";

/** One parameter of an operation. */
export interface ParameterSpec {
  /** As the contract writes it (`X-NDC-Client`, `personalId`). */
  readonly name: string;
  /** The key in the validated input: header names in lower case. */
  readonly key: string;
  readonly in: ParameterLocation;
  readonly required: boolean;
  readonly schema: Json;
  /** How the raw text is read: an array (comma-separated), an integer, or a string. */
  readonly shape: "array" | "integer" | "string";
}

/** One header of a response. */
export interface ResponseHeaderSpec {
  readonly name: string;
  readonly required: boolean;
  readonly schema: Json;
  /** Whether the header's value is an integer (`Retry-After`), read from its text. */
  readonly integer: boolean;
}

/** One response of an operation. */
export interface ResponseSpec {
  readonly status: number;
  readonly headers: readonly ResponseHeaderSpec[];
  /** Media type → schema; empty for a response without content. */
  readonly content: ReadonlyMap<string, Json>;
}

/** One operation of the contract. */
export interface OperationSpec {
  readonly id: string;
  readonly method: "GET" | "POST" | "DELETE";
  readonly path: string;
  /**
   * The scopes the bearer token needs: `[]` for any valid token, `undefined` when the operation
   * takes no bearer token (the token endpoint).
   */
  readonly scopes: readonly string[] | undefined;
  readonly parameters: readonly ParameterSpec[];
  readonly requestBody:
    | { readonly required: boolean; readonly media: string; readonly schema: Json }
    | undefined;
  readonly responses: ReadonlyMap<number, ResponseSpec>;
}

function shapeOf(schema: JsonObject): ParameterSpec["shape"] {
  const resolved = deref(schema);
  if (resolved.type === "array") return "array";
  if (resolved.type === "integer") return "integer";
  return "string";
}

function parameterOf(value: Json): ParameterSpec {
  const parameter = deref(value);
  const location = parameter.in as ParameterLocation;
  const name = String(parameter.name);
  const schema = isObject(parameter.schema) ? parameter.schema : {};
  return {
    name,
    key: location === "header" ? name.toLowerCase() : name,
    in: location,
    required: parameter.required === true,
    schema: absolute(schema),
    shape: shapeOf(schema),
  };
}

function responseOf(status: number, value: Json): ResponseSpec {
  const response = deref(value);
  const headers: ResponseHeaderSpec[] = [];
  if (isObject(response.headers)) {
    for (const [name, header] of Object.entries(response.headers)) {
      const spec = deref(header);
      headers.push({
        name,
        required: spec.required === true,
        schema: absolute(spec.schema),
        integer: deref(spec.schema).type === "integer",
      });
    }
  }
  const content = new Map<string, Json>();
  if (isObject(response.content)) {
    for (const [media, body] of Object.entries(response.content)) {
      content.set(media, absolute(isObject(body) ? body.schema : undefined));
    }
  }
  return { status, headers, content };
}

function scopesOf(operation: JsonObject): readonly string[] | undefined {
  const security = Array.isArray(operation.security) ? operation.security : contract.security;
  if (!Array.isArray(security)) return undefined;
  for (const requirement of security) {
    if (isObject(requirement) && Array.isArray(requirement.bearerAuth)) {
      return requirement.bearerAuth.filter((scope): scope is string => typeof scope === "string");
    }
  }
  return undefined;
}

function readOperations(): readonly OperationSpec[] {
  const operations: OperationSpec[] = [];
  const paths = isObject(contract.paths) ? contract.paths : {};
  for (const [path, item] of Object.entries(paths)) {
    if (!isObject(item)) continue;
    for (const method of ["get", "post", "delete"] as const) {
      const operation = item[method];
      if (!isObject(operation)) continue;
      const body = isObject(operation.requestBody) ? deref(operation.requestBody) : undefined;
      const [media, content] = isObject(body?.content)
        ? (Object.entries(body.content)[0] ?? [])
        : [];
      const responses = new Map<number, ResponseSpec>();
      for (const [status, response] of Object.entries(
        isObject(operation.responses) ? operation.responses : {},
      )) {
        responses.set(Number(status), responseOf(Number(status), response));
      }
      operations.push({
        id: String(operation.operationId),
        method: method.toUpperCase() as OperationSpec["method"],
        path,
        scopes: scopesOf(operation),
        parameters: (Array.isArray(operation.parameters) ? operation.parameters : []).map(
          parameterOf,
        ),
        requestBody:
          body && typeof media === "string"
            ? {
                required: body.required === true,
                media,
                schema: absolute(isObject(content) ? content.schema : undefined),
              }
            : undefined,
        responses,
      });
    }
  }
  return operations;
}

/** Every operation of the contract, in the document's order. */
export const OPERATIONS: readonly OperationSpec[] = readOperations();

/** The `enum` of a named schema of the document (`DatabaseCode`, `PurposeCode` …). */
export function enumOf(schemaName: string): readonly string[] {
  const schema = deref(at(`#/components/schemas/${schemaName}`));
  return Array.isArray(schema.enum)
    ? schema.enum.filter((value): value is string => typeof value === "string")
    : [];
}
