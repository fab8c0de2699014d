// @ndcvn/cli — the `ndc` command, and `run` to call it in-process. Node only.
export {
  DEMO_SUMMARY_VERSION,
  type DemoDatabase,
  type DemoLinkage,
  type DemoQuality,
  type DemoSummary,
  type DemoValidation,
} from "./commands/demo/demo-summary.js";
export {
  LINK_REPORT_VERSION,
  type LinkReport,
  type LinkReportInput,
} from "./commands/link/link-report.js";
export type {
  IssueCodeCount,
  ValidationFinding,
  ValidationReport,
} from "./commands/validate/validation-report.js";
export { VALIDATION_REPORT_VERSION } from "./commands/validate/validation-report.js";
export type { CliIo, TextSink } from "./framework/cli-io.js";
export { EXIT_CODES, type ExitCode } from "./framework/exit-codes.js";
export type { Locale } from "./framework/locale.js";
export type { LinkAccuracy, PassAccuracy } from "./linkage/accuracy.js";
export { run } from "./run.js";
export { CLI_VERSION } from "./version.js";
