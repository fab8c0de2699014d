// Inline SVG charts of the report: a score gauge, a share bar and the age histogram. Static markup,
// no script; every text is escaped; each chart has a text alternative.
import { escapeHtml } from "./html.js";

/** The colour of a 0–100 score: green from 90, amber from 70, red below, grey when not measured. */
export function scoreColour(score: number | null): string {
  if (score === null) return "#9ca3af";
  if (score >= 90) return "#15803d";
  if (score >= 70) return "#b45309";
  return "#b91c1c";
}

/** A ring gauge of a 0–100 score with the formatted score in the middle. */
export function gauge(score: number | null, text: string, description: string, size = 120): string {
  const radius = 46;
  const circumference = 2 * Math.PI * radius;
  const filled = score === null ? 0 : (Math.min(100, Math.max(0, score)) / 100) * circumference;
  const colour = scoreColour(score);
  return [
    `<svg class="gauge" width="${size}" height="${size}" viewBox="0 0 120 120" role="img" aria-label="${escapeHtml(description)}">`,
    `<circle cx="60" cy="60" r="${radius}" fill="none" stroke="#e5e7eb" stroke-width="12"/>`,
    `<circle cx="60" cy="60" r="${radius}" fill="none" stroke="${colour}" stroke-width="12" stroke-linecap="butt" stroke-dasharray="${filled.toFixed(2)} ${circumference.toFixed(2)}" transform="rotate(-90 60 60)"/>`,
    `<text x="60" y="60" text-anchor="middle" dominant-baseline="central" font-size="26" font-weight="700" fill="#111827">${escapeHtml(text)}</text>`,
    "</svg>",
  ].join("");
}

/** A horizontal bar of a 0–1 share. */
export function shareBar(share: number | null, description: string, colour?: string): string {
  const width = 160;
  const filled = share === null ? 0 : Math.min(1, Math.max(0, share)) * width;
  const fill = colour ?? scoreColour(share === null ? null : share * 100);
  return [
    `<svg class="bar" width="${width}" height="12" viewBox="0 0 ${width} 12" role="img" aria-label="${escapeHtml(description)}">`,
    `<rect x="0" y="0" width="${width}" height="12" rx="2" fill="#e5e7eb"/>`,
    `<rect x="0" y="0" width="${filled.toFixed(2)}" height="12" rx="2" fill="${fill}"/>`,
    "</svg>",
  ].join("");
}

/** One bar of a histogram. */
export interface HistogramBar {
  readonly label: string;
  readonly count: number;
  readonly countText: string;
  /** Bars within a threshold are drawn green, the others amber. */
  readonly highlighted: boolean;
}

/** A vertical bar chart of counts, with labels under the bars and counts above them. */
export function histogram(bars: readonly HistogramBar[], description: string): string {
  const barWidth = 84;
  const gap = 12;
  const chartHeight = 160;
  const top = 22;
  const bottom = 40;
  const width = Math.max(1, bars.length) * (barWidth + gap) + gap;
  const height = top + chartHeight + bottom;
  const max = Math.max(1, ...bars.map((bar) => bar.count));
  const parts = [
    `<svg class="histogram" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeHtml(description)}">`,
    `<line x1="0" y1="${top + chartHeight}" x2="${width}" y2="${top + chartHeight}" stroke="#9ca3af"/>`,
  ];
  bars.forEach((bar, i) => {
    const x = gap + i * (barWidth + gap);
    const h = (bar.count / max) * chartHeight;
    const y = top + chartHeight - h;
    const fill = bar.highlighted ? "#15803d" : "#d97706";
    parts.push(
      `<rect x="${x}" y="${y.toFixed(2)}" width="${barWidth}" height="${h.toFixed(2)}" fill="${fill}"/>`,
      `<text x="${x + barWidth / 2}" y="${(y - 6).toFixed(2)}" text-anchor="middle" font-size="13" fill="#111827">${escapeHtml(bar.countText)}</text>`,
      `<text x="${x + barWidth / 2}" y="${top + chartHeight + 18}" text-anchor="middle" font-size="12" fill="#374151">${escapeHtml(bar.label)}</text>`,
    );
  });
  parts.push("</svg>");
  return parts.join("");
}
