// The summary of `ndc demo` as data, written to summary.json: counts, scores, rates and timings —
// never a record id or a value of the records.
import type { LinkAccuracy } from "../../linkage/accuracy.js";

/** Version of the {@link DemoSummary} shape; it changes when a field changes. */
export const DEMO_SUMMARY_VERSION = "1.0.0";

/** One database pulled through its change feed. */
export interface DemoDatabase {
  readonly database: string;
  /** Entries of the change feed read. */
  readonly changes: number;
  /** Records whose latest change is a cancellation (dropped). */
  readonly cancelled: number;
  /** Current records kept. */
  readonly records: number;
  /** Current records per schema `$id`. */
  readonly recordTypes: Readonly<Record<string, number>>;
}

/** Validation of one record type. */
export interface DemoValidation {
  readonly database: string;
  readonly schemaId: string;
  readonly records: number;
  readonly valid: number;
  readonly invalid: number;
  /** The most frequent issue codes, by records. */
  readonly topIssues: readonly { readonly code: string; readonly records: number }[];
}

/** Quality of one record type (`assessQuality`). */
export interface DemoQuality {
  readonly database: string;
  readonly schemaId: string;
  readonly records: number;
  /** Scores 0–100; `null` when not measured. */
  readonly scores: {
    readonly overall: number | null;
    readonly correct: number | null;
    readonly sufficient: number | null;
    readonly clean: number | null;
    readonly live: number | null;
  };
  /** The HTML report, relative to the output folder. */
  readonly report: string;
}

/** One linkage of a record type of insurance to the population. */
export interface DemoLinkage {
  readonly left: { readonly database: string; readonly schemaId: string; readonly records: number };
  readonly right: {
    readonly database: string;
    readonly schemaId: string;
    readonly records: number;
  };
  readonly links: number;
  readonly ambiguities: {
    readonly groups: number;
    readonly records: { readonly left: number; readonly right: number };
  };
  readonly unmatched: { readonly left: number; readonly right: number };
  readonly specHash: string;
  readonly normalizerVersion: string;
  /** Precision and recall against the sandbox's ground truth, overall and per pass. */
  readonly accuracy: LinkAccuracy;
  /** The full `LinkResult`, relative to the output folder. */
  readonly result: string;
}

/** What `ndc demo` did: written to `summary.json` in the output folder. */
export interface DemoSummary {
  readonly summaryVersion: string;
  /** `@ndcvn/cli` and its version. */
  readonly generator: string;
  readonly settings: {
    readonly people: number;
    readonly seed: number;
    /** The time quality is measured at: the date the synthetic data is as of, in Vietnam. */
    readonly now: string;
    readonly spec: string;
    readonly locale: string;
  };
  readonly databases: readonly DemoDatabase[];
  readonly validation: readonly DemoValidation[];
  readonly quality: readonly DemoQuality[];
  readonly linkages: readonly DemoLinkage[];
  /** Every linkage together. */
  readonly overall: {
    readonly links: number;
    readonly correct: number;
    readonly precision: number | null;
    readonly truePairs: number;
    readonly recall: number | null;
    readonly oneToOnePairs: number;
    readonly recallOneToOne: number | null;
  };
  /** Wall-clock milliseconds of each stage. */
  readonly timings: {
    readonly sandboxMs: number;
    /** Per database. */
    readonly pullMs: Readonly<Record<string, number>>;
    readonly validateMs: number;
    readonly qualityMs: number;
    readonly linkMs: number;
    readonly totalMs: number;
  };
  /** Files written, relative to the output folder. */
  readonly files: readonly string[];
}
