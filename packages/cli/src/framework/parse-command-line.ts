// The command line of one command, read with `node:util` parseArgs and checked against the
// command's description: unknown options, missing values and stray arguments become CliErrors with
// stable codes (parseArgs' own errors are English-only and their wording is not stable).
import { type ParseArgsConfig, parseArgs } from "node:util";
import { CliError } from "./cli-error.js";
import type { Command, OptionSpec } from "./command.js";
import { GLOBAL_OPTIONS } from "./global-options.js";
import { closest } from "./suggest.js";

/** The options and positional arguments of a command line. */
export interface ParsedCommandLine {
  readonly options: Readonly<Record<string, string | boolean>>;
  readonly args: readonly string[];
}

/** The options of a command, with the global ones. */
export function allOptions(command: Command): Readonly<Record<string, OptionSpec>> {
  return { ...command.options, ...GLOBAL_OPTIONS };
}

function rawName(name: string, spec: OptionSpec | undefined, raw: string): string {
  return spec ? `--${name}` : raw;
}

/**
 * Parse the arguments after the command name. Throws a {@link CliError} for an unknown option, a
 * string option without a value, a value given to a flag.
 */
export function parseCommandLine(
  command: Command,
  commandLine: string,
  argv: readonly string[],
): ParsedCommandLine {
  const specs = allOptions(command);
  const config: NonNullable<ParseArgsConfig["options"]> = {};
  for (const [name, spec] of Object.entries(specs)) {
    config[name] = spec.short ? { type: spec.type, short: spec.short } : { type: spec.type };
  }
  const { values, positionals, tokens } = parseArgs({
    args: [...argv],
    options: config,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  for (const token of tokens) {
    if (token.kind !== "option") continue;
    const spec = Object.hasOwn(specs, token.name) ? specs[token.name] : undefined;
    const option = rawName(token.name, spec, token.rawName);
    if (!spec) {
      const known = Object.keys(specs).map((name) => `--${name}`);
      throw new CliError(
        "unknown_option",
        { command: commandLine, option: token.rawName },
        { suggestions: closest(token.rawName, known), usage: true },
      );
    }
    if (spec.type === "boolean" && token.value !== undefined) {
      throw new CliError("option_takes_no_value", { option }, { usage: true });
    }
    if (spec.type === "string") {
      // parseArgs takes the next argument as the value even when it is another option.
      const swallowed = token.inlineValue === false && token.value?.startsWith("--");
      if (token.value === undefined || swallowed) {
        throw new CliError("option_value_missing", { option }, { usage: true });
      }
    }
  }
  const options: Record<string, string | boolean> = {};
  for (const [name, value] of Object.entries(values)) {
    if (typeof value === "string" || typeof value === "boolean") options[name] = value;
  }
  return { options, args: positionals };
}

/**
 * Check what `--help` does not need: the number of arguments and the required options.
 */
export function checkCommandLine(
  command: Command,
  commandLine: string,
  parsed: ParsedCommandLine,
): void {
  const required = command.arguments.filter((argument) => !argument.optional);
  if (parsed.args.length > command.arguments.length) {
    throw new CliError(
      "unexpected_argument",
      { command: commandLine, count: command.arguments.length },
      { usage: true },
    );
  }
  const missing = required[parsed.args.length];
  if (missing) {
    throw new CliError("missing_argument", { argument: `<${missing.name}>` }, { usage: true });
  }
  for (const [name, spec] of Object.entries(command.options)) {
    if (spec.required && parsed.options[name] === undefined) {
      throw new CliError("missing_option", { option: `--${name}` }, { usage: true });
    }
  }
}
