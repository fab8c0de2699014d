// `ndc quality <file> --schema <id>`: the four-aim quality report of a file, streamed through
// assessQuality, as a summary table and, on request, HTML and JSON files.
import {
  assessQuality,
  type PayloadValidator,
  renderQualityReport,
  validateStream,
} from "@ndcvn/validators";
import { CliError } from "../../framework/cli-error.js";
import { defineCommand } from "../../framework/command.js";
import { EXIT_CODES } from "../../framework/exit-codes.js";
import { checkInputFile, unreadable as unreadableFile } from "../../framework/input-file.js";
import { say } from "../../framework/locale.js";
import { parseDelimiter, parseInteger } from "../../framework/option-values.js";
import { assertNotInput, FileSink } from "../../framework/output-file.js";
import { createProgress, NO_PROGRESS_OPTION } from "../../framework/progress.js";
import { openRecords } from "../../records/open-records.js";
import { recordFormat } from "../../records/record-format.js";
import { resolveSchemaArgument } from "../../standard/resolve-schema.js";
import { validateMessages } from "../validate/validate-messages.js";
import { qualityMessages as m } from "./quality-messages.js";
import { renderQualitySummary } from "./quality-summary.js";

/** Reads records without judging them: assessQuality does the judging. */
const READ_ONLY: Pick<PayloadValidator, "validate"> = {
  validate: (value) => ({ ok: true, value, issues: [] }),
};

/** Lines of unreadable records named in the summary. */
const LISTED_LINES = 10;

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/i;

/** The `--now` value as a date-time assessQuality takes; a bare date is midnight in Vietnam. */
export function parseNow(value: string | undefined, clock: () => Date): string {
  if (value === undefined) return clock().toISOString();
  const text = value.trim();
  const dateTime = /^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T00:00:00+07:00` : text;
  if (!RFC3339.test(dateTime) || Number.isNaN(Date.parse(dateTime))) {
    throw new CliError("invalid_value", { option: "--now", expected: m.nowExpected });
  }
  return dateTime;
}

export const qualityCommand = defineCommand({
  name: "quality",
  summary: m.summary,
  description: m.description,
  usage: "<file> --schema <id> [--html <file>] [--json <file>] [options]",
  arguments: [{ name: "file", description: m.argFile }],
  options: {
    schema: {
      type: "string",
      short: "s",
      value: "<id>",
      description: validateMessages.optSchema,
      required: true,
    },
    html: { type: "string", value: "<file>", description: m.optHtml },
    json: { type: "string", value: "<file>", description: m.optJson },
    format: {
      type: "string",
      short: "f",
      value: "<json|ndjson|csv>",
      description: validateMessages.optFormat,
      default: validateMessages.optFormatDefault,
    },
    delimiter: {
      type: "string",
      value: "<char>",
      description: validateMessages.optDelimiter,
      default: { vi: ",", en: "," },
    },
    now: { type: "string", value: "<date-time>", description: m.optNow, default: m.optNowDefault },
    "freshness-days": {
      type: "string",
      value: "<n>",
      description: m.optFreshness,
      default: { vi: "365", en: "365" },
    },
    "no-progress": NO_PROGRESS_OPTION,
  },
  findings: m.findings,
  examples: [
    "ndc quality citizens.ndjson --schema population/Citizen --html quality.html",
    "ndc quality extract.csv -s Taxpayer --json quality.json --now 2026-01-01 --lang vi",
  ],
  async run({ io, locale, options, args }) {
    const file = args[0] as string;
    const schema = resolveSchemaArgument(options.schema as string);
    await checkInputFile(file, io);
    const format = recordFormat(file, options.format);
    const delimiter = parseDelimiter(options.delimiter);
    const now = parseNow(options.now, () => new Date());
    const freshnessDays = parseInteger(
      options["freshness-days"],
      "--freshness-days",
      { min: 0, max: 36_500 },
      365,
    );
    assertNotInput(options.html, file, "--html", io);
    assertNotInput(options.json, file, "--json", io);
    // The input was checked first: a missing input leaves existing reports untouched.
    const html = options.html ? await FileSink.open(options.html, io) : undefined;
    let json: FileSink | undefined;
    let opened: Awaited<ReturnType<typeof openRecords>>;
    try {
      json = options.json ? await FileSink.open(options.json, io) : undefined;
      opened = await openRecords(file, io, { format, delimiter, schemaId: schema.id });
    } catch (error) {
      html?.abandon();
      json?.abandon();
      throw error;
    }
    const progress = createProgress(io, locale, {
      label: "quality",
      unit: "bytes",
      total: opened.input.size,
      off: options["no-progress"],
    });
    let read = 0;
    let unreadable = 0;
    const unreadableLines: number[] = [];
    const unreadableCodes = new Map<string, number>();
    async function* records(): AsyncGenerator<unknown> {
      const results = validateStream(opened.source, READ_ONLY, {
        format,
        locale,
        csv: opened.csv,
      });
      try {
        for await (const result of results) {
          progress.update(opened.input.bytesRead(), ++read);
          if (result.ok) {
            yield result.value;
            continue;
          }
          unreadable++;
          if (unreadableLines.length < LISTED_LINES) unreadableLines.push(result.line);
          for (const issue of result.issues) {
            unreadableCodes.set(issue.code, (unreadableCodes.get(issue.code) ?? 0) + 1);
          }
        }
      } catch (error) {
        throw error instanceof CliError ? error : unreadableFile(file, error);
      }
    }
    try {
      const report = await assessQuality(records(), schema.id, { now, freshnessDays });
      progress.finish();
      io.stdout.write(renderQualitySummary(report, { file, unreadable }, locale));
      if (unreadable > 0) {
        const lines =
          unreadableLines.join(", ") + (unreadable > unreadableLines.length ? ", …" : "");
        io.stdout.write(`${say(m.unreadableLines, locale, { lines })}\n`);
      }
      if (html) {
        await html.write(renderQualityReport(report, { locale }));
        await html.close();
        io.stdout.write(`${say(m.written, locale, { path: options.html as string })}\n`);
      }
      if (json) {
        const input = {
          file,
          format,
          bytes: opened.input.bytesRead(),
          unreadable: {
            records: unreadable,
            lines: unreadableLines,
            codes: Object.fromEntries(unreadableCodes),
          },
        };
        await json.write(`${JSON.stringify({ ...report, input }, null, 2)}\n`);
        await json.close();
        io.stdout.write(`${say(m.written, locale, { path: options.json as string })}\n`);
      }
      return report.correct.invalid > 0 || unreadable > 0 ? EXIT_CODES.findings : EXIT_CODES.ok;
    } catch (error) {
      html?.abandon();
      json?.abandon();
      throw error;
    } finally {
      progress.finish();
    }
  },
});
