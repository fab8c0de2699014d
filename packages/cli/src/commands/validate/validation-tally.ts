// Counts of one validation run, kept in memory bounded by the number of distinct issue codes.
import type { PayloadIssue, StreamRecordResult } from "@ndcvn/validators";
import type { IssueCodeCount } from "./validation-report.js";

interface CodeCount {
  issues: number;
  errors: number;
  warnings: number;
  records: number;
}

/** Tallies records and issue codes as results stream past. */
export class ValidationTally {
  total = 0;
  valid = 0;
  invalid = 0;
  withWarnings = 0;
  readonly #codes = new Map<string, CodeCount>();

  add(result: StreamRecordResult): void {
    this.total++;
    if (result.ok) {
      this.valid++;
      if (result.issues.length > 0) this.withWarnings++;
    } else this.invalid++;
    this.#addIssues(result.issues);
  }

  #addIssues(issues: readonly PayloadIssue[]): void {
    const seen = new Set<string>();
    for (const issue of issues) {
      let count = this.#codes.get(issue.code);
      if (!count) {
        count = { issues: 0, errors: 0, warnings: 0, records: 0 };
        this.#codes.set(issue.code, count);
      }
      count.issues++;
      if (issue.severity === "warning") count.warnings++;
      else count.errors++;
      if (!seen.has(issue.code)) {
        seen.add(issue.code);
        count.records++;
      }
    }
  }

  /** Every code, most frequent (by records, then issues) first, then by code. */
  codes(): IssueCodeCount[] {
    return [...this.#codes]
      .map(([code, count]) => ({ code, ...count }))
      .sort((a, b) => b.records - a.records || b.issues - a.issues || a.code.localeCompare(b.code));
  }
}
