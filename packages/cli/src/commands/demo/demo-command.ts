// `ndc demo`: the whole story of the SDK in one process, offline — the sandbox serves a synthetic
// population, the client pulls two national databases through their change feeds, every record is
// validated, each record type's quality is scored and reported, insurance is linked to the
// population, and the links are checked against the sandbox's ground truth.
import path from "node:path";
import { createClient, type DatabaseCode } from "@ndcvn/client";
import { startSandbox } from "@ndcvn/sandbox";
import { DEFAULT_AS_OF } from "@ndcvn/synth";
import type { CliIo } from "../../framework/cli-io.js";
import { defineCommand } from "../../framework/command.js";
import { EXIT_CODES, type ExitCode } from "../../framework/exit-codes.js";
import { formatDecimal, formatNumber, formatShare } from "../../framework/format-number.js";
import { type Locale, say } from "../../framework/locale.js";
import { parseInteger } from "../../framework/option-values.js";
import { makeFolder, writeTextFile } from "../../framework/output-file.js";
import { createProgress, NO_PROGRESS_OPTION } from "../../framework/progress.js";
import { CLI_VERSION } from "../../version.js";
import { demoMessages as m } from "./demo-messages.js";
import { bySchema, type RecordGroups, type StageContext } from "./demo-stage.js";
import { DEMO_SUMMARY_VERSION, type DemoDatabase, type DemoSummary } from "./demo-summary.js";
import { renderDemoTables, schemaLabel } from "./demo-tables.js";
import { type LinkSide, linkStage, overallOf } from "./link-stage.js";
import { type PulledDatabase, pullDatabase } from "./pull-database.js";
import { qualityStage } from "./quality-stage.js";
import { validateStage } from "./validate-stage.js";

/**
 * The population of the demo unless told otherwise: big enough to mean something (about 44,000
 * records pulled and 22,000 links), done in about half a minute on two busy cores.
 */
export const DEFAULT_DEMO_PEOPLE = 20_000;

/** The folder of the demo's files unless told otherwise. */
export const DEFAULT_DEMO_OUT = "ndc-demo";

/** Below this overall precision the demo exits 1: the linkage would be wrong, not just unlucky. */
export const PRECISION_FLOOR = 0.99;

/** The purpose of reading change feeds: synchronisation, as an agency system mirroring the NDC does. */
const SYNC_PURPOSE = "data-synchronisation";

const CLEAR_LINE = "\r\u001b[2K";
const DATABASES = ["population", "insurance"] as const satisfies readonly DatabaseCode[];
const SPEC_NAME = "vietnamesePerson";
const STAGES = 5;

export const demoCommand = defineCommand({
  name: "demo",
  summary: m.summary,
  description: m.description,
  usage: "[--people <n>] [--seed <n>] [--out <dir>] [--lang <vi|en>]",
  arguments: [],
  options: {
    people: {
      type: "string",
      short: "n",
      value: "<n>",
      description: m.optPeople,
      default: { vi: String(DEFAULT_DEMO_PEOPLE), en: String(DEFAULT_DEMO_PEOPLE) },
    },
    seed: { type: "string", value: "<n>", description: m.optSeed, default: { vi: "1", en: "1" } },
    out: {
      type: "string",
      short: "o",
      value: "<dir>",
      description: m.optOut,
      default: { vi: DEFAULT_DEMO_OUT, en: DEFAULT_DEMO_OUT },
    },
    "no-progress": NO_PROGRESS_OPTION,
  },
  findings: m.findings,
  examples: ["ndc demo", "ndc demo --people 5000 --seed 7 --out /tmp/demo --lang vi"],
  async run({ io, locale, options }) {
    const people = parseInteger(
      options.people,
      "--people",
      { min: 1, max: 1_000_000 },
      DEFAULT_DEMO_PEOPLE,
    );
    const seed = parseInteger(options.seed, "--seed", { min: 0, max: 2 ** 31 - 1 }, 1);
    const outName = options.out ?? DEFAULT_DEMO_OUT;
    await makeFolder(outName, io);
    const summary = await runDemo(io, locale, {
      people,
      seed,
      outName,
      noProgress: options["no-progress"] === true,
    });
    io.stdout.write(renderDemoTables(summary, locale));
    await writeTextFile(
      path.join(outName, "summary.json"),
      `${JSON.stringify(summary, null, 2)}\n`,
      io,
    );
    const files = [...summary.files, "summary.json"];
    io.stdout.write(`${say(m.written, locale, { path: outName, files: files.join(", ") })}\n`);
    const precision = summary.overall.precision;
    if (demoExitCode(precision) === EXIT_CODES.findings) {
      io.stdout.write(
        `${say(m.belowFloor, locale, {
          precision: formatShare(precision, locale, 2),
          floor: formatShare(PRECISION_FLOOR, locale, 0),
        })}\n`,
      );
      return EXIT_CODES.findings;
    }
    return EXIT_CODES.ok;
  },
});

/** The demo's exit code: findings (1) when the overall precision is below the floor. */
export function demoExitCode(precision: number | null): ExitCode {
  return precision !== null && precision < PRECISION_FLOOR ? EXIT_CODES.findings : EXIT_CODES.ok;
}

/** The stages of the demo; resolves to its summary (without summary.json among the files). */
async function runDemo(
  io: CliIo,
  locale: Locale,
  settings: {
    readonly people: number;
    readonly seed: number;
    readonly outName: string;
    readonly noProgress: boolean;
  },
): Promise<DemoSummary> {
  const clock = io.clock ?? (() => performance.now());
  const n = (value: number) => formatNumber(value, locale);
  const seconds = (ms: number) => formatDecimal(ms / 1000, locale, 1);
  const started = clock();
  let stage = 0;
  /** The lines of a finished stage: its number, then what it did, then how long it took. */
  const done = (lines: readonly string[], ms: number) => {
    stage++;
    lines.forEach((line, i) => {
      const number = i === 0 ? `[${stage}/${STAGES}]` : " ".repeat(`[${stage}/${STAGES}]`.length);
      const time = i === lines.length - 1 ? ` (${seconds(ms)} s)` : "";
      io.stdout.write(`${number} ${line}${time}\n`);
    });
  };
  const context: StageContext = {
    io,
    locale,
    outName: settings.outName,
    progress: (label, total) =>
      createProgress(io, locale, { label, unit: "items", total, off: settings.noProgress }),
  };
  const now = `${DEFAULT_AS_OF}T00:00:00+07:00`;

  io.stdout.write(
    `${say(m.heading, locale, { people: n(settings.people), seed: settings.seed })}\n`,
  );
  // Making the data gives no progress to show: say what is happening, then clear the line.
  const waiting = io.isTTY && !settings.noProgress;
  if (waiting) io.stderr.write(`${say(m.stageSandbox, locale)}…`);
  const sandbox = await startSandbox({ people: settings.people, seed: settings.seed }).finally(
    () => {
      if (waiting) io.stderr.write(CLEAR_LINE);
    },
  );
  try {
    const sandboxMs = clock() - started;
    done(
      [
        say(m.doneSandbox, locale, {
          url: sandbox.url,
          people: n(settings.people),
          databases: DATABASES.length,
        }),
      ],
      sandboxMs,
    );

    const { clientId, clientSecret, agency } = sandbox.credentials;
    const client = createClient(
      { baseUrl: sandbox.url, clientId, clientSecret },
      { agency, purpose: SYNC_PURPOSE },
    );
    const pulled: PulledDatabase[] = [];
    const pullMs: Record<string, number> = {};
    for (const database of DATABASES) {
      const since = clock();
      const progress = context.progress(say(m.stagePull, locale, { database }));
      try {
        pulled.push(await pullDatabase(client, database, (count) => progress.update(count)));
      } finally {
        progress.finish();
      }
      pullMs[database] = clock() - since;
    }
    done(
      pulled.map((one) =>
        say(m.donePull, locale, {
          database: one.database,
          changes: n(one.changes),
          records: n(one.records.size),
          cancelled: n(one.cancelled),
        }),
      ),
      Object.values(pullMs).reduce((a, b) => a + b, 0),
    );
    const groups: RecordGroups = new Map(
      pulled.map((one) => [one.database, bySchema(one.records.values())]),
    );
    const databases: DemoDatabase[] = pulled.map((one) => ({
      database: one.database,
      changes: one.changes,
      cancelled: one.cancelled,
      records: one.records.size,
      recordTypes: Object.fromEntries(
        [...(groups.get(one.database) ?? [])].map(([id, list]) => [id, list.length]),
      ),
    }));

    const validateStart = clock();
    const validation = validateStage(context, groups);
    const validateMs = clock() - validateStart;
    const total = validation.reduce((sum, v) => sum + v.records, 0);
    const valid = validation.reduce((sum, v) => sum + v.valid, 0);
    done(
      [
        say(m.doneValidate, locale, {
          records: n(total),
          valid: n(valid),
          invalid: n(total - valid),
        }),
      ],
      validateMs,
    );

    const qualityStart = clock();
    const quality = await qualityStage(context, groups, now);
    const qualityMs = clock() - qualityStart;
    done([say(m.doneQuality, locale, { types: quality.length, files: quality.length })], qualityMs);

    const linkStart = clock();
    const side = (database: string): LinkSide => ({
      database,
      types: groups.get(database) ?? new Map(),
      truth: sandbox.truth(database as DatabaseCode),
    });
    const linkages = await linkStage(context, side("insurance"), side("population"));
    const linkMs = clock() - linkStart;
    done(
      linkages.map((linkage) =>
        say(m.doneLink, locale, {
          left: schemaLabel(linkage.left.schemaId),
          right: linkage.right.database,
          links: n(linkage.links),
          precision: formatShare(linkage.accuracy.precision, locale, 2),
        }),
      ),
      linkMs,
    );

    return {
      summaryVersion: DEMO_SUMMARY_VERSION,
      generator: `@ndcvn/cli ${CLI_VERSION}`,
      settings: { people: settings.people, seed: settings.seed, now, spec: SPEC_NAME, locale },
      databases,
      validation,
      quality,
      linkages,
      overall: overallOf(linkages),
      timings: { sandboxMs, pullMs, validateMs, qualityMs, linkMs, totalMs: clock() - started },
      files: [...quality.map((q) => q.report), ...linkages.map((l) => l.result)],
    };
  } finally {
    await sandbox.close();
  }
}
