// How a command of `ndc` is described: its name, arguments and options (with their help, in both
// languages), and the function that runs it. The framework parses the command line, prints help and
// reports errors from this description; a command only does its work.
import type { CliIo } from "./cli-io.js";
import type { Bilingual, Locale } from "./locale.js";

/** One option of a command. */
export interface OptionSpec {
  readonly type: "string" | "boolean";
  /** One-letter alias, e.g. `s` for `-s`. */
  readonly short?: string;
  /** Placeholder of the value in help, e.g. `<id>`. */
  readonly value?: string;
  readonly description: Bilingual;
  /** The default, as shown in help. */
  readonly default?: Bilingual;
  /** The command cannot run without it (not checked when `--help` is given). */
  readonly required?: boolean;
}

/** One positional argument of a command. */
export interface ArgumentSpec {
  /** Name in help, e.g. `file`. */
  readonly name: string;
  readonly description: Bilingual;
  readonly optional?: boolean;
}

/** The options a command was given, typed from its option specs. */
export type OptionValues<O extends Readonly<Record<string, OptionSpec>>> = {
  readonly [K in keyof O]?: O[K]["type"] extends "boolean" ? boolean : string;
};

/** What a command runs with. */
export interface CommandContext<
  O extends Readonly<Record<string, OptionSpec>> = Readonly<Record<string, OptionSpec>>,
> {
  readonly io: CliIo;
  readonly locale: Locale;
  /** The command as typed in help and errors, e.g. `ndc schemas show`. */
  readonly commandLine: string;
  readonly options: OptionValues<O>;
  /** The positional arguments, in order. */
  readonly args: readonly string[];
}

/** A command (or a group of subcommands, like `ndc schemas`). */
export interface Command<
  O extends Readonly<Record<string, OptionSpec>> = Readonly<Record<string, OptionSpec>>,
> {
  readonly name: string;
  /** One line for the command list. */
  readonly summary: Bilingual;
  /** More about the command, shown in its help under the summary. */
  readonly description?: Bilingual;
  /** Arguments and options after the command name, e.g. `<file> --schema <id> [options]`. */
  readonly usage: string;
  readonly arguments: readonly ArgumentSpec[];
  readonly options: O;
  /** What exit code 1 means for this command; without it the command never exits with 1. */
  readonly findings?: Bilingual;
  readonly examples?: readonly string[];
  /** Subcommands: the command itself only groups them. */
  readonly subcommands?: readonly Command[];
  run?(context: CommandContext<O>): Promise<number>;
}

/**
 * A command, with its options' types inferred for its `run`.
 *
 * @example
 * ```ts
 * const hello = defineCommand({
 *   name: "hello", summary: { vi: "Chào", en: "Greet" }, usage: "[--loud]", arguments: [],
 *   options: { loud: { type: "boolean", description: { vi: "To", en: "Loud" } } },
 *   async run({ io, options }) { io.stdout.write(options.loud ? "HI\n" : "hi\n"); return 0; },
 * });
 * ```
 */
export function defineCommand<const O extends Readonly<Record<string, OptionSpec>>>(
  command: Command<O>,
): Command {
  return command as unknown as Command;
}
