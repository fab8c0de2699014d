// The quality report as one self-contained HTML page: inline CSS and SVG, no script, no external
// resource. It shows what the JSON report holds — field names, codes and counts — and nothing else.
import type { Locale } from "../issue.js";
import { formatDateTime, formatNumber, formatShare } from "./format.js";
import { escapeHtml } from "./html.js";
import { label, type QualityLabelKey } from "./labels.js";
import { gauge, histogram, shareBar } from "./svg-charts.js";
import type { FieldCompleteness, QualityReport } from "./types.js";

/** Options of {@link renderQualityReport}. */
export interface RenderOptions {
  /** Language of the page. @default "vi" */
  readonly locale?: Locale;
}

/** Optional fields beyond this number are listed in a folded section. */
const COLLAPSE_AFTER = 12;

const STYLE = `
:root{color-scheme:light}
*{box-sizing:border-box}
body{margin:0;background:#f3f4f6;color:#111827;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Helvetica Neue",Arial,sans-serif}
main{max-width:1040px;margin:0 auto;padding:24px}
header,section,footer{background:#fff;border:1px solid #e5e7eb;border-radius:10px;padding:20px 24px;margin:0 0 18px}
h1{font-size:26px;margin:0 0 4px}
h2{font-size:20px;margin:0 0 6px;border-bottom:2px solid #e5e7eb;padding-bottom:6px}
h3{font-size:16px;margin:18px 0 8px}
.tagline{color:#4b5563;margin:0 0 12px}
.explain{color:#374151;margin:4px 0 14px}
dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:2px 16px;margin:0}
dl.meta dt{color:#6b7280}
dl.meta dd{margin:0;overflow-wrap:anywhere}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(150px,1fr));gap:12px}
.card{border:1px solid #e5e7eb;border-radius:10px;padding:12px;text-align:center}
.card h3{margin:4px 0}
.card p{margin:4px 0 0;color:#4b5563;font-size:13px}
.card.overall{background:#f9fafb}
.stats{display:flex;flex-wrap:wrap;gap:10px;margin:8px 0 12px}
.stat{border:1px solid #e5e7eb;border-radius:8px;padding:8px 12px;min-width:150px}
.stat b{display:block;font-size:20px}
.stat span{color:#4b5563;font-size:13px}
table{border-collapse:collapse;width:100%;margin:6px 0 10px}
th,td{border-bottom:1px solid #e5e7eb;padding:6px 8px;text-align:left;vertical-align:top}
th{background:#f9fafb;font-weight:600;font-size:13px;color:#374151}
td.num,th.num{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:13px;background:#f3f4f6;border-radius:4px;padding:0 4px;overflow-wrap:anywhere}
.badge{display:inline-block;font-size:11px;border-radius:9px;padding:0 7px;margin-left:6px;vertical-align:middle}
.badge.required{background:#fee2e2;color:#991b1b}
.badge.recommended{background:#dbeafe;color:#1e40af}
.badge.warning{background:#fef3c7;color:#92400e}
.muted{color:#6b7280}
.nowrap,.nowrap code{white-space:nowrap;overflow-wrap:normal}
.paths{margin:0;padding:0;list-style:none}
.chart{overflow-x:auto}
footer ol{padding-left:20px}
summary{cursor:pointer}
summary h3{display:inline}
@media print{body{background:#fff}header,section,footer{border:none;padding:8px 0;break-inside:avoid-page}}
`;

/**
 * Render a quality report as one self-contained HTML page — inline CSS and SVG charts, no script
 * and no external resource — for data stewards: the four scores as gauges with a one-sentence
 * explanation each, the most frequent issues, a completeness bar per field, duplicates,
 * non-canonical text and retired administrative codes with their successors, and the age
 * histogram. Vietnamese by default (`vi-VN` numbers: 12.345 and 98,5 %), English with
 * `locale: "en"`. Every string is HTML-escaped; the page shows field names, codes and counts only.
 *
 * @example
 * ```ts
 * import { assessQuality, renderQualityReport } from "@ndcvn/validators";
 * const report = await assessQuality(records, options);
 * const html = renderQualityReport(report); // Vietnamese
 * const english = renderQualityReport(report, { locale: "en" });
 * ```
 */
export function renderQualityReport(report: QualityReport, options: RenderOptions = {}): string {
  const locale: Locale = options?.locale === "en" ? "en" : "vi";
  const t = (key: QualityLabelKey, params?: Readonly<Record<string, string | number>>) =>
    escapeHtml(label(key, locale, params));
  const n = (value: number | null, digits = 0) => escapeHtml(formatNumber(value, locale, digits));
  const pct = (share: number | null) => escapeHtml(formatShare(share, locale));
  const score = (value: number | null) =>
    value === null ? label("notMeasured", locale) : formatNumber(value, locale, 1);
  const pointer = (path: string) =>
    path === ""
      ? `<span class="muted">${t("rootPath")}</span>`
      : `<code>${escapeHtml(path)}</code>`;
  const total = report.records.total;
  const freshnessDays = report.live.freshnessDays;
  const stat = (value: string, caption: string) =>
    `<div class="stat"><b>${value}</b><span>${caption}</span></div>`;

  // Header
  const meta: [string, string][] = [
    [t("schema"), `<code>${escapeHtml(report.schemaId)}</code>`],
    [t("assessedAt"), escapeHtml(formatDateTime(report.now, locale))],
    [t("records"), n(total)],
    [t("freshnessThreshold"), t("days", { count: formatNumber(freshnessDays, locale, 1) })],
    [t("normalizerVersion"), escapeHtml(report.normalizerVersion)],
  ];
  if (report.records.envelopes > 0) meta.push([t("envelopes"), n(report.records.envelopes)]);
  if (report.records.otherSchema > 0) meta.push([t("otherSchema"), n(report.records.otherSchema)]);
  if (report.records.notObjects > 0) meta.push([t("notObjects"), n(report.records.notObjects)]);
  const header = [
    "<header>",
    `<h1>${t("reportTitle")}</h1>`,
    `<p class="tagline">${t("tagline")}</p>`,
    `<dl class="meta">${meta.map(([term, value]) => `<dt>${term}</dt><dd>${value}</dd>`).join("")}</dl>`,
    total === 0 ? `<p><strong>${t("noRecords")}</strong></p>` : "",
    "</header>",
  ].join("");

  // Summary: gauges
  const dimensions: { key: QualityLabelKey; explain: string; value: number | null; id: string }[] =
    [
      { key: "correct", explain: t("correctExplain"), value: report.scores.correct, id: "correct" },
      {
        key: "sufficient",
        explain: t("sufficientExplain"),
        value: report.scores.sufficient,
        id: "sufficient",
      },
      { key: "clean", explain: t("cleanExplain"), value: report.scores.clean, id: "clean" },
      {
        key: "live",
        explain: t("liveExplain", { days: formatNumber(freshnessDays, locale, 1) }),
        value: report.scores.live,
        id: "live",
      },
    ];
  const card = (title: string, value: number | null, explain: string, extra = "") =>
    `<div class="card${extra}">${gauge(
      value,
      value === null ? "—" : formatNumber(value, locale, 1),
      `${label(extra ? "overall" : "score", locale)}: ${score(value)} ${label("outOf100", locale)}`,
    )}<h3>${title}</h3><p>${explain}</p></div>`;
  const summary = [
    `<section id="summary"><h2>${t("summary")}</h2><div class="cards">`,
    card(t("overall"), report.scores.overall, t("overallExplain"), " overall"),
    ...dimensions.map((d) => card(`<a href="#${d.id}">${t(d.key)}</a>`, d.value, d.explain)),
    "</div></section>",
  ].join("");

  const sectionHead = (id: string, key: QualityLabelKey, value: number | null, explain: string) =>
    `<section id="${id}"><h2>${t(key)} — ${escapeHtml(score(value))}${
      value === null ? "" : ` <span class="muted">/ 100</span>`
    }</h2><p class="explain">${explain}</p>`;

  // Đúng
  const correct = report.correct;
  const issueRows = correct.topIssues.map(
    (issue) =>
      `<tr><td><code>${escapeHtml(issue.code)}</code>${
        issue.warnings > 0 && issue.errors === 0
          ? `<span class="badge warning">${t("warning")}</span>`
          : ""
      }</td><td class="num">${n(issue.records)}</td><td class="num">${pct(
        total > 0 ? issue.records / total : null,
      )}</td><td class="num">${n(issue.count)}</td><td><ul class="paths">${issue.paths
        .map((p) => `<li>${pointer(p.path)} <span class="muted">× ${n(p.count)}</span></li>`)
        .join("")}</ul></td></tr>`,
  );
  const correctSection = [
    sectionHead("correct", "correct", correct.score, t("correctExplain")),
    '<div class="stats">',
    stat(n(correct.valid.count), `${t("validRecords")} · ${pct(correct.valid.share)}`),
    stat(n(correct.invalid), t("invalidRecords")),
    correct.withWarnings > 0 ? stat(n(correct.withWarnings), t("withWarnings")) : "",
    stat(n(correct.issueCodes), t("issueCodes")),
    "</div>",
    `<h3>${t("topIssues")}</h3>`,
    issueRows.length === 0
      ? `<p>${t("noIssues")}</p>`
      : `<table><thead><tr><th>${t("issueCode")}</th><th class="num">${t("issueRecords")}</th><th class="num">%</th><th class="num">${t("issueCount")}</th><th>${t("issuePaths")}</th></tr></thead><tbody>${issueRows.join("")}</tbody></table>`,
    "</section>",
  ].join("");

  // Đủ
  const sufficient = report.sufficient;
  const fieldRow = (field: FieldCompleteness) => {
    const name = field.label ? escapeHtml(field.label[locale]) : pointer(field.pointer);
    const badges = `${field.required ? `<span class="badge required">${t("requiredBadge")}</span>` : ""}${
      field.recommended ? `<span class="badge recommended">${t("recommendedBadge")}</span>` : ""
    }`;
    return `<tr><td>${name}${badges}<br>${field.label ? pointer(field.pointer) : ""}</td><td>${shareBar(
      field.share,
      `${field.pointer}: ${formatShare(field.share, locale)}`,
    )}</td><td class="num">${pct(field.share)}</td><td class="num">${n(field.present)} / ${n(total)}</td></tr>`;
  };
  const fieldTable = (
    heading: QualityLabelKey,
    fields: readonly FieldCompleteness[],
    meanShare: number | null,
    collapsed = false,
  ) => {
    if (fields.length === 0) return "";
    const title = `${t(heading)} <span class="muted">· ${t("fieldCount", {
      count: formatNumber(fields.length, locale),
    })} · ${t("meanCompleteness", { share: formatShare(meanShare, locale) })}</span>`;
    const table = `<div class="chart"><table><thead><tr><th>${t("field")}</th><th>${t("completeness")}</th><th class="num">%</th><th class="num">${t("records")}</th></tr></thead><tbody>${fields
      .map(fieldRow)
      .join("")}</tbody></table></div>`;
    // Long lists of optional fields fold away (a native element: no script needed to open it).
    return collapsed
      ? `<details><summary><h3>${title}</h3></summary>${table}</details>`
      : `<h3>${title}</h3>${table}`;
  };
  const requiredFields = sufficient.fields.filter((f) => f.required);
  const recommendedFields = sufficient.fields.filter((f) => f.recommended && !f.required);
  const optionalFields = sufficient.fields.filter((f) => !f.required && !f.recommended);
  const sufficientSection = [
    sectionHead("sufficient", "sufficient", sufficient.score, t("sufficientExplain")),
    '<div class="stats">',
    stat(pct(sufficient.required.meanShare), t("requiredFields")),
    sufficient.recommended.fields > 0
      ? stat(pct(sufficient.recommended.meanShare), t("recommendedFields"))
      : "",
    stat(pct(sufficient.optional.meanShare), t("optionalFields")),
    "</div>",
    sufficient.fields.length === 0 ? `<p>${t("noFields")}</p>` : "",
    fieldTable("requiredFields", requiredFields, sufficient.required.meanShare),
    fieldTable("recommendedFields", recommendedFields, meanOf(recommendedFields)),
    fieldTable(
      "optionalFields",
      optionalFields,
      sufficient.optional.meanShare,
      optionalFields.length > COLLAPSE_AFTER,
    ),
    "</section>",
  ].join("");

  // Sạch
  const clean = report.clean;
  const text = clean.nonCanonicalText;
  const codes = clean.administrativeCodes;
  const keyRows = clean.keyDuplicates.map(
    (key) =>
      `<tr><td><code>${escapeHtml(key.name)}</code></td><td>${key.fields
        .map((field) => pointer(field))
        .join(" + ")}</td><td class="num">${n(key.keyed)}</td><td class="num">${n(
        key.duplicates,
      )}</td><td class="num">${n(key.groups)}</td></tr>`,
  );
  const successorText = (s: { code: string; kind: "whole" | "part"; name?: string }) =>
    `<code class="nowrap">${escapeHtml(s.code)}</code>${s.name ? ` ${escapeHtml(s.name)}` : ""} <span class="muted">(${t(
      s.kind,
    )})</span>`;
  const codeRows = codes.codes.map(
    (c) =>
      `<tr><td>${t(c.level)}</td><td class="nowrap"><code>${escapeHtml(c.code)}</code></td><td>${
        c.name ? escapeHtml(c.name) : ""
      }</td><td>${t(c.status === "retired" ? "retired" : "unknownCode")}${
        c.validTo ? ` <span class="muted">(${t("validTo")} ${escapeHtml(c.validTo)})</span>` : ""
      }</td><td class="num">${n(c.count)}</td><td class="num">${n(c.usedAfterEnd)}</td><td>${
        c.status !== "retired"
          ? ""
          : c.successors.length === 0
            ? `<span class="muted">${t("noSuccessor")}</span>`
            : c.successors.map(successorText).join("<br>")
      }</td></tr>`,
  );
  const cleanSection = [
    sectionHead("clean", "clean", clean.score, t("cleanExplain")),
    '<div class="stats">',
    stat(
      n(clean.duplicateRecords.count),
      `${t("repeatedRecords")} · ${pct(clean.duplicateRecords.share)}`,
    ),
    stat(n(text.records.count), `${t("textRecords")} · ${pct(text.records.share)}`),
    stat(n(codes.records.count), `${t("codeRecords")} · ${pct(codes.records.share)}`),
    "</div>",
    `<h3>${t("duplicates")}</h3>`,
    `<table><thead><tr><th>${t("key")}</th><th>${t("keyFields")}</th><th class="num">${t("keyed")}</th><th class="num">${t("repeatedRecords")}</th><th class="num">${t("groups")}</th></tr></thead><tbody>`,
    `<tr><td>${t("exactDuplicates")}</td><td class="muted">—</td><td class="num">${n(total)}</td><td class="num">${n(
      clean.exactDuplicates.duplicates,
    )}</td><td class="num">${n(clean.exactDuplicates.groups)}</td></tr>`,
    keyRows.join(""),
    "</tbody></table>",
    clean.keyDuplicates.length === 0 ? `<p class="muted">${t("noKeys")}</p>` : "",
    `<h3>${t("nonCanonicalText")}</h3>`,
    "<table><tbody>",
    `<tr><td>${t("textValues")}</td><td class="num">${n(text.values)}</td></tr>`,
    `<tr><td>${t("reasonNfd")}</td><td class="num">${n(text.reasons.nfd)}</td></tr>`,
    `<tr><td>${t("reasonWhitespace")}</td><td class="num">${n(text.reasons.whitespace)}</td></tr>`,
    `<tr><td>${t("reasonToneMarks")}</td><td class="num">${n(text.reasons.toneMarks)}</td></tr>`,
    "</tbody></table>",
    text.fields.length === 0
      ? ""
      : `<table><thead><tr><th>${t("textFields")}</th><th class="num">${t("textValues")}</th></tr></thead><tbody>${text.fields
          .map((f) => `<tr><td>${pointer(f.path)}</td><td class="num">${n(f.count)}</td></tr>`)
          .join("")}</tbody></table>`,
    `<h3>${t("administrativeCodes")}</h3>`,
    '<div class="stats">',
    stat(n(codes.checked), t("codesChecked")),
    stat(n(codes.retired), t("retired")),
    stat(n(codes.unknown), t("unknownCode")),
    "</div>",
    codeRows.length === 0
      ? `<p>${t("noneFound")}</p>`
      : `<div class="chart"><table><thead><tr><th>${t("level")}</th><th>${t("code")}</th><th>${t("unitName")}</th><th>${t("status")}</th><th class="num">${t("references")}</th><th class="num">${t("usedAfterEnd")}</th><th>${t("successors")}</th></tr></thead><tbody>${codeRows.join("")}</tbody></table></div>`,
    "</section>",
  ].join("");

  // Sống
  const live = report.live;
  const bars = live.histogram.map((bucket) => ({
    label:
      bucket.toDays === null
        ? label("bucketOpen", locale, { from: formatNumber(bucket.fromDays, locale) })
        : label("bucketRange", locale, {
            from: formatNumber(bucket.fromDays, locale),
            to: formatNumber(bucket.toDays, locale),
          }),
    count: bucket.count,
    countText: formatNumber(bucket.count, locale),
    highlighted: bucket.toDays !== null && bucket.toDays <= freshnessDays,
  }));
  const days = (value: number | null) =>
    value === null ? "—" : t("days", { count: formatNumber(value, locale, 1) });
  const liveSection = [
    sectionHead(
      "live",
      "live",
      live.score,
      t("liveExplain", { days: formatNumber(freshnessDays, locale, 1) }),
    ),
    '<div class="stats">',
    stat(n(live.fresh.count), `${t("freshRecords")} · ${pct(live.fresh.share)}`),
    stat(days(live.medianAgeDays), t("medianAge")),
    stat(days(live.oldestAgeDays), t("oldestAge")),
    stat(n(live.undated), t("undated")),
    live.future > 0 ? stat(n(live.future), t("future")) : "",
    "</div>",
    `<h3>${t("ageHistogram")}</h3>`,
    `<div class="chart">${histogram(bars, label("ageHistogram", locale))}</div>`,
    `<p class="muted"><span style="color:#15803d">■</span> ${t("withinThreshold")} · <span style="color:#d97706">■</span> ${t("beyondThreshold")}</p>`,
    "</section>",
  ].join("");

  // About
  const footer = [
    `<footer id="about"><h2>${t("about")}</h2>`,
    `<p>${t("privacy")}</p>`,
    `<h3>${t("formulas")}</h3><ol>`,
    `<li>${t("formulaCorrect")}</li>`,
    `<li>${t("formulaSufficient")}</li>`,
    `<li>${t("formulaClean")}</li>`,
    `<li>${t("formulaLive", { days: formatNumber(freshnessDays, locale, 1) })}</li>`,
    `<li>${t("formulaOverall")}</li>`,
    "</ol>",
    `<dl class="meta"><dt>${t("reportVersion")}</dt><dd>${escapeHtml(report.reportVersion)}</dd><dt>${t(
      "today",
    )}</dt><dd>${escapeHtml(report.today)}</dd><dt>${t("normalizerVersion")}</dt><dd>${escapeHtml(
      report.normalizerVersion,
    )}</dd></dl>`,
    `<p class="muted">${t("madeWith")}</p>`,
    "</footer>",
  ].join("");

  return [
    "<!doctype html>",
    `<html lang="${locale}">`,
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${t("reportTitle")} — ${escapeHtml(report.schemaId)}</title>`,
    `<style>${STYLE}</style>`,
    "</head>",
    "<body><main>",
    header,
    summary,
    correctSection,
    sufficientSection,
    cleanSection,
    liveSection,
    footer,
    "</main></body>",
    "</html>",
    "",
  ].join("\n");
}

function meanOf(fields: readonly FieldCompleteness[]): number | null {
  const shares = fields.map((field) => field.share).filter((share) => share !== null);
  return shares.length > 0 ? shares.reduce((a, b) => a + b, 0) / shares.length : null;
}
