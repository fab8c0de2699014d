// Stage 4 of `ndc demo`: the four-aim quality of each record type (`assessQuality`), with its
// self-contained HTML report written to the output folder.
import path from "node:path";
import { assessQuality, renderQualityReport } from "@ndcvn/validators";
import { say } from "../../framework/locale.js";
import { writeTextFile } from "../../framework/output-file.js";
import { demoMessages as m } from "./demo-messages.js";
import { counted, type RecordGroups, type StageContext } from "./demo-stage.js";
import type { DemoQuality } from "./demo-summary.js";
import { typeLabel } from "./demo-tables.js";

/** Assess every record type as of `now`; writes `<database>-<Type>-quality.html`. */
export async function qualityStage(
  context: StageContext,
  groups: RecordGroups,
  now: string,
): Promise<DemoQuality[]> {
  const { io, locale } = context;
  const quality: DemoQuality[] = [];
  for (const [database, types] of groups) {
    for (const [schemaId, records] of types) {
      const progress = context.progress(
        say(m.stageQuality, locale, { type: typeLabel(schemaId) }),
        records.length,
      );
      try {
        const report = await assessQuality(
          counted(records, (count) => progress.update(count)),
          schemaId,
          { now },
        );
        const file = `${database}-${typeLabel(schemaId)}-quality.html`;
        await writeTextFile(
          path.join(context.outName, file),
          renderQualityReport(report, { locale }),
          io,
        );
        quality.push({
          database,
          schemaId,
          records: report.records.total,
          scores: report.scores,
          report: file,
        });
      } finally {
        progress.finish();
      }
    }
  }
  return quality;
}
