// Đúng: the issue codes of invalid records, with the paths where each occurs most.
import { BoundedCounter, compareText } from "./bounded-counter.js";
import { isObject } from "./json-pointer.js";
import { patternOfPath, UNKNOWN } from "./path-pattern.js";
import type { SchemaNode } from "./schema-tree.js";
import type { IssueSummary } from "./types.js";

const MAX_CODES = 500;
const MAX_PATHS_PER_CODE = 200;
const MAX_CODE_LENGTH = 100;
const PATHS_SHOWN = 5;
/** The code for issues a validator gives without a usable code, or when it fails. */
export const UNKNOWN_CODE = "unknown_issue";
const OTHER_CODES = UNKNOWN;

interface CodeTally {
  count: number;
  records: number;
  errors: number;
  warnings: number;
  paths: BoundedCounter;
}

/** A stable, short code: the validator's code, or `unknown_issue`. */
function codeOf(issue: Readonly<Record<string, unknown>>): string {
  const code = issue.code;
  if (typeof code !== "string" || code === "") return UNKNOWN_CODE;
  return code.length > MAX_CODE_LENGTH ? `${code.slice(0, MAX_CODE_LENGTH)}${UNKNOWN}` : code;
}

export class IssueTally {
  readonly #codes = new Map<string, CodeTally>();
  readonly #root: SchemaNode;

  constructor(root: SchemaNode) {
    this.#root = root;
  }

  /** Count the issues of one record. */
  add(issues: unknown): void {
    const list = Array.isArray(issues) ? issues : [];
    const seen = new Set<string>();
    for (const item of list) {
      const issue = isObject(item) ? item : {};
      let code = codeOf(issue);
      if (!this.#codes.has(code) && this.#codes.size >= MAX_CODES) code = OTHER_CODES;
      let tally = this.#codes.get(code);
      if (!tally) {
        tally = {
          count: 0,
          records: 0,
          errors: 0,
          warnings: 0,
          paths: new BoundedCounter(MAX_PATHS_PER_CODE, `/${UNKNOWN}`),
        };
        this.#codes.set(code, tally);
      }
      tally.count++;
      if (issue.severity === "warning") tally.warnings++;
      else tally.errors++;
      tally.paths.add(patternOfPath(this.#root, issue.path));
      if (!seen.has(code)) {
        seen.add(code);
        tally.records++;
      }
    }
  }

  /** Different codes seen. */
  get codes(): number {
    return this.#codes.size;
  }

  /** The most frequent codes (by records, then issues, then code). */
  top(top: number): IssueSummary[] {
    return [...this.#codes]
      .sort(
        ([codeA, a], [codeB, b]) =>
          b.records - a.records || b.count - a.count || compareText(codeA, codeB),
      )
      .slice(0, Math.max(0, top))
      .map(([code, tally]) => ({
        code,
        count: tally.count,
        records: tally.records,
        errors: tally.errors,
        warnings: tally.warnings,
        paths: tally.paths.top(PATHS_SHOWN).map(({ key, count }) => ({ path: key, count })),
      }));
  }
}
