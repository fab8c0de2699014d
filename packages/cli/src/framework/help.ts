// `--help`: the help of `ndc` and of each command, in the user's language, from the commands'
// descriptions.
import type { Command, OptionSpec } from "./command.js";
import { GLOBAL_OPTIONS } from "./global-options.js";
import { helpMessages as h } from "./help-messages.js";
import { type Locale, say } from "./locale.js";
import { pad, textWidth, wrap } from "./text-width.js";

const WIDTH = 80;

/** Two columns: terms on the left, wrapped descriptions on the right. */
function twoColumns(rows: readonly (readonly [string, string])[]): string[] {
  const termWidth = Math.min(30, Math.max(...rows.map(([term]) => textWidth(term))));
  const out: string[] = [];
  for (const [term, text] of rows) {
    const lines = wrap(text, Math.max(30, WIDTH - termWidth - 6));
    if (textWidth(term) > termWidth) {
      out.push(`  ${term}`);
      for (const line of lines) out.push(`  ${" ".repeat(termWidth)}  ${line}`);
    } else {
      lines.forEach((line, i) => {
        out.push(`  ${pad(i === 0 ? term : "", termWidth)}  ${line}`);
      });
    }
  }
  return out;
}

function optionTerm(name: string, spec: OptionSpec): string {
  const flag = spec.short ? `-${spec.short}, --${name}` : `    --${name}`;
  return spec.value ? `${flag} ${spec.value}` : flag;
}

function optionText(spec: OptionSpec, locale: Locale): string {
  const notes: string[] = [];
  if (spec.required) notes.push(say(h.required, locale));
  if (spec.default) notes.push(say(h.defaultIs, locale, { value: spec.default[locale] }));
  const text = spec.description[locale];
  return notes.length > 0 ? `${text} (${notes.join("; ")})` : text;
}

function exitCodeRows(command: Command | undefined, locale: Locale): [string, string][] {
  const rows: [string, string][] = [["0", say(h.exitOk, locale)]];
  if (command === undefined) rows.push(["1", say(h.exitFindingsGeneric, locale)]);
  else if (command.findings) rows.push(["1", command.findings[locale]]);
  rows.push(["2", say(h.exitUsage, locale)], ["3", say(h.exitInternal, locale)]);
  return rows;
}

/** The help of `ndc`: its commands, global options and exit codes. */
export function renderMainHelp(commands: readonly Command[], locale: Locale): string {
  const lines = [
    ...wrap(say(h.tagline, locale), WIDTH),
    "",
    say(h.usage, locale),
    "  ndc <command> [arguments] [options]",
    "",
    say(h.commands, locale),
    ...twoColumns([
      ...commands.map((c): [string, string] => [c.name, c.summary[locale]]),
      ["help <command>", say(h.helpCommand, locale)],
    ]),
    "",
    say(h.globalOptions, locale),
    ...twoColumns([
      ...Object.entries(GLOBAL_OPTIONS).map(([name, spec]): [string, string] => [
        optionTerm(name, spec),
        optionText(spec, locale),
      ]),
      ["-v, --version", say(h.versionOption, locale)],
    ]),
    "",
    say(h.exitCodes, locale),
    ...twoColumns(exitCodeRows(undefined, locale)),
    "",
    say(h.moreHelp, locale),
  ];
  return `${lines.join("\n")}\n`;
}

/** The help of one command (or a group of subcommands). */
export function renderCommandHelp(command: Command, commandLine: string, locale: Locale): string {
  const lines = [`${commandLine} — ${command.summary[locale]}`];
  if (command.description) lines.push("", ...wrap(command.description[locale], WIDTH));
  lines.push("", say(h.usage, locale), `  ${commandLine} ${command.usage}`);
  if (command.subcommands) {
    lines.push(
      "",
      say(h.subcommands, locale),
      ...twoColumns(command.subcommands.map((c) => [c.name, c.summary[locale]])),
    );
  }
  if (command.arguments.length > 0) {
    lines.push(
      "",
      say(h.arguments, locale),
      ...twoColumns(command.arguments.map((a) => [`<${a.name}>`, a.description[locale]])),
    );
  }
  const options = Object.entries(command.options);
  if (options.length > 0) {
    lines.push(
      "",
      say(h.options, locale),
      ...twoColumns(
        options.map(([name, spec]) => [optionTerm(name, spec), optionText(spec, locale)]),
      ),
    );
  }
  lines.push(
    "",
    say(h.globalOptions, locale),
    ...twoColumns(
      Object.entries(GLOBAL_OPTIONS).map(([name, spec]) => [
        optionTerm(name, spec),
        optionText(spec, locale),
      ]),
    ),
  );
  if (!command.subcommands) {
    lines.push("", say(h.exitCodes, locale), ...twoColumns(exitCodeRows(command, locale)));
  }
  if (command.examples && command.examples.length > 0) {
    lines.push("", say(h.examples, locale), ...command.examples.map((example) => `  ${example}`));
  }
  return `${lines.join("\n")}\n`;
}
