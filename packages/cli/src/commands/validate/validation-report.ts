// The JSON report of `ndc validate`: a stable shape, versioned, documented in the README. It holds
// counts, codes, JSON Pointers and messages — never a value read from the records.
import type { PayloadIssue, StreamFormat } from "@ndcvn/validators";
import type { Locale } from "../../framework/locale.js";

/** Version of the {@link ValidationReport} shape; it changes when a field changes. */
export const VALIDATION_REPORT_VERSION = "1.0.0";

/** One issue code and how often it was found. */
export interface IssueCodeCount {
  readonly code: string;
  /** Issues with this code (a record may have several). */
  readonly issues: number;
  readonly errors: number;
  readonly warnings: number;
  /** Records with at least one issue of this code. */
  readonly records: number;
}

/** A record with issues: an invalid one, or a valid one with warnings. */
export interface ValidationFinding {
  /** 0-based position of the record in the input (a CSV header is not a record). */
  readonly index: number;
  /** 1-based line where the record starts. */
  readonly line: number;
  /** `false` when the record is invalid (it has errors); `true` when it has warnings only. */
  readonly valid: boolean;
  /** JSON Pointer, stable code, severity and message of each issue; `params` are facts, never values. */
  readonly issues: readonly PayloadIssue[];
}

/** The report of `ndc validate --report json`. */
export interface ValidationReport {
  readonly reportVersion: string;
  /**
   * `$id` of the schema the records were validated against; `null` when none was given and each
   * record was validated against the schema its RecordEnvelope names.
   */
  readonly schemaId: string | null;
  readonly input: {
    /** The file as given on the command line (`-` for standard input). */
    readonly file: string;
    readonly format: StreamFormat;
    readonly bytes: number;
  };
  /** Language of the messages. */
  readonly locale: Locale;
  readonly records: {
    readonly total: number;
    readonly valid: number;
    readonly invalid: number;
    /** Valid records with warnings. */
    readonly withWarnings: number;
    /** Records that came in a RecordEnvelope. */
    readonly envelopes: number;
  };
  /** Every issue code found, most frequent first. Counts cover every record. */
  readonly issueCodes: readonly IssueCodeCount[];
  /** Records with issues, in input order, until `maxIssues` issues are listed. */
  readonly findings: readonly ValidationFinding[];
  /** Whether findings were left out because `maxIssues` was reached. */
  readonly truncated: boolean;
  readonly maxIssues: number;
}
