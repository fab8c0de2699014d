// Administrative units before and after the 2025 reorganisation (Resolution 202/2025/QH15:
// 63 → 34 provinces and no district level from 2025-07-01; codes from Decision 19/2025/QĐ-TTg,
// earlier codes from Decision 124/2004/QĐ-TTg). Codes are reused across the two lists, so every
// lookup is made at a date.
import type { CodeListEntry } from "./code-list.js";
import { isInForce } from "./code-list.js";
import { codeList as communeList } from "./generated/codelists/communes.js";
import { codeList as districtList } from "./generated/codelists/districts.js";
import { codeList as provinceList } from "./generated/codelists/provinces.js";
import type { CodeList } from "./generated/types.js";

/** The first day of the two-level administration (Resolution 202/2025/QH15). */
export const REORGANISATION_DATE = "2025-07-01";

export type AdministrativeLevel = "province" | "district" | "commune";

/** How an old unit went into a new one: entirely (`whole`) or split among several (`part`). */
export interface AdministrativeSuccessor {
  readonly code: string;
  readonly kind: "whole" | "part";
}

/** An administrative unit as it was, or is, in force. */
export interface AdministrativeUnit {
  readonly code: string;
  readonly level: AdministrativeLevel;
  /** Short name, e.g. `Ba Đình`. */
  readonly name: string;
  /** Official full name, e.g. `Phường Ba Đình`. */
  readonly fullName: string;
  /** Name without diacritics, as the official list gives it in English. */
  readonly nameEn: string;
  /** `city`, `province`, `ward`, `commune`, `township`, `special_zone`, `urban_district`, `rural_district`, `town`. */
  readonly kind: string;
  readonly provinceCode?: string;
  readonly districtCode?: string;
  readonly validFrom?: string;
  readonly validTo?: string;
  /** For units that ended on 2025-06-30: the units they went into. */
  readonly successors?: readonly AdministrativeSuccessor[];
}

export interface LookupOptions {
  /** The date at which the code is read (`YYYY-MM-DD` or a Date). Default: today in Vietnam (UTC+7). */
  readonly at?: string | Date;
}

const LEVEL_BY_LENGTH: Readonly<Record<number, AdministrativeLevel>> = {
  2: "province",
  3: "district",
  5: "commune",
};
const LISTS: Readonly<Record<AdministrativeLevel, () => CodeList>> = {
  province: provinceList,
  district: districtList,
  commune: communeList,
};
const indexes = new Map<AdministrativeLevel, Map<string, CodeListEntry[]>>();

function entriesFor(level: AdministrativeLevel, code: string): readonly CodeListEntry[] {
  let index = indexes.get(level);
  if (!index) {
    index = new Map();
    for (const entry of LISTS[level]().entries) {
      const same = index.get(entry.code);
      if (same) same.push(entry);
      else index.set(entry.code, [entry]);
    }
    indexes.set(level, index);
  }
  return index.get(code) ?? [];
}

function toUnit(level: AdministrativeLevel, entry: CodeListEntry): AdministrativeUnit {
  const optional = (key: string) =>
    typeof entry[key] === "string" ? { [key]: entry[key] as string } : {};
  return {
    code: entry.code,
    level,
    name: entry.label.vi,
    fullName: String(entry.fullName ?? entry.label.vi),
    nameEn: entry.label.en,
    kind: String(entry.kind ?? ""),
    ...optional("provinceCode"),
    ...optional("districtCode"),
    ...optional("validFrom"),
    ...optional("validTo"),
    ...(Array.isArray(entry.successors)
      ? { successors: entry.successors as AdministrativeSuccessor[] }
      : {}),
  };
}

function todayInVietnam(): string {
  return new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
}

function dateOf(at: string | Date | undefined): string | undefined {
  if (at === undefined) return todayInVietnam();
  if (at instanceof Date)
    return Number.isNaN(at.getTime()) ? undefined : at.toISOString().slice(0, 10);
  return typeof at === "string" && /^\d{4}-\d{2}-\d{2}$/.test(at) ? at : undefined;
}

/**
 * The administrative unit a code denotes on a date. The level follows from the code's length:
 * 2 digits province, 3 district (before 2025-07-01 only), 5 commune-level unit. Returns `undefined`
 * when no unit had that code on that date, or when the input is not a code or a date.
 *
 * @example
 * ```ts
 * import { lookupAdministrativeUnit } from "@ndcvn/schemas";
 * lookupAdministrativeUnit("24", { at: "2025-06-30" })?.name; // "Bắc Giang"
 * lookupAdministrativeUnit("24", { at: "2025-07-01" })?.name; // "Bắc Ninh"
 * ```
 */
export function lookupAdministrativeUnit(
  code: string,
  options: LookupOptions = {},
): AdministrativeUnit | undefined {
  if (typeof code !== "string") return undefined;
  const level = LEVEL_BY_LENGTH[code.length];
  const at = dateOf(options?.at);
  if (!level || !at || !/^\d+$/.test(code)) return undefined;
  const entry = entriesFor(level, code).find((candidate) => isInForce(candidate, at));
  return entry ? toUnit(level, entry) : undefined;
}

/**
 * The unit or units that a pre-2025 province or commune went into on 2025-07-01, each with its
 * `kind`: `whole` when the old unit went entirely into that one, `part` when it was split.
 * Returns `undefined` for a code that was not a province or commune on 2025-06-30, and an empty
 * list for a district (the level was abolished) or for the few communes the crosswalk does not cover.
 *
 * @example
 * ```ts
 * import { migrateAdministrativeUnit } from "@ndcvn/schemas";
 * migrateAdministrativeUnit("00001"); // [{ code: "00097", kind: "whole", unit: { name: "Hồng Hà", … } }]
 * ```
 */
export function migrateAdministrativeUnit(
  oldCode: string,
):
  | readonly (AdministrativeSuccessor & { readonly unit: AdministrativeUnit | undefined })[]
  | undefined {
  const old = lookupAdministrativeUnit(oldCode, { at: "2025-06-30" });
  if (!old) return undefined;
  return (old.successors ?? []).map((successor) => ({
    ...successor,
    unit: lookupAdministrativeUnit(successor.code, { at: REORGANISATION_DATE }),
  }));
}
