// The check of every response against the contract before it is sent: the status must be one the
// operation declares, the media type one that status declares, the declared headers present and
// valid, and the body valid against its schema. A failure is withheld by the pipeline (500).
import type { Ajv2020, ValidateFunction } from "ajv/dist/2020.js";
import { compileOnce } from "./ajv.js";
import { CONTRACT_ID, type OperationSpec, type ResponseSpec } from "./openapi.js";

/** A response as it is about to be sent. */
export interface OutgoingResponse {
  readonly status: number;
  /** Media type without parameters; `undefined` for a response without content. */
  readonly media: string | undefined;
  /** Header values by lower-case name. */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
  /** The body was checked when it was first made (a body that never changes): skip it. */
  readonly bodyChecked?: boolean;
}

/** One way a response breaks the contract: where, and the rule (never the value). */
export interface ResponseIssue {
  readonly where: "status" | "media" | "header" | "body";
  readonly pointer: string;
  readonly rule: string;
}

/** Checks the responses of one operation. */
export type ResponseValidator = (response: OutgoingResponse) => readonly ResponseIssue[];

interface CompiledResponse {
  readonly headers: readonly {
    readonly key: string;
    readonly required: boolean;
    readonly integer: boolean;
    readonly validate: ValidateFunction;
  }[];
  readonly bodies: ReadonlyMap<string, ValidateFunction>;
}

function compileResponse(ajv: Ajv2020, spec: ResponseSpec): CompiledResponse {
  return {
    headers: spec.headers
      .filter((header) => header.name.toLowerCase() !== "content-type")
      .map((header) => ({
        key: header.name.toLowerCase(),
        required: header.required,
        integer: header.integer,
        validate: compileOnce(ajv, header.schema as object),
      })),
    bodies: new Map(
      [...spec.content].map(([media, schema]) => [media, compileOnce(ajv, schema as object)]),
    ),
  };
}

function check(compiled: CompiledResponse, response: OutgoingResponse): ResponseIssue[] {
  const issues: ResponseIssue[] = [];
  for (const header of compiled.headers) {
    const text = response.headers[header.key];
    if (text === undefined) {
      if (header.required) issues.push({ where: "header", pointer: header.key, rule: "required" });
      continue;
    }
    const value = header.integer && /^\d{1,15}$/.test(text) ? Number(text) : text;
    if (!header.validate(value)) {
      issues.push({
        where: "header",
        pointer: header.key,
        rule: header.validate.errors?.[0]?.keyword ?? "schema",
      });
    }
  }
  if (response.media === undefined) {
    if (compiled.bodies.size > 0) issues.push({ where: "media", pointer: "", rule: "required" });
    return issues;
  }
  const validate = compiled.bodies.get(response.media);
  if (!validate) {
    issues.push({ where: "media", pointer: "", rule: "undeclared" });
    return issues;
  }
  if (!response.bodyChecked && !validate(response.body)) {
    for (const error of (validate.errors ?? []).slice(0, 10)) {
      issues.push({ where: "body", pointer: error.instancePath, rule: error.keyword });
    }
  }
  return issues;
}

/** Compiles the validator of an operation's responses. */
export function compileResponseValidator(
  ajv: Ajv2020,
  operation: OperationSpec,
): ResponseValidator {
  const compiled = new Map(
    [...operation.responses].map(([status, spec]) => [status, compileResponse(ajv, spec)]),
  );
  return (response) => {
    const spec = compiled.get(response.status);
    if (!spec) return [{ where: "status", pointer: "", rule: "undeclared" }];
    return check(spec, response);
  };
}

/**
 * Compiles the check of a problem answered outside any operation (no such path, wrong method, a
 * body over the limit before the operation is known): problem details with a request id.
 */
export function compileProblemValidator(ajv: Ajv2020): ResponseValidator {
  const spec: CompiledResponse = {
    headers: [
      {
        key: "x-request-id",
        required: true,
        integer: false,
        validate: compileOnce(ajv, { $ref: `${CONTRACT_ID}#/components/schemas/RequestId` }),
      },
    ],
    bodies: new Map([
      [
        "application/problem+json",
        compileOnce(ajv, { $ref: `${CONTRACT_ID}#/components/schemas/Problem` }),
      ],
    ]),
  };
  return (response) => check(spec, response);
}
