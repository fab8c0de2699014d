// The summary tables of `ndc quality`.
import type { QualityReport } from "@ndcvn/validators";
import { formatNumber, formatShare } from "../../framework/format-number.js";
import { type Locale, say } from "../../framework/locale.js";
import { renderTable } from "../../framework/table.js";
import { qualityMessages as m } from "./quality-messages.js";

const TOP_CODES = 5;

/** The summary of a quality report, with the records that could not be read. */
export function renderQualitySummary(
  report: QualityReport,
  input: { readonly file: string; readonly unreadable: number },
  locale: Locale,
): string {
  const n = (value: number) => formatNumber(value, locale);
  const score = (value: number | null) =>
    value === null ? say(m.notMeasured, locale) : formatNumber(value, locale, 1);
  const rows: string[][] = [
    [say(m.file, locale), input.file],
    [say(m.schema, locale), report.schemaId],
    [say(m.assessed, locale), n(report.records.total)],
  ];
  if (input.unreadable > 0) rows.push([say(m.unreadable, locale), n(input.unreadable)]);
  rows.push(
    [say(m.overall, locale), score(report.scores.overall)],
    [say(m.correct, locale), score(report.scores.correct)],
    [say(m.sufficient, locale), score(report.scores.sufficient)],
    [say(m.clean, locale), score(report.scores.clean)],
    [say(m.live, locale), score(report.scores.live)],
    [
      say(m.valid, locale),
      `${n(report.correct.valid.count)} (${formatShare(report.correct.valid.share, locale)})`,
    ],
    [say(m.invalid, locale), n(report.correct.invalid)],
    [
      say(m.duplicates, locale),
      `${n(report.clean.duplicateRecords.count)} (${formatShare(report.clean.duplicateRecords.share, locale)})`,
    ],
    [
      say(m.fresh, locale),
      `${n(report.live.fresh.count)} (${formatShare(report.live.fresh.share, locale)})`,
    ],
  );
  let text = renderTable({ title: say(m.title, locale), rows });
  const top = report.correct.topIssues.slice(0, TOP_CODES);
  if (top.length > 0) {
    text += renderTable({
      title: say(m.topIssues, locale),
      header: [say(m.issueCode, locale), say(m.records, locale)],
      rows: top.map((issue) => [issue.code, n(issue.records)]),
      numeric: [1],
    });
  }
  return text;
}
