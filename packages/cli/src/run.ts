// One run of `ndc`: choose the language, find the command, parse its command line, run it, and turn
// every error into one line on stderr with a stable code and the documented exit code.
import { COMMANDS } from "./commands/registry.js";
import { CliError, isCliError } from "./framework/cli-error.js";
import type { CliIo } from "./framework/cli-io.js";
import type { Command, CommandContext } from "./framework/command.js";
import { errorMessages, hintMessages } from "./framework/error-messages.js";
import { EXIT_CODES } from "./framework/exit-codes.js";
import { renderCommandHelp, renderMainHelp } from "./framework/help.js";
import { type Locale, localeFromEnv, parseLocale, say } from "./framework/locale.js";
import { checkCommandLine, parseCommandLine } from "./framework/parse-command-line.js";
import { closest } from "./framework/suggest.js";
import { CLI_VERSION } from "./version.js";

/** The command being run, for the usage line of an error. */
interface Current {
  command: Command | undefined;
  commandLine: string;
}

/** The `--lang` of the command line (before `--`), if any. */
function findLang(argv: readonly string[]): string | undefined {
  let lang: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === "--") break;
    if (arg === "--lang") lang = argv[i + 1] ?? "";
    else if (arg.startsWith("--lang=")) lang = arg.slice("--lang=".length);
  }
  return lang;
}

/** The arguments without global options written before the command name. */
function leadingGlobalsRemoved(argv: readonly string[]): string[] {
  const rest = [...argv];
  while (rest.length > 0) {
    if (rest[0] === "--lang") rest.splice(0, 2);
    else if (rest[0]?.startsWith("--lang=")) rest.splice(0, 1);
    else break;
  }
  return rest;
}

function reportError(error: CliError, locale: Locale, io: CliIo, current: Current): void {
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(error.params)) {
    params[name] = typeof value === "object" ? value[locale] : value;
  }
  const parts = [say(errorMessages[error.code], locale, params)];
  const { suggestions, usage, schemas } = error.hints;
  if (suggestions && suggestions.length > 0) {
    parts.push(say(hintMessages.did_you_mean, locale, { candidates: suggestions.join(", ") }));
  }
  if (schemas) parts.push(say(hintMessages.see_schemas, locale));
  const lines = [`ndc: ${parts.join(" ")} [${error.code}]`];
  for (const detail of error.hints.details ?? []) {
    lines.push(`  ${typeof detail === "string" ? detail : detail[locale]}`);
  }
  if (usage) {
    const usageText = current.command
      ? `${current.commandLine} ${current.command.usage}`
      : "ndc <command> [arguments] [options]";
    lines.push(say(hintMessages.usage, locale, { usage: usageText }));
    lines.push(say(hintMessages.see_help, locale, { command: current.commandLine }));
  }
  io.stderr.write(`${lines.join("\n")}\n`);
}

function findCommand(name: string, commands: readonly Command[], commandLine: string): Command {
  const command = commands.find((c) => c.name === name);
  if (command) return command;
  throw new CliError(
    "unknown_command",
    { command: `${commandLine} ${name}`.replace(/^ndc /, "") },
    {
      suggestions: closest(
        name,
        commands.map((c) => c.name),
      ),
      usage: true,
    },
  );
}

async function dispatch(argv: readonly string[], io: CliIo, locale: Locale, current: Current) {
  const rest = leadingGlobalsRemoved(argv);
  const first = rest[0];
  if (first === undefined) throw new CliError("missing_command", {}, { usage: true });
  if (first === "--help" || first === "-h") {
    io.stdout.write(renderMainHelp(COMMANDS, locale));
    return EXIT_CODES.ok;
  }
  if (first === "--version" || first === "-v") {
    io.stdout.write(`${CLI_VERSION}\n`);
    return EXIT_CODES.ok;
  }
  // `ndc help validate` is `ndc validate --help`.
  const asHelp = first === "help";
  const words = asHelp ? rest.slice(1) : rest;
  if (asHelp && words.length === 0) {
    io.stdout.write(renderMainHelp(COMMANDS, locale));
    return EXIT_CODES.ok;
  }
  let commands = COMMANDS;
  let index = 0;
  let command: Command;
  for (;;) {
    command = findCommand(words[index] as string, commands, current.commandLine);
    current.command = command;
    current.commandLine = `${current.commandLine} ${command.name}`;
    index++;
    const next = words[index];
    if (!command.subcommands || next === undefined || next.startsWith("-")) break;
    commands = command.subcommands;
  }
  const parsed = parseCommandLine(command, current.commandLine, words.slice(index));
  if (asHelp || parsed.options.help === true) {
    io.stdout.write(renderCommandHelp(command, current.commandLine, locale));
    return EXIT_CODES.ok;
  }
  if (command.subcommands || !command.run) {
    throw new CliError("missing_command", {}, { usage: true });
  }
  checkCommandLine(command, current.commandLine, parsed);
  return command.run({
    io,
    locale,
    commandLine: current.commandLine,
    // Each value has its option's type: parseCommandLine checked them against the same specs.
    options: parsed.options as CommandContext["options"],
    args: parsed.args,
  });
}

/**
 * Run `ndc` with the arguments after the program name and resolve to its exit code (see
 * {@link EXIT_CODES}). Output goes to `io.stdout`, errors and progress to `io.stderr`; nothing is
 * taken from `process`, so tests and other programs can run commands in-process. Never rejects.
 *
 * @example
 * ```ts
 * import { run } from "@ndcvn/cli";
 * const code = await run(["validate", "citizens.ndjson", "--schema", "population/Citizen"], {
 *   stdout: process.stdout,
 *   stderr: process.stderr,
 *   env: process.env,
 *   cwd: process.cwd(),
 *   isTTY: false,
 * });
 * process.exitCode = code;
 * ```
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  let locale = localeFromEnv(io.env);
  const current: Current = { command: undefined, commandLine: "ndc" };
  try {
    const lang = findLang(argv);
    if (lang !== undefined) {
      const chosen = parseLocale(lang);
      if (!chosen) throw new CliError("invalid_value", { option: "--lang", expected: "vi, en" });
      locale = chosen;
    }
    return await dispatch(argv, io, locale, current);
  } catch (error) {
    if (isCliError(error)) {
      reportError(error, locale, io, current);
      return EXIT_CODES.usage;
    }
    // A bug: say so without the error's text, which could quote data.
    const reason = error instanceof Error ? error.name : typeof error;
    reportError(new CliError("internal_error", { reason }), locale, io, current);
    if (io.env.NDC_DEBUG && error instanceof Error) io.stderr.write(`${error.stack ?? ""}\n`);
    return EXIT_CODES.internal;
  }
}
