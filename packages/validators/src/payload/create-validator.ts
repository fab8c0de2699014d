import type { SchemaTypeMap } from "@ndcvn/schemas";
import { payloadRegistry } from "../generated/payload-registry.js";
import type { Locale } from "../issue.js";
import { renderMessage } from "../issue.js";
import { isConsistent } from "./consistency.js";
import type { PayloadEntry } from "./payload-entry.js";
import type {
  PayloadIssue,
  PayloadOptions,
  PayloadResult,
  PayloadValidator,
} from "./payload-issue.js";
import { toPayloadIssues } from "./payload-issues.js";
import { payloadMessages } from "./payload-messages.js";

/** A schema `$id` of the standard; a plain string is accepted too (checked at run time). */
export type SchemaId = keyof SchemaTypeMap | (string & {});

/** The payload type of a schema id: the generated type for known ids, `unknown` otherwise. */
export type PayloadOf<Id> = Id extends keyof SchemaTypeMap ? SchemaTypeMap[Id] : unknown;

/** Thrown by `createValidator` for an id that is not a schema of the standard. */
export class UnknownSchemaError extends Error {
  override readonly name = "UnknownSchemaError";
  readonly code = "unknown_schema";
  constructor(readonly schemaId: string) {
    super(
      `${payloadMessages.unknown_schema.en} (${schemaId}) / ${payloadMessages.unknown_schema.vi}`,
    );
  }
}

const VERSION = /\/(\d+)\.(\d+)\.(\d+)$/;

function compareVersions(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < 3; i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) - (b[i] ?? 0);
  return 0;
}

/** The full `$id` of a schema of the standard; an id without version means the newest version. */
export function resolveSchemaId(schemaId: string): string | undefined {
  if (typeof schemaId !== "string") return undefined;
  if (Object.hasOwn(payloadRegistry, schemaId)) return schemaId;
  const prefix = `${schemaId.replace(/\/$/, "")}/`;
  let best: { id: string; version: number[] } | undefined;
  for (const id of Object.keys(payloadRegistry)) {
    if (!id.startsWith(prefix) || id.slice(prefix.length).includes("/")) continue;
    const version = (VERSION.exec(id) ?? []).slice(1).map(Number);
    if (!best || compareVersions(version, best.version) > 0) best = { id, version };
  }
  return best?.id;
}

function detailed<T>(entry: PayloadEntry, value: unknown, locale: Locale): PayloadResult<T> {
  // `reportInput` lets a wrong type be told from a missing field (zod leaves `input` out of its
  // issues otherwise). The input never reaches a message: issues carry pointers and codes only.
  const result = entry.schema.safeParse(value, { reportInput: true });
  const issues: PayloadIssue[] = result.success ? [] : toPayloadIssues(result.error.issues, locale);
  if (issues.length === 0) {
    // The fast path and zod disagree only if one of them is wrong; zod's detail is the authority.
    return { ok: true, value: value as T, issues };
  }
  return { ok: false, issues };
}

/**
 * A validator for one schema document, compiled at build time: valid payloads are answered by
 * generated code (fast, no `eval`), invalid ones get every issue with a JSON Pointer, a stable code
 * and a message in Vietnamese (default) or English. Cross-field rules (personal ID against date of
 * birth and sex) are checked too. The id may omit the version (newest). Throws
 * `UnknownSchemaError` for an id that is not in the standard.
 *
 * @example
 * ```ts
 * import { createValidator } from "@ndcvn/validators";
 * const citizen = createValidator("https://schemas.ndcvn.org/population/Citizen/1.0.0");
 * const result = citizen.validate(payload, { locale: "en" });
 * if (!result.ok) for (const issue of result.issues) console.log(issue.path, issue.code, issue.message);
 * ```
 */
export function createValidator<Id extends SchemaId>(
  schemaId: Id,
): PayloadValidator<PayloadOf<Id>> & { readonly schema: PayloadEntry["schema"] } {
  const resolved = resolveSchemaId(schemaId);
  const entry = resolved === undefined ? undefined : payloadRegistry[resolved];
  if (resolved === undefined || entry === undefined) throw new UnknownSchemaError(String(schemaId));
  const { fastPath, consistency } = entry;
  const passes = (value: unknown): boolean => {
    try {
      return fastPath(value) && (consistency.length === 0 || isConsistent(value, consistency));
    } catch {
      return false;
    }
  };
  return {
    schemaId: resolved,
    schema: entry.schema,
    isValid: (value): value is PayloadOf<Id> => passes(value) || detailed(entry, value, "vi").ok,
    validate(value, options?: PayloadOptions) {
      if (passes(value)) return { ok: true, value: value as PayloadOf<Id>, issues: [] };
      const locale: Locale = options?.locale === "en" ? "en" : "vi";
      try {
        return detailed<PayloadOf<Id>>(entry, value, locale);
      } catch {
        return {
          ok: false,
          issues: [
            {
              path: "",
              code: "internal_error",
              message: renderMessage(
                {
                  vi: "Không kiểm tra được dữ liệu do lỗi nội bộ.",
                  en: "The payload could not be checked because of an internal error.",
                },
                locale,
              ),
              severity: "error",
            },
          ],
        };
      }
    },
  };
}

const cache = new Map<string, PayloadValidator<unknown>>();

/**
 * Validate one payload against a schema of the standard, given by `$id` or as the document itself
 * (a document of `@ndcvn/schemas`, found by its `$id`). An unknown schema gives `{ ok: false }` with
 * the issue `unknown_schema`. Validators are compiled once and cached.
 *
 * @example
 * ```ts
 * import { validate } from "@ndcvn/validators";
 * validate("https://schemas.ndcvn.org/common/PersonName/1.0.0", { fullName: "" });
 * // { ok: false, issues: [{ path: "/fullName", code: "empty", message: "Giá trị không được để trống.", severity: "error" }] }
 * ```
 */
export function validate<Id extends SchemaId>(
  schema: Id | { readonly $id: Id },
  value: unknown,
  options?: PayloadOptions,
): PayloadResult<PayloadOf<Id>> {
  const schemaId = (typeof schema === "object" && schema !== null ? schema.$id : schema) as Id;
  const key = String(schemaId);
  let validator = cache.get(key);
  if (!validator) {
    try {
      validator = createValidator(schemaId) as PayloadValidator<unknown>;
    } catch {
      const locale: Locale = options?.locale === "en" ? "en" : "vi";
      return {
        ok: false,
        issues: [
          {
            path: "",
            code: "unknown_schema",
            message: renderMessage(payloadMessages.unknown_schema, locale),
            severity: "error",
          },
        ],
      };
    }
    cache.set(key, validator);
  }
  return validator.validate(value, options) as PayloadResult<PayloadOf<Id>>;
}
