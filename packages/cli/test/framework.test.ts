// The framework of `ndc`: help, version, language, command-line errors, exit codes, progress bars
// and tables.
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from "vitest";
import { COMMANDS } from "../src/commands/registry.js";
import { errorMessages } from "../src/framework/error-messages.js";
import { localeFromEnv, parseLocale } from "../src/framework/locale.js";
import { ProgressBar } from "../src/framework/progress-bar.js";
import { closest } from "../src/framework/suggest.js";
import { renderTable } from "../src/framework/table.js";
import { textWidth } from "../src/framework/text-width.js";
import { CLI_VERSION, type CliIo, EXIT_CODES, type ExitCode, run } from "../src/index.js";
import { temporaryFolder } from "./helpers/fixtures.js";
import { runCli, steppingClock } from "./helpers/run-cli.js";

const packageJson = JSON.parse(
  readFileSync(new URL("../package.json", import.meta.url), "utf8"),
) as { version: string };

describe("ndc --help and --version", () => {
  it("lists the commands of this release, the global options and the exit codes", async () => {
    const { code, stdout, stderr } = await runCli(["--help"]);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    for (const name of [
      "validate",
      "quality",
      "link",
      "tokens",
      "sandbox",
      "synth",
      "schemas",
      "demo",
    ]) {
      expect(stdout).toMatch(new RegExp(`^  ${name} `, "m"));
    }
    expect(stdout).toContain("--lang <vi|en>");
    expect(stdout).toMatch(/^ {2}0 {2}success$/m);
    expect(stdout).toMatch(/^ {2}1 {2}findings: the data has invalid records/m);
    expect(stdout).toMatch(/linkage\s+precision below 99% \(demo\)/);
    expect(stdout).toMatch(/^ {2}2 {2}usage or input error/m);
    expect(stdout).toMatch(/^ {2}3 {2}internal error/m);
  });

  it("is Vietnamese with --lang vi, with LANG=vi_VN.UTF-8, and NDC_LANG wins over LANG", async () => {
    const byOption = await runCli(["--help", "--lang", "vi"]);
    expect(byOption.stdout).toContain("Cách dùng:");
    expect(byOption.stdout).toContain("Mã thoát:");
    const byEnv = await runCli(["-h"], { env: { LANG: "vi_VN.UTF-8" } });
    expect(byEnv.stdout).toBe(byOption.stdout);
    const overridden = await runCli(["-h"], { env: { LANG: "vi_VN.UTF-8", NDC_LANG: "en" } });
    expect(overridden.stdout).toContain("Usage:");
    const optionWins = await runCli(["-h", "--lang=en"], { env: { NDC_LANG: "vi" } });
    expect(optionWins.stdout).toContain("Usage:");
  });

  it("prints the version of package.json", async () => {
    expect(CLI_VERSION).toBe(packageJson.version);
    for (const flag of ["--version", "-v"]) {
      const { code, stdout } = await runCli([flag]);
      expect(code).toBe(0);
      expect(stdout).toBe(`${packageJson.version}\n`);
    }
  });

  it("has --help on every command and subcommand, and `ndc help <command>` is the same", async () => {
    const lines: string[][] = [];
    for (const command of COMMANDS) {
      lines.push([command.name]);
      for (const sub of command.subcommands ?? []) lines.push([command.name, sub.name]);
    }
    expect(lines.length).toBeGreaterThanOrEqual(7);
    for (const words of lines) {
      const help = await runCli([...words, "--help"]);
      expect(help.code, words.join(" ")).toBe(0);
      expect(help.stdout).toContain(`ndc ${words.join(" ")} — `);
      expect(help.stdout).toContain("Usage:");
      expect((await runCli(["help", ...words])).stdout).toBe(help.stdout);
      const vi = await runCli([...words, "-h", "--lang", "vi"]);
      expect(vi.stdout).toContain("Cách dùng:");
    }
  });

  it("documents what exit code 1 means only for commands that report findings", async () => {
    expect((await runCli(["validate", "--help"])).stdout).toMatch(
      /^ {2}1 {2}some records are invalid$/m,
    );
    expect((await runCli(["synth", "--help"])).stdout).not.toMatch(/^ {2}1 {2}/m);
  });
});

describe("command-line errors", () => {
  it("a missing command: exit 2, one error line with its code, then the usage", async () => {
    const { code, stdout, stderr } = await runCli([]);
    expect(code).toBe(EXIT_CODES.usage);
    expect(stdout).toBe("");
    const [first, usage] = stderr.split("\n");
    expect(first).toBe("ndc: A command is missing. [missing_command]");
    expect(usage).toBe("Usage: ndc <command> [arguments] [options]");
  });

  it("an unknown command, with the closest one, in English and Vietnamese", async () => {
    const en = await runCli(["valdate", "x.ndjson"]);
    expect(en.code).toBe(2);
    expect(en.stderr.split("\n")[0]).toBe(
      "ndc: There is no command “valdate”. Did you mean: validate? [unknown_command]",
    );
    const vi = await runCli(["valdate", "x.ndjson", "--lang", "vi"]);
    expect(vi.stderr.split("\n")[0]).toBe(
      "ndc: Không có lệnh “valdate”. Có phải ý bạn là: validate? [unknown_command]",
    );
    expect(vi.stderr).toContain("Cách dùng: ndc <command> [arguments] [options]");
  });

  it("an unknown option, with the closest one and the command's usage", async () => {
    const { code, stderr } = await runCli(["validate", "a.ndjson", "--schme", "Citizen"]);
    expect(code).toBe(2);
    expect(stderr).toBe(
      [
        "ndc: The command ndc validate has no option --schme. Did you mean: --schema? [unknown_option]",
        "Usage: ndc validate <file> [--schema <id>] [options]",
        "See “ndc validate --help” for more.",
        "",
      ].join("\n"),
    );
  });

  it("a string option without its value, and a flag given a value", async () => {
    const missing = await runCli(["validate", "a.ndjson", "--schema"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("The option --schema needs a value. [option_value_missing]");
    // The next option is not taken as the value.
    const swallowed = await runCli(["validate", "a.ndjson", "--schema", "--report", "json"]);
    expect(swallowed.stderr).toContain("[option_value_missing]");
    const flag = await runCli(["schemas", "list", "--json=yes"]);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toContain("The option --json takes no value. [option_takes_no_value]");
  });

  it("a bad --lang is a bad value", async () => {
    const { code, stderr } = await runCli(["--help", "--lang", "fr"]);
    expect(code).toBe(2);
    expect(stderr).toContain(
      "The value of --lang is not valid: it must be vi, en. [invalid_value]",
    );
  });

  it("a missing subcommand shows the group's usage", async () => {
    const { code, stderr } = await runCli(["schemas"]);
    expect(code).toBe(2);
    expect(stderr).toContain("Usage: ndc schemas list|show|export [arguments] [options]");
    const unknown = await runCli(["schemas", "lst"]);
    expect(unknown.stderr.split("\n")[0]).toBe(
      "ndc: There is no command “schemas lst”. Did you mean: list? [unknown_command]",
    );
  });

  it("every error code has a message in both languages", () => {
    for (const [code, text] of Object.entries(errorMessages)) {
      expect(text.vi, code).not.toBe("");
      expect(text.en, code).not.toBe("");
      expect(text.vi).not.toBe(text.en);
    }
  });

  it("a failure inside ndc is exit 3, without the failure's own text", async () => {
    let stderr = "";
    const io: CliIo = {
      stdout: {
        write() {
          throw new Error("secret 001099012345");
        },
      },
      stderr: { write: (text: string) => (stderr += text) },
      env: {},
      cwd: process.cwd(),
      isTTY: false,
    };
    const code = await run(["--version"], io);
    expect(code).toBe(EXIT_CODES.internal);
    expect(stderr).toBe("ndc: Internal error in ndc (Error). Please report it. [internal_error]\n");
    expectTypeOf(code).toEqualTypeOf<number>();
    expectTypeOf(EXIT_CODES.findings).toEqualTypeOf<1>();
    expectTypeOf<ExitCode>().toEqualTypeOf<0 | 1 | 2 | 3>();
  });
});

describe("run never rejects", () => {
  let folder: Awaited<ReturnType<typeof temporaryFolder>>;
  beforeAll(async () => {
    folder = await temporaryFolder();
  });
  afterAll(() => folder.remove());

  it("answers any command line with 0, 1 or 2, and errors as `ndc:` lines", async () => {
    const word = fc.oneof(
      fc.constantFrom("validate", "quality", "schemas", "list", "show", "help", "--help"),
      fc.constantFrom("--schema", "-s", "--format", "--report", "--lang", "--json", "--", "-"),
      fc.string({ maxLength: 8 }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(word, { maxLength: 5 }), async (argv) => {
        const { code, stderr } = await runCli(argv, { cwd: folder.dir });
        expect([0, 1, 2]).toContain(code);
        if (code === 2) expect(stderr.startsWith("ndc: ")).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});

describe("language from the environment", () => {
  it.each([
    [{}, "en"],
    [{ LANG: "vi_VN.UTF-8" }, "vi"],
    [{ LANG: "en_US.UTF-8" }, "en"],
    [{ LANG: "C.UTF-8" }, "en"],
    [{ LC_ALL: "vi_VN", LANG: "en_US" }, "vi"],
    [{ LC_ALL: "en_US", LANG: "vi_VN" }, "en"],
    [{ NDC_LANG: "vi", LC_ALL: "en_US" }, "vi"],
    [{ NDC_LANG: "xx", LANG: "vi_VN" }, "vi"],
  ])("%o gives %s", (env, locale) => {
    expect(localeFromEnv(env)).toBe(locale);
  });

  it("reads --lang values", () => {
    expect(parseLocale("VI")).toBe("vi");
    expect(parseLocale("en-GB")).toBe("en");
    expect(parseLocale("fr")).toBeUndefined();
  });
});

describe("progress bar", () => {
  const bar = (enabled: boolean, total?: number) => {
    let written = "";
    const progress = new ProgressBar({
      sink: { write: (text: string) => (written += text) },
      enabled,
      locale: "en",
      label: "validate",
      unit: "bytes",
      ...(total === undefined ? {} : { total }),
      clock: steppingClock(),
    });
    return { progress, output: () => written };
  };

  it("draws in place on a terminal and clears its line at the end", () => {
    const { progress, output } = bar(true, 2_000_000);
    progress.update(1_000_000, 500);
    progress.update(2_000_000, 1000);
    progress.finish();
    const text = output();
    expect(text).toContain("\r\u001b[2Kvalidate ▕");
    expect(text).toContain(" 50%  1 MB / 2 MB");
    expect(text).toContain("100%  2 MB / 2 MB");
    expect(text).toMatch(/records\/s/);
    expect(text.endsWith("\r\u001b[2K")).toBe(true);
    expect(text).not.toContain("\n");
  });

  it("shows the amount read when the total is unknown (standard input)", () => {
    const { progress } = bar(true);
    progress.update(1500, 10);
    expect(progress.render()).toMatch(/^validate {2}1\.5 KB {2}\d+ records\/s$/);
  });

  it("writes nothing when it is off", () => {
    const { progress, output } = bar(false, 10);
    progress.update(5);
    progress.stage("other");
    progress.finish();
    expect(output()).toBe("");
  });
});

describe("tables and close matches", () => {
  it("aligns columns by what the terminal shows, decomposed Vietnamese included", () => {
    const decomposed = "Hòa".normalize("NFD");
    expect(textWidth(decomposed)).toBe(3);
    const text = renderTable({
      header: ["Name", "Count"],
      rows: [
        [decomposed, "1"],
        ["Nguyễn", "12,345"],
      ],
      numeric: [1],
    });
    const widths = text
      .trimEnd()
      .split("\n")
      .map((line) => textWidth(line));
    expect(new Set(widths).size).toBe(1);
    expect(text).toContain("│      1 │");
  });

  it("suggests close names, best first", () => {
    expect(closest("valdate", ["validate", "quality", "synth"])).toEqual(["validate"]);
    expect(closest("citizen", ["population/Citizen", "tax/Taxpayer"])).toEqual([
      "population/Citizen",
    ]);
    expect(closest("zzzzzz", ["validate"])).toEqual([]);
  });
});
