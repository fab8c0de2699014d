// The summary tables of `ndc demo`, from its summary.
import { formatDecimal, formatNumber, formatShare } from "../../framework/format-number.js";
import { type Locale, say } from "../../framework/locale.js";
import { renderTable } from "../../framework/table.js";
import { SCHEMA_BASE } from "../../standard/resolve-schema.js";
import { demoMessages as m } from "./demo-messages.js";
import type { DemoSummary } from "./demo-summary.js";

/** `insurance/HealthInsuranceCard` for a schema `$id`. */
export function schemaLabel(schemaId: string): string {
  return schemaId.replace(SCHEMA_BASE, "").replace(/\/\d+\.\d+\.\d+$/, "");
}

/** The record type alone: `HealthInsuranceCard`. */
export function typeLabel(schemaId: string): string {
  return schemaLabel(schemaId).split("/").pop() ?? schemaId;
}

const TOP_ISSUES = 3;

/** Every table of the summary. */
export function renderDemoTables(summary: DemoSummary, locale: Locale): string {
  const n = (value: number) => formatNumber(value, locale);
  const pct = (value: number | null) => formatShare(value, locale, 2);
  const score = (value: number | null) => (value === null ? "—" : formatNumber(value, locale, 1));
  const pair = (left: number, right: number) => `${n(left)} / ${n(right)}`;
  const seconds = (ms: number) => formatDecimal(ms / 1000, locale, 1);
  let text = "";

  text += renderTable({
    title: say(m.recordsTitle, locale),
    header: [
      say(m.database, locale),
      say(m.changes, locale),
      say(m.cancelled, locale),
      say(m.current, locale),
      say(m.recordType, locale),
    ],
    rows: summary.databases.flatMap((database) => {
      const types = Object.entries(database.recordTypes);
      return types.map(([schemaId, count], i) =>
        i === 0
          ? [
              database.database,
              n(database.changes),
              n(database.cancelled),
              n(database.records),
              `${typeLabel(schemaId)}: ${n(count)}`,
            ]
          : ["", "", "", "", `${typeLabel(schemaId)}: ${n(count)}`],
      );
    }),
    numeric: [1, 2, 3],
  });

  text += renderTable({
    title: say(m.validationTitle, locale),
    header: [
      say(m.recordType, locale),
      say(m.records, locale),
      say(m.valid, locale),
      say(m.invalid, locale),
      say(m.topIssues, locale),
    ],
    rows: summary.validation.map((entry) => [
      schemaLabel(entry.schemaId),
      n(entry.records),
      n(entry.valid),
      n(entry.invalid),
      entry.topIssues.length === 0
        ? say(m.noIssues, locale)
        : entry.topIssues
            .slice(0, TOP_ISSUES)
            .map((issue) => `${issue.code} (${n(issue.records)})`)
            .join(", "),
    ]),
    numeric: [1, 2, 3],
  });

  text += renderTable({
    title: say(m.qualityTitle, locale),
    header: [
      say(m.recordType, locale),
      say(m.records, locale),
      say(m.overall, locale),
      say(m.correct, locale),
      say(m.sufficient, locale),
      say(m.clean, locale),
      say(m.live, locale),
    ],
    rows: summary.quality.map((entry) => [
      schemaLabel(entry.schemaId),
      n(entry.records),
      score(entry.scores.overall),
      score(entry.scores.correct),
      score(entry.scores.sufficient),
      score(entry.scores.clean),
      score(entry.scores.live),
    ]),
    numeric: [1, 2, 3, 4, 5, 6],
  });

  const linkages = summary.linkages;
  const legend = linkages
    .map((linkage, i) =>
      say(m.linkageLegend, locale, {
        index: i + 1,
        left: schemaLabel(linkage.left.schemaId),
        right: schemaLabel(linkage.right.schemaId),
      }),
    )
    .join("\n");
  const columns = linkages.map((_, i) => `(${i + 1})`);
  const row = (label: string, values: (linkage: DemoSummary["linkages"][number]) => string) => [
    label,
    ...linkages.map(values),
  ];
  text += `${say(m.linkageTitle, locale, { spec: summary.settings.spec })}\n${legend}\n`;
  text += renderTable({
    header: ["", ...columns],
    rows: [
      row(say(m.leftRecords, locale), (l) => n(l.left.records)),
      row(say(m.rightRecords, locale), (l) => n(l.right.records)),
      row(say(m.links, locale), (l) => n(l.links)),
      row(say(m.ambiguities, locale), (l) => n(l.ambiguities.groups)),
      row(say(m.ambiguousRecords, locale), (l) =>
        pair(l.ambiguities.records.left, l.ambiguities.records.right),
      ),
      row(say(m.unmatched, locale), (l) => pair(l.unmatched.left, l.unmatched.right)),
      row(say(m.truePairs, locale), (l) => n(l.accuracy.truePairs)),
      row(say(m.precision, locale), (l) => pct(l.accuracy.precision)),
      row(say(m.recall, locale), (l) => pct(l.accuracy.recall)),
      row(say(m.recallOneToOne, locale), (l) => pct(l.accuracy.recallOneToOne)),
    ],
    numeric: linkages.map((_, i) => i + 1),
  });

  const passNames = linkages[0]?.accuracy.passes.map((pass) => pass.pass) ?? [];
  text += renderTable({
    title: say(m.passesTitle, locale),
    header: [
      say(m.pass, locale),
      ...linkages.flatMap((_, i) => [
        say(m.linksOf, locale, { index: i + 1 }),
        say(m.precisionOf, locale, { index: i + 1 }),
      ]),
    ],
    rows: passNames.map((name) => [
      name,
      ...linkages.flatMap((linkage) => {
        const pass = linkage.accuracy.passes.find((p) => p.pass === name);
        const links = pass?.links ?? 0;
        return [n(links), links === 0 ? "" : pct(pass?.precision ?? null)];
      }),
    ]),
    numeric: linkages.flatMap((_, i) => [1 + 2 * i, 2 + 2 * i]),
  });

  const { overall } = summary;
  text += renderTable({
    title: say(m.overallTitle, locale),
    rows: [
      [say(m.correctLinks, locale), `${n(overall.correct)} / ${n(overall.links)}`],
      [say(m.precision, locale), pct(overall.precision)],
      [say(m.truePairs, locale), n(overall.truePairs)],
      [say(m.recall, locale), pct(overall.recall)],
      [say(m.recallOneToOne, locale), pct(overall.recallOneToOne)],
      [say(m.specHash, locale), linkages[0]?.specHash ?? "—"],
      [say(m.normalizer, locale), linkages[0]?.normalizerVersion ?? "—"],
    ],
  });

  const { timings } = summary;
  text += renderTable({
    title: say(m.timingsTitle, locale),
    header: [say(m.stage, locale), say(m.seconds, locale)],
    rows: [
      [say(m.timingSandbox, locale), seconds(timings.sandboxMs)],
      ...Object.entries(timings.pullMs).map(([database, ms]) => [
        say(m.timingPull, locale, { database }),
        seconds(ms),
      ]),
      [say(m.timingValidate, locale), seconds(timings.validateMs)],
      [say(m.timingQuality, locale), seconds(timings.qualityMs)],
      [say(m.timingLink, locale), seconds(timings.linkMs)],
      [say(m.timingTotal, locale), seconds(timings.totalMs)],
    ],
    numeric: [1],
  });
  return text;
}
