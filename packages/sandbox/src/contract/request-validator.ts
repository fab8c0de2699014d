// The check of a request against its operation: path, query and header parameters and the body, as
// one ajv validator per operation compiled at start. Raw texts are read as the contract's parameter
// styles say (`fields=a,b` is an array, `limit=5` an integer) before they are checked.
import type { Ajv2020, ValidateFunction } from "ajv/dist/2020.js";
import type { IssueSpec } from "../http/reply.js";
import { issuesOf, type NameTable } from "./issues.js";
import type { Json, OperationSpec, ParameterSpec } from "./openapi.js";

/** A request as it arrived, split into its parts. */
export interface RawRequest {
  readonly pathParams: Readonly<Record<string, string>>;
  readonly query: URLSearchParams;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  /** The parsed body; `undefined` when there was none. */
  readonly body: unknown;
}

/** The parameters of a valid request, by location and key (header keys in lower case). */
export interface RequestValues {
  readonly path: Readonly<Record<string, string>>;
  readonly query: Readonly<Record<string, unknown>>;
  readonly header: Readonly<Record<string, string>>;
  readonly body: unknown;
}

/** The outcome of checking a request. */
export type RequestCheck =
  | { readonly ok: true; readonly values: RequestValues }
  | { readonly ok: false; readonly issues: readonly IssueSpec[] };

/** Checks the requests of one operation. */
export type RequestValidator = (request: RawRequest) => RequestCheck;

function groupSchema(parameters: readonly ParameterSpec[]): Json {
  const properties: Record<string, Json> = {};
  const required: string[] = [];
  for (const parameter of parameters) {
    properties[parameter.key] = parameter.schema;
    if (parameter.required) required.push(parameter.key);
  }
  return { type: "object", properties, required };
}

function readQuery(parameter: ParameterSpec, text: string): unknown {
  if (parameter.shape === "array") return text.split(",");
  if (parameter.shape === "integer") return /^-?\d{1,15}$/.test(text) ? Number(text) : text;
  return text;
}

/** Compiles the validator of an operation's requests. */
export function compileRequestValidator(ajv: Ajv2020, operation: OperationSpec): RequestValidator {
  const byLocation = (where: ParameterSpec["in"]) =>
    operation.parameters.filter((parameter) => parameter.in === where);
  const path = byLocation("path");
  const query = byLocation("query");
  const header = byLocation("header");
  const body = operation.requestBody;
  const schema = {
    type: "object",
    properties: {
      path: groupSchema(path),
      query: groupSchema(query),
      header: groupSchema(header),
      ...(body ? { body: body.schema } : {}),
    },
    required: ["path", "query", "header", ...(body?.required ? ["body"] : [])],
  };
  const validate: ValidateFunction = ajv.compile(schema);
  const names: NameTable = {
    path: new Map(path.map((parameter) => [parameter.key, parameter.name])),
    query: new Map(query.map((parameter) => [parameter.key, parameter.name])),
    header: new Map(header.map((parameter) => [parameter.key, parameter.name])),
  };

  return (request) => {
    const duplicates: IssueSpec[] = [];
    const values = {
      path: {} as Record<string, string>,
      query: {} as Record<string, unknown>,
      header: {} as Record<string, string>,
    };
    for (const parameter of path) {
      const value = request.pathParams[parameter.key];
      if (value !== undefined) values.path[parameter.key] = value;
    }
    for (const parameter of query) {
      const texts = request.query.getAll(parameter.name);
      if (texts.length > 1) {
        duplicates.push({
          parameter: parameter.name,
          code: "duplicate",
          message: "issueDuplicate",
        });
      } else if (texts[0] !== undefined) {
        values.query[parameter.key] = readQuery(parameter, texts[0]);
      }
    }
    for (const parameter of header) {
      const value = request.headers[parameter.key];
      if (value !== undefined) values.header[parameter.key] = String(value);
    }
    const input = request.body === undefined ? values : { ...values, body: request.body as Json };
    const valid = validate(input);
    if (valid && duplicates.length === 0) {
      return { ok: true, values: { ...values, body: request.body } };
    }
    return { ok: false, issues: [...duplicates, ...issuesOf(validate.errors ?? [], names)] };
  };
}
