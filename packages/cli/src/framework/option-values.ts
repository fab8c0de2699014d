// Checked values of options: a bad value is a CliError `invalid_value` naming what is expected.
import { CliError } from "./cli-error.js";

/** One of the allowed words (case-insensitive), or the default when the option is absent. */
export function parseChoice<const T extends string>(
  value: string | undefined,
  option: string,
  choices: readonly T[],
  fallback: T,
): T {
  if (value === undefined) return fallback;
  const found = choices.find((choice) => choice === value.trim().toLowerCase());
  if (found === undefined)
    throw new CliError("invalid_value", { option, expected: choices.join(", ") });
  return found;
}

/** A whole number from `min` to `max`, or the default when the option is absent. */
export function parseInteger(
  value: string | undefined,
  option: string,
  range: { readonly min: number; readonly max: number },
  fallback: number,
): number {
  if (value === undefined) return fallback;
  const text = value.trim().replaceAll("_", "");
  const number = /^[0-9]+$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isSafeInteger(number) || number < range.min || number > range.max) {
    throw new CliError("invalid_value", {
      option,
      expected: `${range.min}–${range.max}`,
    });
  }
  return number;
}

/** A CSV delimiter: one character other than a quote or a line break; `tab` or `\t` for a tab. */
export function parseDelimiter(value: string | undefined): string {
  if (value === undefined) return ",";
  const delimiter = value === "tab" || value === "\\t" ? "\t" : value;
  if ([...delimiter].length !== 1 || /["\r\n]/.test(delimiter) || delimiter.length !== 1) {
    throw new CliError("invalid_value", { option: "--delimiter", expected: ", ; | tab" });
  }
  return delimiter;
}
