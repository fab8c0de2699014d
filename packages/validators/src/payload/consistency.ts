// Cross-field rules of the payloads: wherever a record (or an object inside it) holds a personal
// identification number together with a date of birth and/or a sex, they must agree. The generator
// finds those places in each document; this module checks them.
import { checkPersonalIdConsistency } from "../identifiers/personal-id-consistency.js";

/** One place in a document where a personal ID sits beside a date of birth and/or a sex. */
export interface ConsistencyRule {
  /** Property names from the root to the object; `*` stands for every array item. */
  readonly at: readonly string[];
  readonly personalId: string;
  readonly dateOfBirth?: string;
  readonly sex?: string;
}

/** A problem found by a rule: where, and which consistency issue. */
export interface ConsistencyFinding {
  readonly path: readonly (string | number)[];
  readonly code: string;
  readonly params?: Readonly<Record<string, string | number>>;
}

function visit(
  value: unknown,
  at: readonly string[],
  path: (string | number)[],
  found: (object: Record<string, unknown>, path: (string | number)[]) => void,
): void {
  if (typeof value !== "object" || value === null) return;
  if (at.length === 0) {
    if (!Array.isArray(value)) found(value as Record<string, unknown>, path);
    return;
  }
  const [head, ...rest] = at;
  if (head === "*") {
    if (Array.isArray(value))
      for (let i = 0; i < value.length; i++) visit(value[i], rest, [...path, i], found);
    return;
  }
  if (!Array.isArray(value) && head !== undefined && Object.hasOwn(value, head)) {
    visit((value as Record<string, unknown>)[head], rest, [...path, head], found);
  }
}

/** Every disagreement between personal IDs and the facts beside them. Never throws. */
export function checkConsistency(
  value: unknown,
  rules: readonly ConsistencyRule[],
): ConsistencyFinding[] {
  const findings: ConsistencyFinding[] = [];
  for (const rule of rules) {
    visit(value, rule.at, [], (object, path) => {
      const id = object[rule.personalId];
      if (typeof id !== "string") return;
      const dateOfBirth = rule.dateOfBirth === undefined ? undefined : object[rule.dateOfBirth];
      const sex = rule.sex === undefined ? undefined : object[rule.sex];
      const result = checkPersonalIdConsistency(id, {
        ...(typeof dateOfBirth === "string" ? { dateOfBirth } : {}),
        ...(typeof sex === "string" ? { sex } : {}),
      });
      for (const issue of result.issues) {
        findings.push({
          path: [...path, rule.personalId],
          code: issue.code,
          ...(issue.params ? { params: issue.params } : {}),
        });
      }
    });
  }
  return findings;
}

function digitsAt(text: string, from: number, count: number): number {
  let value = 0;
  for (let i = from; i < from + count; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

function objectAgrees(object: Record<string, unknown>, rule: ConsistencyRule): boolean {
  const id = object[rule.personalId];
  if (typeof id !== "string" || id.length !== 12) return true;
  const centuryDigit = digitsAt(id, 3, 1);
  const yearDigits = digitsAt(id, 4, 2);
  if (centuryDigit < 0 || yearDigits < 0) return true;
  if (rule.dateOfBirth !== undefined) {
    const dateOfBirth = object[rule.dateOfBirth];
    if (typeof dateOfBirth === "string" && dateOfBirth.length >= 4) {
      const year = digitsAt(dateOfBirth, 0, 4);
      if (year >= 0 && year !== 1900 + (centuryDigit >> 1) * 100 + yearDigits) return false;
    }
  }
  if (rule.sex !== undefined) {
    const sex = object[rule.sex];
    if (
      (sex === "male" && (centuryDigit & 1) === 1) ||
      (sex === "female" && (centuryDigit & 1) === 0)
    )
      return false;
  }
  return true;
}

function agreesAt(value: unknown, rule: ConsistencyRule, depth: number): boolean {
  if (typeof value !== "object" || value === null) return true;
  if (depth === rule.at.length)
    return Array.isArray(value) || objectAgrees(value as Record<string, unknown>, rule);
  const step = rule.at[depth] as string;
  if (step === "*") {
    if (!Array.isArray(value)) return true;
    for (let i = 0; i < value.length; i++) if (!agreesAt(value[i], rule, depth + 1)) return false;
    return true;
  }
  if (Array.isArray(value) || !Object.hasOwn(value, step)) return true;
  return agreesAt((value as Record<string, unknown>)[step], rule, depth + 1);
}

/**
 * Whether a payload already valid against its document meets every rule: the valid path's check,
 * which allocates nothing. True implies `checkConsistency` finds nothing; false sends the payload
 * to the detailed path, which decides.
 */
export function isConsistent(value: unknown, rules: readonly ConsistencyRule[]): boolean {
  for (let i = 0; i < rules.length; i++)
    if (!agreesAt(value, rules[i] as ConsistencyRule, 0)) return false;
  return true;
}
