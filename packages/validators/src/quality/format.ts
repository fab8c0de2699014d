// Numbers, shares and dates formatted for the report's locale: `vi-VN` writes 12.345 and 98,5 %,
// `en` writes 12,345 and 98.5%.
import type { Locale } from "../issue.js";

const INTL_LOCALE: Readonly<Record<Locale, string>> = { vi: "vi-VN", en: "en-GB" };
const formatters = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: Locale, fractionDigits: number): Intl.NumberFormat {
  const key = `${locale}:${fractionDigits}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.NumberFormat(INTL_LOCALE[locale], {
      minimumFractionDigits: 0,
      maximumFractionDigits: fractionDigits,
    });
    formatters.set(key, format);
  }
  return format;
}

/** A count or measure, e.g. `12.345` (vi) or `12,345` (en); `—` for `null`. */
export function formatNumber(value: number | null, locale: Locale, fractionDigits = 0): string {
  if (value === null || !Number.isFinite(value)) return "—";
  return numberFormat(locale, fractionDigits).format(value);
}

/** A 0–1 share as a percentage with at most one decimal: `98,5 %` (vi), `98.5%` (en); `—` for `null`. */
export function formatShare(share: number | null, locale: Locale): string {
  if (share === null || !Number.isFinite(share)) return "—";
  const number = formatNumber(share * 100, locale, 1);
  return locale === "vi" ? `${number}\u00a0%` : `${number}%`;
}

/** An ISO date-time in Vietnam time: `15/01/2026 10:00 (UTC+7)` (vi), `2026-01-15 10:00 (UTC+7)` (en). */
export function formatDateTime(iso: string, locale: Locale): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return iso;
  const local = new Date(time + 7 * 3_600_000).toISOString();
  const [year, month, day, clock] = [
    local.slice(0, 4),
    local.slice(5, 7),
    local.slice(8, 10),
    local.slice(11, 16),
  ];
  return locale === "vi"
    ? `${day}/${month}/${year} ${clock} (UTC+7)`
    : `${year}-${month}-${day} ${clock} (UTC+7)`;
}
