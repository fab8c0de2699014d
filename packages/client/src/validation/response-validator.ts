import type { ResponseIssue } from "../errors/ndc-validation-error.js";
import type { ApiOperationId } from "../transport/operations.js";

/** The verdict of a {@link ResponseValidator} on one payload. */
export type ValidationVerdict =
  | { readonly ok: true }
  | {
      readonly ok: false;
      readonly issues: readonly {
        readonly path: string;
        readonly code: string;
        readonly severity?: "error" | "warning" | undefined;
      }[];
    };

/**
 * Validates a payload against a schema document of `@ndcvn/schemas`, given by `$id`. The default
 * loads `@ndcvn/validators` on first use (a dynamic import, so that it stays out of the main
 * bundle); give your own to use another validator, or one you loaded already.
 */
export interface ResponseValidator {
  /** The verdict on `value` against the schema document `schemaId`; it may be asynchronous. */
  validate(schemaId: string, value: unknown): ValidationVerdict | Promise<ValidationVerdict>;
}

/** `@ndcvn/validators`, loaded when the first response is checked. */
export const lazyValidators: ResponseValidator = {
  async validate(schemaId, value) {
    const { validate } = await import("@ndcvn/validators");
    return validate(schemaId, value, { locale: "en" });
  },
};

const PERSON_PROFILE = "https://schemas.ndcvn.org/warehouse/PersonProfile/1.0.0";
const RECORD_ENVELOPE = "https://schemas.ndcvn.org/common/RecordEnvelope/1.0.0";
const CODE_LIST = "https://schemas.ndcvn.org/common/CodeList/1.0.0";

interface Target {
  readonly pointer: string;
  readonly schemaId: string;
  readonly value: unknown;
}

const itemsOf = (data: unknown, member: string): unknown[] => {
  const items = (data as Record<string, unknown> | null)?.[member];
  return Array.isArray(items) ? items : [];
};

/** A record envelope, and its `data` against the schema document the envelope names. */
function envelope(pointer: string, value: unknown): Target[] {
  const targets: Target[] = [{ pointer, schemaId: RECORD_ENVELOPE, value }];
  const schema = (value as Record<string, unknown> | null)?.schema;
  const data = (value as Record<string, unknown> | null)?.data;
  if (typeof schema === "string" && data !== undefined)
    targets.push({ pointer: `${pointer}/data`, schemaId: schema, value: data });
  return targets;
}

/** The payloads of a response that are schema documents of the standard. */
function targetsOf(operation: ApiOperationId, data: unknown): Target[] {
  if (data === undefined || data === null) return [];
  switch (operation) {
    case "getPerson":
      return [{ pointer: "", schemaId: PERSON_PROFILE, value: data }];
    case "batchGetPeople":
      return itemsOf(data, "results").flatMap((result, i) =>
        typeof result === "object" && result !== null && "profile" in result
          ? [{ pointer: `/results/${i}/profile`, schemaId: PERSON_PROFILE, value: result.profile }]
          : [],
      );
    case "getRecord":
      return envelope("", data);
    case "listRecordChanges":
      return itemsOf(data, "entries").flatMap((entry, i) =>
        typeof entry === "object" && entry !== null && "record" in entry
          ? envelope(`/entries/${i}/record`, entry.record)
          : [],
      );
    case "getCodeList":
      return [{ pointer: "", schemaId: CODE_LIST, value: data }];
    default:
      return [];
  }
}

/**
 * The check of an operation's responses: person profiles, record envelopes (and their data) and
 * code lists against their schema documents. Warnings do not fail a response; errors do.
 */
export function responseCheck(
  operation: ApiOperationId,
  validator: ResponseValidator,
): (data: unknown) => Promise<readonly ResponseIssue[]> {
  return async (data) => {
    const issues: ResponseIssue[] = [];
    for (const target of targetsOf(operation, data)) {
      const verdict = await validator.validate(target.schemaId, target.value);
      if (verdict.ok) continue;
      for (const issue of verdict.issues) {
        if (issue.severity === "warning") continue;
        issues.push({
          pointer: `${target.pointer}${issue.path}`,
          code: issue.code,
          schemaId: target.schemaId,
        });
      }
    }
    return issues;
  };
}
