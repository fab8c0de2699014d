// Stage 3 of `ndc demo`: every record validated — its envelope against common/RecordEnvelope, its
// data against the schema the envelope names — with counts and the most frequent issue codes per
// record type.

import { say } from "../../framework/locale.js";
import { createRecordValidator } from "../../records/envelope-validator.js";
import { demoMessages as m } from "./demo-messages.js";
import type { RecordGroups, StageContext } from "./demo-stage.js";
import type { DemoValidation } from "./demo-summary.js";

/** Issue codes kept per record type. */
const TOP_ISSUES = 5;

/** The validation of every record type. */
export function validateStage(context: StageContext, groups: RecordGroups): DemoValidation[] {
  const validator = createRecordValidator(undefined);
  let total = 0;
  for (const types of groups.values())
    for (const records of types.values()) total += records.length;
  const progress = context.progress(say(m.stageValidate, context.locale), total);
  const validation: DemoValidation[] = [];
  let checked = 0;
  try {
    for (const [database, types] of groups) {
      for (const [schemaId, records] of types) {
        let valid = 0;
        const codes = new Map<string, number>();
        for (const record of records) {
          const result = validator.validate(record, { locale: context.locale });
          if (result.ok) valid++;
          for (const code of new Set(result.issues.map((issue) => issue.code))) {
            codes.set(code, (codes.get(code) ?? 0) + 1);
          }
          progress.update(++checked);
        }
        validation.push({
          database,
          schemaId,
          records: records.length,
          valid,
          invalid: records.length - valid,
          topIssues: [...codes]
            .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))
            .slice(0, TOP_ISSUES)
            .map(([code, count]) => ({ code, records: count })),
        });
      }
    }
  } finally {
    progress.finish();
  }
  return validation;
}
