// Test support: sandboxes over real loopback HTTP, tokens and calls with plain fetch, and an
// independent check of responses against the bundled contract (its own ajv, not the sandbox's).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { FORMAT_CHECKS } from "@ndcvn/validators";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import {
  type Sandbox,
  type SandboxInternalError,
  type SandboxOptions,
  startSandbox,
} from "../src/index.js";

export const fixturesDir = path.join(path.dirname(fileURLToPath(import.meta.url)), "fixtures");

/** A sandbox whose internal errors are collected, so that tests can assert there were none. */
export interface TestSandbox extends Sandbox {
  readonly internalErrors: SandboxInternalError[];
}

export async function startTestSandbox(options: SandboxOptions = {}): Promise<TestSandbox> {
  const internalErrors: SandboxInternalError[] = [];
  const sandbox = await startSandbox({
    ...options,
    onInternalError: (error) => internalErrors.push(error),
  });
  return Object.assign(sandbox, { internalErrors });
}

/** Credentials of a client, as the token endpoint takes them. */
export interface Credentials {
  readonly clientId: string;
  readonly clientSecret: string;
}

export async function requestToken(
  sandbox: Sandbox,
  credentials: Credentials = sandbox.credentials,
  extra: Record<string, string> = {},
): Promise<Response> {
  return fetch(`${sandbox.url}/oauth/token`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({
      grant_type: "client_credentials",
      client_id: credentials.clientId,
      client_secret: credentials.clientSecret,
      ...extra,
    }),
  });
}

export async function tokenOf(
  sandbox: Sandbox,
  credentials: Credentials = sandbox.credentials,
): Promise<string> {
  const response = await requestToken(sandbox, credentials);
  if (response.status !== 200) throw new TypeError(`token request answered ${response.status}`);
  return ((await response.json()) as { access_token: string }).access_token;
}

/** Headers of a call by the default client: token, client, and a purpose without case number. */
export function headersOf(
  sandbox: Sandbox,
  token: string,
  extra: Record<string, string> = {},
): Record<string, string> {
  return {
    Authorization: `Bearer ${token}`,
    "X-NDC-Client": sandbox.credentials.agency,
    "X-NDC-Purpose": sandbox.samples.purpose,
    ...extra,
  };
}

/** A JSON answer: status, headers and parsed body. */
export interface Answer<T = unknown> {
  readonly status: number;
  readonly headers: Headers;
  readonly body: T;
  readonly text: string;
}

export async function call<T = unknown>(
  sandbox: Sandbox,
  pathAndQuery: string,
  init: { method?: string; headers?: Record<string, string>; body?: unknown } = {},
): Promise<Answer<T>> {
  const headers = { ...init.headers };
  let body: string | undefined;
  if (init.body !== undefined) {
    body = typeof init.body === "string" ? init.body : JSON.stringify(init.body);
    headers["Content-Type"] ??= "application/json";
  }
  const response = await fetch(`${sandbox.url}${pathAndQuery}`, {
    method: init.method ?? "GET",
    headers,
    ...(body !== undefined ? { body } : {}),
  });
  const text = await response.text();
  let parsed: unknown;
  try {
    parsed = text === "" ? undefined : JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  return { status: response.status, headers: response.headers, body: parsed as T, text };
}

// The independent contract check: the published bundled document, its own ajv.
const bundled = JSON.parse(
  readFileSync(createRequire(import.meta.url).resolve("@ndcvn/client/openapi.json"), "utf8"),
) as {
  paths: Record<
    string,
    Record<string, { operationId: string; responses: Record<string, unknown> }>
  >;
  components: { responses: Record<string, unknown> };
};
const DOC = "https://contract.test/openapi.json";
const ajv = new Ajv2020({ strict: false, validateSchema: false, allErrors: true, logger: false });
for (const [name, check] of Object.entries(FORMAT_CHECKS))
  ajv.addFormat(name, { type: "string", validate: check });
ajv.addSchema({ ...bundled, $id: DOC });

function escapePointerToken(token: string): string {
  return token.replaceAll("~", "~0").replaceAll("/", "~1");
}

const validators = new Map<string, ValidateFunction>();

/** The schema validator of an operation's response body (status, media type). */
export function responseSchema(
  operationId: string,
  status: number,
  media: string,
): ValidateFunction {
  const key = `${operationId}|${status}|${media}`;
  const known = validators.get(key);
  if (known) return known;
  for (const [pathName, item] of Object.entries(bundled.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      if (operation.operationId !== operationId) continue;
      let response = operation.responses[String(status)] as {
        $ref?: string;
        content?: Record<string, unknown>;
      };
      let pointer = `#/paths/${escapePointerToken(pathName)}/${method}/responses/${status}`;
      if (response?.$ref) {
        pointer = response.$ref;
        response = bundled.components.responses[
          response.$ref.split("/").at(-1) as string
        ] as typeof response;
      }
      if (!response?.content?.[media])
        throw new TypeError(`${operationId} declares no ${status} ${media}`);
      const validate = ajv.compile({
        $ref: `${DOC}${pointer}/content/${escapePointerToken(media)}/schema`,
      });
      validators.set(key, validate);
      return validate;
    }
  }
  throw new TypeError(`no operation ${operationId}`);
}

/** Asserts that an answer is a valid response of the operation; answers the ajv errors. */
export function contractErrors(operationId: string, answer: Answer): unknown[] {
  const media = answer.headers.get("content-type")?.split(";")[0]?.trim() ?? "";
  const validate = responseSchema(operationId, answer.status, media);
  return validate(answer.body) ? [] : (validate.errors ?? []);
}

/** Text that must never appear in an error body: stack frames and file paths. */
export const LEAK = /\n\s+at |\bat [\w$.<>]+ \(|file:\/\/|\/work\/|node_modules|\.ts:\d+|\.js:\d+/;

/** The ajv errors of a value against a named schema of the contract (`RecordChangeNotice` …). */
export function schemaErrors(schemaName: string, value: unknown): unknown[] {
  const key = `#${schemaName}`;
  let validate = validators.get(key);
  if (!validate) {
    validate = ajv.compile({ $ref: `${DOC}#/components/schemas/${schemaName}` });
    validators.set(key, validate);
  }
  return validate(value) ? [] : (validate.errors ?? []);
}
