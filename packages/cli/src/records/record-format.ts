// The layout of an input file: given with --format, or told by its extension.
import type { StreamFormat } from "@ndcvn/validators";
import { CliError } from "../framework/cli-error.js";

/** The formats `--format` accepts. */
export const RECORD_FORMATS: readonly StreamFormat[] = ["json", "ndjson", "csv"];

const EXTENSIONS: Readonly<Record<string, StreamFormat>> = {
  ".json": "json",
  ".ndjson": "ndjson",
  ".jsonl": "ndjson",
  ".csv": "csv",
};

/** The format of an input: the `--format` value, else the file's extension. */
export function recordFormat(
  file: string,
  option: string | undefined,
  optionName = "--format",
): StreamFormat {
  if (option !== undefined) {
    const format = RECORD_FORMATS.find((f) => f === option.toLowerCase());
    if (!format) {
      throw new CliError("invalid_value", { option: optionName, expected: "json, ndjson, csv" });
    }
    return format;
  }
  if (file === "-") throw new CliError("stdin_format_required");
  const match = /\.[^./\\]+$/.exec(file);
  const format = match ? EXTENSIONS[match[0].toLowerCase()] : undefined;
  if (!format) throw new CliError("unknown_format", { path: file });
  return format;
}
