// The summary tables of `ndc link`: the inputs and outcomes, the links of each pass, and — with the
// ground truth — precision and recall.
import { formatNumber, formatShare } from "../../framework/format-number.js";
import { type Locale, say } from "../../framework/locale.js";
import { renderTable } from "../../framework/table.js";
import { linkMessages as m } from "./link-messages.js";
import type { LinkReport, LinkReportInput } from "./link-report.js";

/** The tables of a link report. */
export function renderLinkSummary(report: LinkReport, locale: Locale): string {
  const n = (value: number) => formatNumber(value, locale);
  const pair = (left: number, right: number) => `${n(left)} / ${n(right)}`;
  const input = (side: LinkReportInput) =>
    `${side.file} — ${say(side.kind === "tokens" ? m.tokenSet : m.records, locale, { count: n(side.records) })}`;
  let text = renderTable({
    title: say(m.title, locale),
    rows: [
      [say(m.left, locale), input(report.left)],
      [say(m.right, locale), input(report.right)],
      [say(m.links, locale), n(report.links)],
      [say(m.ambiguities, locale), n(report.ambiguities.groups)],
      [
        say(m.ambiguousRecords, locale),
        pair(report.ambiguities.records.left, report.ambiguities.records.right),
      ],
      [say(m.unmatched, locale), pair(report.unmatched.left, report.unmatched.right)],
      [say(m.spec, locale), report.spec],
      [say(m.specHash, locale), report.specHash],
      [say(m.normalizer, locale), report.normalizerVersion],
      [say(m.mode, locale), say(report.mode === "tokens" ? m.modeTokens : m.modeCleartext, locale)],
    ],
  });
  const accuracy = report.accuracy;
  const precisionOf = new Map(accuracy?.passes.map((pass) => [pass.pass, pass.precision]) ?? []);
  const header = [
    say(m.pass, locale),
    say(m.eligible, locale),
    say(m.links, locale),
    say(m.ambiguities, locale),
    say(m.vetoed, locale),
  ];
  if (accuracy) header.push(say(m.precision, locale));
  text += renderTable({
    title: say(m.passesTitle, locale),
    header,
    rows: report.passes.map((pass) => {
      const row = [pass.name, n(pass.eligible), n(pass.links), n(pass.ambiguities), n(pass.vetoed)];
      if (accuracy)
        row.push(
          pass.links === 0 ? "" : formatShare(precisionOf.get(pass.name) ?? null, locale, 2),
        );
      return row;
    }),
    numeric: [1, 2, 3, 4, 5],
  });
  if (accuracy) {
    const rows = [
      [say(m.correct, locale), `${n(accuracy.correct)} / ${n(accuracy.links)}`],
      [say(m.precision, locale), formatShare(accuracy.precision, locale, 2)],
      [say(m.truePairs, locale), n(accuracy.truePairs)],
      [say(m.recall, locale), formatShare(accuracy.recall, locale, 2)],
      [say(m.recallOneToOne, locale), formatShare(accuracy.recallOneToOne, locale, 2)],
    ];
    if (accuracy.notInTruth.left + accuracy.notInTruth.right > 0) {
      rows.push([
        say(m.notInTruth, locale),
        pair(accuracy.notInTruth.left, accuracy.notInTruth.right),
      ]);
    }
    text += renderTable({ title: say(m.accuracyTitle, locale), rows });
  }
  return text;
}
