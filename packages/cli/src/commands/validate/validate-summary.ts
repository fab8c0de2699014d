// The summary tables at the end of `ndc validate`.
import { formatNumber } from "../../framework/format-number.js";
import { type Locale, say } from "../../framework/locale.js";
import { renderTable } from "../../framework/table.js";
import { validateMessages as m } from "./validate-messages.js";
import type { ValidationReport } from "./validation-report.js";

/** How many issue codes the summary lists. */
const TOP_CODES = 10;

/** The summary of a report as text tables. */
export function renderValidationSummary(report: ValidationReport, locale: Locale): string {
  const n = (value: number) => formatNumber(value, locale);
  const { records } = report;
  const rows: string[][] = [
    [say(m.file, locale), report.input.file],
    [say(m.schema, locale), report.schemaId ?? say(m.eachEnvelope, locale)],
    [say(m.records, locale), n(records.total)],
    [say(m.valid, locale), n(records.valid)],
    [say(m.invalid, locale), n(records.invalid)],
  ];
  if (records.withWarnings > 0) rows.push([say(m.withWarnings, locale), n(records.withWarnings)]);
  if (records.envelopes > 0) rows.push([say(m.envelopes, locale), n(records.envelopes)]);
  let text = renderTable({ title: say(m.summaryTitle, locale), rows });
  if (records.total === 0) text += `${say(m.noRecords, locale)}\n`;
  if (report.issueCodes.length > 0) {
    text += renderTable({
      title: say(m.topIssues, locale),
      header: [say(m.issueCode, locale), say(m.issues, locale), say(m.records, locale)],
      rows: report.issueCodes
        .slice(0, TOP_CODES)
        .map((code) => [code.code, n(code.issues), n(code.records)]),
      numeric: [1, 2],
    });
  }
  return text;
}
