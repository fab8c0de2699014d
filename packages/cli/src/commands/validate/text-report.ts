// The text report of `ndc validate`: one line per issue, `file:line: severity code at /pointer:
// message` (the form editors and CI logs turn into links).
import type { PayloadIssue } from "@ndcvn/validators";
import { type Locale, say } from "../../framework/locale.js";
import { validateMessages as m } from "./validate-messages.js";

/** The line of one issue of the record at `line`. */
export function issueLine(file: string, line: number, issue: PayloadIssue, locale: Locale): string {
  const severity = say(
    issue.severity === "warning" ? m.severity_warning : m.severity_error,
    locale,
  );
  const where = issue.path === "" ? say(m.recordItself, locale) : issue.path;
  return `${file}:${line}: ${severity} ${issue.code} ${say(m.at, locale)} ${where}: ${issue.message}\n`;
}
