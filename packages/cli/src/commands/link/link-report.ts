// The summary of `ndc link` as data: what `--report json` prints. Counts, names and hashes only —
// never a record id or a value of the records (the full result, with ids, goes to --out).
import type { LinkResult, PassStatistics } from "@ndcvn/linkage";
import type { StreamFormat } from "@ndcvn/validators";
import type { LinkAccuracy } from "../../linkage/accuracy.js";

/** Version of the {@link LinkReport} shape; it changes when a field changes. */
export const LINK_REPORT_VERSION = "1.0.0";

/** One input of a linkage, in a {@link LinkReport}. */
export interface LinkReportInput {
  readonly file: string;
  readonly format: StreamFormat;
  /** `records` for a file of records, `tokens` for a token set of `ndc tokens`. */
  readonly kind: "records" | "tokens";
  readonly records: number;
}

/** What `ndc link --report json` prints: the linkage in counts. */
export interface LinkReport {
  readonly reportVersion: string;
  readonly left: LinkReportInput;
  readonly right: LinkReportInput;
  /** The spec as given to --spec: a preset's name or a file. */
  readonly spec: string;
  readonly specHash: string;
  readonly normalizerVersion: string;
  readonly mode: LinkResult["mode"];
  readonly links: number;
  /** Ambiguity groups, and the records whose outcome they are, per side. */
  readonly ambiguities: {
    readonly groups: number;
    readonly records: { readonly left: number; readonly right: number };
  };
  readonly unmatched: { readonly left: number; readonly right: number };
  /** Statistics per pass, in pass order. */
  readonly passes: readonly PassStatistics[];
  /** Precision and recall, with --truth; otherwise `null`. */
  readonly accuracy: LinkAccuracy | null;
  /** The file the full result was written to (--out), or `null`. */
  readonly out: string | null;
}

/** The report of a result. */
export function linkReportOf(
  result: LinkResult,
  facts: {
    readonly left: LinkReportInput;
    readonly right: LinkReportInput;
    readonly spec: string;
    readonly accuracy: LinkAccuracy | null;
    readonly out: string | null;
  },
): LinkReport {
  let left = 0;
  let right = 0;
  for (const ambiguity of result.ambiguities) {
    left += ambiguity.candidates.left.length;
    right += ambiguity.candidates.right.length;
  }
  return {
    reportVersion: LINK_REPORT_VERSION,
    left: facts.left,
    right: facts.right,
    spec: facts.spec,
    specHash: result.specHash,
    normalizerVersion: result.normalizerVersion,
    mode: result.mode,
    links: result.links.length,
    ambiguities: { groups: result.ambiguities.length, records: { left, right } },
    unmatched: { left: result.unmatched.left.length, right: result.unmatched.right.length },
    passes: result.passes,
    accuracy: facts.accuracy,
    out: facts.out,
  };
}
