// Thrown by link, dedupe, linkMany and tokenize when the spec does not validate.
import type { SpecIssue } from "../spec/validate-spec.js";
import { LinkageError } from "./linkage-error.js";

/** The spec does not validate; `issues` lists every problem (as {@link validateSpec} does). */
export class InvalidSpecError extends LinkageError {
  override readonly name = "InvalidSpecError";
  readonly issues: readonly SpecIssue[];

  constructor(issues: readonly SpecIssue[]) {
    super("invalid_spec", {
      vi: `Đặc tả liên kết không hợp lệ (${issues.length} lỗi); xem issues.`,
      en: `The linkage spec is invalid (${issues.length} problems); see issues.`,
    });
    this.issues = issues;
  }
}
