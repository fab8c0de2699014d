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
