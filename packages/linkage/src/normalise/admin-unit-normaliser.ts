// Administrative units through the 2025 reorganisation (Resolution 202/2025/QH15): a unit written
// with a pre-2025 code is migrated to the unit it went into, so that an old address and a new one
// of the same place agree. A unit that was split among several is ambiguous and therefore missing.
import {
  lookupAdministrativeUnit,
  migrateAdministrativeUnit,
  REORGANISATION_DATE,
} from "@ndcvn/schemas/admin-units";
import type { NormaliserDefinition } from "./normaliser.js";

function isCode(text: string): boolean {
  const length = text.length;
  if (length !== 2 && length !== 3 && length !== 5) return false;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

function isDate(text: string): boolean {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return false;
  for (let i = 0; i < 10; i++) {
    if (i === 4 || i === 7) continue;
    const code = text.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  return true;
}
const CACHE_LIMIT = 100_000;
const MAX_ANSWERS_PER_CODE = 64;

type Level = "province" | "commune";

interface Answer {
  /** The current code, or null when there is none. */
  readonly code: string | null;
  /** The dates (inclusive) over which the same input code gives the same answer. */
  readonly from: string;
  readonly to: string;
}

const EARLIEST = "0000-01-01";
const LATEST = "9999-12-31";
const LAST_THREE_LEVEL_DAY = "2025-06-30";

const later = (a: string, b: string) => (a > b ? a : b);
const earlier = (a: string, b: string) => (a < b ? a : b);

/**
 * The current (two-level) code of a unit read at `asOf`, at the requested level, with the dates
 * over which the answer holds (the life of the unit the code denotes), so that it can be reused.
 */
function currentCode(code: string, asOf: string, level: Level | undefined): Answer {
  const none = { code: null, from: asOf, to: asOf };
  if (asOf < REORGANISATION_DATE) {
    const old = lookupAdministrativeUnit(code, { at: asOf });
    if (old === undefined) return none;
    const span = {
      from: old.validFrom ?? EARLIEST,
      to: earlier(old.validTo ?? LATEST, LAST_THREE_LEVEL_DAY),
    };
    const successors = migrateAdministrativeUnit(code) ?? [];
    const codes = new Set(successors.map((successor) => successor.code));
    const unit = codes.size === 1 ? successors[0]?.unit : undefined;
    if (unit === undefined) {
      // A district (the level was abolished), or a unit split among several or not in the
      // crosswalk: only its province can still be compared.
      if (level !== "province" || old.provinceCode === undefined) return { code: null, ...span };
      return { code: currentCode(old.provinceCode, asOf, level).code, ...span };
    }
    return { code: atLevel(unit, level), ...span };
  }
  const unit = lookupAdministrativeUnit(code, { at: asOf });
  if (unit === undefined) return none;
  return {
    code: atLevel(unit, level),
    from: later(unit.validFrom ?? EARLIEST, REORGANISATION_DATE),
    to: unit.validTo ?? LATEST,
  };
}

function atLevel(
  unit: { readonly code: string; readonly level: string; readonly provinceCode?: string },
  level: Level | undefined,
): string | null {
  const want = level ?? unit.level;
  if (want === unit.level) return unit.code;
  if (want === "province" && unit.level === "commune") return unit.provinceCode ?? null;
  return null;
}

export const adminUnit: NormaliserDefinition = {
  name: "adminUnit",
  summary:
    "The code of the administrative unit as it is since 2025-07-01: a pre-2025 unit is migrated through the official crosswalk (missing when it was split among several). Takes an AdministrativeUnitRef `{ code, level, asOf }` or a code.",
  accepts: "admin-unit",
  options: {
    level: {
      enum: ["province", "commune"],
      description:
        "The level of the output: `province` gives the province a commune or district lies in. Default: the unit's own level.",
    },
    codesAsOf: {
      type: "string",
      pattern: "^\\d{4}-\\d{2}-\\d{2}$",
      description:
        "The date at which codes without a date (a bare code, or a reference without `asOf`) are read. Default 2025-07-01: current codes.",
    },
  },
  costly: false,
  create: (options) => {
    const level =
      options.level === "province" || options.level === "commune" ? options.level : undefined;
    const defaultAsOf =
      typeof options.codesAsOf === "string" ? options.codesAsOf : REORGANISATION_DATE;
    const cache = new Map<string, Answer[]>();
    return (value) => {
      let code: unknown;
      let asOf: unknown = defaultAsOf;
      if (typeof value === "string") code = value.trim();
      else if (typeof value === "object" && value !== null && !Array.isArray(value)) {
        const ref = value as { code?: unknown; asOf?: unknown };
        code = ref.code;
        if (ref.asOf !== undefined) asOf = ref.asOf;
      }
      if (typeof code !== "string" || !isCode(code)) return undefined;
      if (typeof asOf !== "string" || !isDate(asOf)) return undefined;
      // Records read the same codes at countless dates: answers are kept with the dates they
      // hold for.
      let answers = cache.get(code);
      if (answers === undefined) {
        if (cache.size >= CACHE_LIMIT) cache.clear();
        answers = [];
        cache.set(code, answers);
      }
      for (let k = 0; k < answers.length; k++) {
        const answer = answers[k] as Answer;
        if (answer.from <= asOf && asOf <= answer.to) return answer.code ?? undefined;
      }
      const answer = currentCode(code, asOf, level);
      if (answers.length < MAX_ANSWERS_PER_CODE) answers.push(answer);
      return answer.code ?? undefined;
    };
  },
};
