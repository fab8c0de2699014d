// Records may come bare or in a RecordEnvelope (as the Sharing API and @ndcvn/synth send them). An
// envelope is checked against common/RecordEnvelope and its `data` against the schema asked for —
// or, when none is asked for, the schema the envelope names — with issue paths under `/data`. The
// rule that tells an envelope is the quality report's: an object with `schema`, `updatedAt` and
// `data`.
import {
  createValidator,
  type Locale,
  type PayloadIssue,
  type PayloadResult,
  type PayloadValidator,
  resolveSchemaId,
} from "@ndcvn/validators";
import { say } from "../framework/locale.js";
import { recordMessages } from "./record-messages.js";

/** The `$id` of the envelope document. */
export const ENVELOPE_SCHEMA = "https://schemas.ndcvn.org/common/RecordEnvelope/1.0.0";

/** Whether a record is a RecordEnvelope. */
export function isEnvelope(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === "object" &&
    value !== null &&
    !Array.isArray(value) &&
    Object.hasOwn(value, "data") &&
    Object.hasOwn(value, "updatedAt") &&
    Object.hasOwn(value, "schema")
  );
}

function under(prefix: string, issues: readonly PayloadIssue[]): PayloadIssue[] {
  return issues.map((issue) => ({ ...issue, path: `${prefix}${issue.path}` }));
}

type RecordIssueCode = keyof typeof recordMessages;

function issue(code: RecordIssueCode, path: string, locale: Locale): PayloadIssue {
  return { path, code, message: say(recordMessages[code], locale), severity: "error" };
}

/** A validator of records, bare or enveloped; counts the envelopes it saw. */
export interface RecordValidator extends Pick<PayloadValidator, "validate"> {
  /** The `$id` records are checked against; `undefined` when each envelope names its own. */
  readonly schemaId: string | undefined;
  /** Envelopes validated so far. */
  readonly envelopes: number;
}

/**
 * The validator of records of `schemaId`, bare or in envelopes; without `schemaId`, of enveloped
 * records of any schema of the standard, each against the schema its envelope names.
 */
export function createRecordValidator(schemaId: string | undefined): RecordValidator {
  const fixed = schemaId === undefined ? undefined : createValidator(schemaId);
  const envelope = createValidator(ENVELOPE_SCHEMA);
  // Only ids of the standard are kept: at most one validator per schema, whatever the data says.
  const named = new Map<string, PayloadValidator>();
  const validatorOf = (id: string) => {
    let validator = named.get(id);
    if (!validator) {
      validator = createValidator(id);
      named.set(id, validator);
    }
    return validator;
  };
  let envelopes = 0;
  return {
    schemaId: fixed?.schemaId,
    get envelopes() {
      return envelopes;
    },
    validate(value, options): PayloadResult<unknown> {
      const locale: Locale = options?.locale === "en" ? "en" : "vi";
      if (!isEnvelope(value)) {
        return fixed
          ? fixed.validate(value, options)
          : { ok: false, issues: [issue("record_not_enveloped", "", locale)] };
      }
      envelopes++;
      const outer = envelope.validate(value, { locale });
      const issues: PayloadIssue[] = [...outer.issues];
      const declared = typeof value.schema === "string" ? resolveSchemaId(value.schema) : undefined;
      let data: PayloadValidator;
      if (fixed) {
        if (typeof value.schema === "string" && declared !== fixed.schemaId) {
          // Another record type: its data would only collect issues of the wrong schema.
          issues.push(issue("envelope_schema_mismatch", "/schema", locale));
          return { ok: false, issues };
        }
        data = fixed;
      } else {
        if (declared === undefined) {
          // A `schema` that is not a string is already an issue of the envelope itself.
          if (typeof value.schema === "string") {
            issues.push(issue("envelope_unknown_schema", "/schema", locale));
          }
          return { ok: false, issues };
        }
        data = validatorOf(declared);
      }
      const inner = data.validate(value.data, { locale });
      issues.push(...under("/data", inner.issues));
      return outer.ok && inner.ok ? { ok: true, value, issues } : { ok: false, issues };
    },
  };
}
