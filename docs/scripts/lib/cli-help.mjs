// The CLI reference shows what `ndc --help` and `ndc <command> --help` print, captured from the
// built CLI at build time, so that the page and the program cannot disagree.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { escapeHtml } from "./html.mjs";

/** The commands of the architecture (`ndc validate | quality | link | tokens | sandbox | synth | schemas`). */
export const CLI_COMMANDS = [
  "validate",
  "quality",
  "link",
  "tokens",
  "sandbox",
  "synth",
  "schemas",
];

/**
 * The commands `ndc --help` lists under "Commands:", in its order.
 * @param {string} help
 * @returns {string[]}
 */
export function listedCommands(help) {
  const section = /^Commands:\n((?:[ \t]+\S.*\n?)+)/m.exec(help)?.[1] ?? "";
  return [...section.matchAll(/^ {2}([a-z][a-z0-9-]*)(?= {2,}| <)/gm)]
    .map((match) => match[1] ?? "")
    .filter((name) => name !== "help");
}

// Help must come back at once; a command that ignores --help and starts work is stopped.
const HELP_TIMEOUT_MS = 15_000;

/**
 * @param {string} bin
 * @param {string[]} args
 * @param {string} cwd
 * @returns {string | undefined} the help text, when the command printed one and exited with 0
 */
function helpOf(bin, args, cwd) {
  const result = spawnSync(process.execPath, [bin, ...args, "--help"], {
    cwd,
    encoding: "utf8",
    timeout: HELP_TIMEOUT_MS,
    // English, no colours, a fixed width: the page must not depend on the terminal that built it.
    env: {
      ...process.env,
      NDC_LANG: "en",
      LANG: "C",
      LC_ALL: "C",
      NO_COLOR: "1",
      FORCE_COLOR: "0",
      COLUMNS: "100",
    },
  });
  if (result.status !== 0) return undefined;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: strips terminal colour codes
  const text = `${result.stdout}`.replace(/\u001b\[[0-9;]*m/g, "").trimEnd();
  return text === "" ? undefined : text;
}

/**
 * @param {string} repoRoot
 * @param {import("./slug.mjs").Slugger} slugger
 * @param {(message: string) => void} warn
 * @returns {string}
 */
export function cliHelpHtml(repoRoot, slugger, warn) {
  const dir = path.join(repoRoot, "packages", "cli");
  const manifestFile = path.join(dir, "package.json");
  const manifest = existsSync(manifestFile) ? JSON.parse(readFileSync(manifestFile, "utf8")) : {};
  const binPath = typeof manifest.bin === "string" ? manifest.bin : manifest.bin?.ndc;
  const bin = binPath ? path.join(dir, binPath) : undefined;
  if (!bin || !existsSync(bin)) {
    warn("packages/cli is not built (no ndc binary): the CLI reference lacks the help text");
    return '<p class="notice">The help of each command is captured from the built <code>ndc</code> program; it was not built when this site was built.</p>';
  }
  const sections = [];
  const main = helpOf(bin, [], repoRoot);
  if (main === undefined) {
    warn("ndc --help printed nothing or failed: the CLI reference lacks the help text");
    return '<p class="notice">The help of each command is captured from the built <code>ndc</code> program; it printed no help when this site was built.</p>';
  }
  sections.push({ title: "ndc", text: main });
  const listed = listedCommands(main);
  for (const command of CLI_COMMANDS.filter((name) => !listed.includes(name))) {
    warn(`ndc --help does not list the ${command} command of the architecture`);
  }
  for (const command of listed) {
    const text = helpOf(bin, [command], repoRoot);
    if (text === undefined) warn(`ndc ${command} --help printed nothing or failed: left out`);
    else sections.push({ title: `ndc ${command}`, text });
  }
  return sections
    .map(
      (section) =>
        `<h3 id="${escapeHtml(slugger(section.title))}"><code>${escapeHtml(section.title)}</code></h3>\n<pre class="help"><code>${escapeHtml(section.text)}\n</code></pre>`,
    )
    .join("\n");
}
