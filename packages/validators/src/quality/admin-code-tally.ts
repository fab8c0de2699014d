// Sạch: administrative unit references (`{ code, level, asOf }`) whose code is not in force on the
// report's day. Codes are read at their own `asOf` date, because the 2025 lists reuse old codes
// (province 24 was Bắc Giang until 2025-06-30 and is Bắc Ninh since): a reference is current when
// the unit it denoted is still in force, or when the unit now holding the code is what it went
// into. A pre-2025 code dated after it ended (the old code kept in use) is retired and counted as
// used after its end.
import type { AdministrativeUnit } from "@ndcvn/schemas/admin-units";
import { compareText } from "./bounded-counter.js";
import type { AdministrativeCodeSummary, SuccessorSummary } from "./types.js";

type Level = AdministrativeCodeSummary["level"];
type AdministrativeUnits = typeof import("@ndcvn/schemas/admin-units");

// The unit tables are large: they are loaded when a report is made (loadAdministrativeUnits), not
// when the package is imported.
let units: AdministrativeUnits | undefined;

/** Load the administrative-unit tables; `assessRecords` awaits this before counting. */
export async function loadAdministrativeUnits(): Promise<void> {
  units ??= await import("@ndcvn/schemas/admin-units");
}

function loaded(): AdministrativeUnits {
  if (!units) throw new Error("loadAdministrativeUnits() must be awaited first");
  return units;
}

const lookupAdministrativeUnit: AdministrativeUnits["lookupAdministrativeUnit"] = (code, options) =>
  loaded().lookupAdministrativeUnit(code, options);
const migrateAdministrativeUnit: AdministrativeUnits["migrateAdministrativeUnit"] = (code) =>
  loaded().migrateAdministrativeUnit(code);

const LEVELS: ReadonlySet<string> = new Set(["province", "district", "commune"]);
const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Distinct codes listed; references beyond are still counted. */
const MAX_CODES = 5000;
/** The last day of the three-level lists. */
const LAST_OLD_DAY = "2025-06-30";

/** An object shaped like an AdministrativeUnitRef: a string code, a level and an `asOf`. */
export function isAdministrativeRef(
  value: Readonly<Record<string, unknown>>,
): value is { readonly code: string; readonly level: Level; readonly asOf: unknown } {
  return (
    typeof value.code === "string" &&
    typeof value.level === "string" &&
    LEVELS.has(value.level) &&
    Object.hasOwn(value, "asOf")
  );
}

type Classification =
  | { readonly status: "current" }
  | {
      readonly status: "retired";
      readonly unit: AdministrativeUnit;
      readonly usedAfterEnd: boolean;
    }
  | { readonly status: "unknown" };

function unitAt(code: string, level: Level, at: string): AdministrativeUnit | undefined {
  const unit = lookupAdministrativeUnit(code, { at });
  return unit && unit.level === level ? unit : undefined;
}

/** Whether a reference's code is in force on `today`, read at its `asOf` date. */
export function classifyReference(
  code: string,
  level: Level,
  asOf: unknown,
  today: string,
): Classification {
  const current = unitAt(code, level, today);
  const asOfDate = typeof asOf === "string" && DATE.test(asOf) ? asOf : undefined;
  const then = asOfDate ? unitAt(code, level, asOfDate) : undefined;
  if (then) {
    if (then.validTo === undefined || then.validTo >= today) return { status: "current" };
    if (
      current &&
      (then.successors === undefined || then.successors.some((s) => s.code === current.code))
    ) {
      return { status: "current" };
    }
    return { status: "retired", unit: then, usedAfterEnd: false };
  }
  if (current) return { status: "current" };
  const legacy = unitAt(code, level, LAST_OLD_DAY);
  if (legacy) {
    const end = legacy.validTo ?? LAST_OLD_DAY;
    return {
      status: "retired",
      unit: legacy,
      usedAfterEnd: asOfDate !== undefined && asOfDate > end,
    };
  }
  return { status: "unknown" };
}

/** What a retired unit went into: `migrateAdministrativeUnit` for the 2025 reorganisation. */
export function successorsOf(unit: AdministrativeUnit): SuccessorSummary[] {
  const name = (code: string, at: string) => lookupAdministrativeUnit(code, { at })?.fullName;
  const list =
    unit.validTo === LAST_OLD_DAY
      ? (migrateAdministrativeUnit(unit.code) ?? []).map((s) => ({
          code: s.code,
          kind: s.kind,
          name: s.unit?.fullName,
        }))
      : (unit.successors ?? []).map((s) => ({
          code: s.code,
          kind: s.kind,
          name: name(s.code, loaded().REORGANISATION_DATE),
        }));
  return list.map((s) => ({ code: s.code, kind: s.kind, ...(s.name ? { name: s.name } : {}) }));
}

interface CodeEntry {
  readonly code: string;
  readonly level: Level;
  readonly status: "retired" | "unknown";
  readonly unit: AdministrativeUnit | undefined;
  count: number;
  usedAfterEnd: number;
}

export class AdministrativeCodeTally {
  readonly #today: string;
  readonly #entries = new Map<string, CodeEntry>();
  checked = 0;
  retired = 0;
  unknown = 0;
  records = 0;
  #current = false;

  constructor(today: string) {
    this.#today = today;
  }

  begin(): void {
    this.#current = false;
  }

  get flagged(): boolean {
    return this.#current;
  }

  check(ref: { readonly code: string; readonly level: Level; readonly asOf: unknown }): void {
    this.checked++;
    const result = classifyReference(ref.code, ref.level, ref.asOf, this.#today);
    if (result.status === "current") return;
    if (!this.#current) {
      this.#current = true;
      this.records++;
    }
    if (result.status === "retired") this.retired++;
    else this.unknown++;
    // Unknown codes are listed only when shaped like a code: free text could be personal data.
    const code =
      result.status === "retired" || /^(\d{2}|\d{3}|\d{5})$/.test(ref.code) ? ref.code : "\u2026";
    const unit = result.status === "retired" ? result.unit : undefined;
    const key = `${ref.level}|${code}|${result.status}|${unit?.validTo ?? ""}`;
    let entry = this.#entries.get(key);
    if (!entry) {
      if (this.#entries.size >= MAX_CODES) return;
      entry = { code, level: ref.level, status: result.status, unit, count: 0, usedAfterEnd: 0 };
      this.#entries.set(key, entry);
    }
    entry.count++;
    if (result.status === "retired" && result.usedAfterEnd) entry.usedAfterEnd++;
  }

  codes(top: number): AdministrativeCodeSummary[] {
    const order: Readonly<Record<Level, number>> = { province: 0, district: 1, commune: 2 };
    return [...this.#entries.values()]
      .sort(
        (a, b) =>
          b.count - a.count ||
          order[a.level] - order[b.level] ||
          compareText(a.code, b.code) ||
          compareText(a.unit?.validTo ?? "", b.unit?.validTo ?? ""),
      )
      .slice(0, Math.max(0, top))
      .map((entry) => ({
        code: entry.code,
        level: entry.level,
        status: entry.status,
        ...(entry.unit ? { name: entry.unit.fullName } : {}),
        ...(entry.unit?.validTo ? { validTo: entry.unit.validTo } : {}),
        count: entry.count,
        usedAfterEnd: entry.usedAfterEnd,
        successors: entry.unit ? successorsOf(entry.unit) : [],
      }));
  }
}
