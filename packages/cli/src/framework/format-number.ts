// Numbers as the user's language writes them: 12,345 and 98.5% in English, 12.345 and 98,5 % in
// Vietnamese.
import type { Locale } from "./locale.js";

const INTL: Readonly<Record<Locale, string>> = { vi: "vi-VN", en: "en-GB" };
const formats = new Map<string, Intl.NumberFormat>();

/** A count or measure with at most `digits` decimals. */
export function formatNumber(value: number, locale: Locale, digits = 0): string {
  if (!Number.isFinite(value)) return "—";
  const key = `${locale}:${digits}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(INTL[locale], { maximumFractionDigits: digits });
    formats.set(key, format);
  }
  return format.format(value);
}

/** A measure with exactly `digits` decimals: `9.0`, `29.6` (seconds of a timing table). */
export function formatDecimal(value: number, locale: Locale, digits: number): string {
  if (!Number.isFinite(value)) return "—";
  return new Intl.NumberFormat(INTL[locale], {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
}

/** A share 0–1 as a percentage with one decimal (or `digits`); `—` when there is no whole. */
export function formatShare(share: number | null, locale: Locale, digits = 1): string {
  if (share === null || !Number.isFinite(share)) return "—";
  const number = formatNumber(share * 100, locale, digits);
  return locale === "vi" ? `${number} %` : `${number}%`;
}

const UNITS = ["B", "KB", "MB", "GB", "TB"];

/** A size in bytes, in powers of 1000 with one decimal: `12.3 MB`. */
export function formatBytes(bytes: number, locale: Locale): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${formatNumber(value, locale, unit === 0 ? 0 : 1)} ${UNITS[unit]}`;
}
