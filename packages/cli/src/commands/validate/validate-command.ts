// `ndc validate <file> --schema <id>`: every record of a large file checked in bounded memory, each
// finding reported with its line, the counts summarised at the end.
import { validateStream } from "@ndcvn/validators";
import { CliError } from "../../framework/cli-error.js";
import { defineCommand } from "../../framework/command.js";
import { EXIT_CODES } from "../../framework/exit-codes.js";
import { checkInputFile, unreadable } from "../../framework/input-file.js";
import { say } from "../../framework/locale.js";
import { parseChoice, parseDelimiter, parseInteger } from "../../framework/option-values.js";
import {
  type AsyncTextSink,
  assertNotInput,
  FileSink,
  streamSink,
} from "../../framework/output-file.js";
import { createProgress, NO_PROGRESS_OPTION } from "../../framework/progress.js";
import { createRecordValidator } from "../../records/envelope-validator.js";
import { openRecords } from "../../records/open-records.js";
import { recordFormat } from "../../records/record-format.js";
import { resolveSchemaArgument } from "../../standard/resolve-schema.js";
import { issueLine } from "./text-report.js";
import { validateMessages as m } from "./validate-messages.js";
import { renderValidationSummary } from "./validate-summary.js";
import {
  VALIDATION_REPORT_VERSION,
  type ValidationFinding,
  type ValidationReport,
} from "./validation-report.js";
import { ValidationTally } from "./validation-tally.js";

const DEFAULT_MAX_ISSUES = 100;

export const validateCommand = defineCommand({
  name: "validate",
  summary: m.summary,
  description: m.description,
  usage: "<file> [--schema <id>] [options]",
  arguments: [{ name: "file", description: m.argFile }],
  options: {
    schema: {
      type: "string",
      short: "s",
      value: "<id>",
      description: m.optSchema,
      default: m.optSchemaDefault,
    },
    format: {
      type: "string",
      short: "f",
      value: "<json|ndjson|csv>",
      description: m.optFormat,
      default: m.optFormatDefault,
    },
    delimiter: {
      type: "string",
      value: "<char>",
      description: m.optDelimiter,
      default: { vi: ",", en: "," },
    },
    report: {
      type: "string",
      value: "<text|json>",
      description: m.optReport,
      default: { vi: "text", en: "text" },
    },
    out: { type: "string", short: "o", value: "<file>", description: m.optOut },
    "max-issues": {
      type: "string",
      value: "<n>",
      description: m.optMaxIssues,
      default: { vi: String(DEFAULT_MAX_ISSUES), en: String(DEFAULT_MAX_ISSUES) },
    },
    "no-progress": NO_PROGRESS_OPTION,
  },
  findings: m.findings,
  examples: [
    "ndc validate citizens.ndjson --schema population/Citizen",
    "ndc validate extract.csv -s insurance/HealthInsuranceCard --report json -o report.json",
    "ndc validate insurance.ndjson   # each envelope against the schema it names",
    "cat records.json | ndc validate - --format json --schema Citizen --lang vi",
  ],
  async run({ io, locale, options, args }) {
    const file = args[0] as string;
    const schema = options.schema === undefined ? undefined : resolveSchemaArgument(options.schema);
    await checkInputFile(file, io);
    const format = recordFormat(file, options.format);
    const reportKind = parseChoice(options.report, "--report", ["text", "json"], "text");
    const maxIssues = parseInteger(
      options["max-issues"],
      "--max-issues",
      { min: 0, max: Number.MAX_SAFE_INTEGER },
      DEFAULT_MAX_ISSUES,
    );
    const delimiter = parseDelimiter(options.delimiter);
    assertNotInput(options.out, file, "--out", io);
    const validator = createRecordValidator(schema?.id);
    // The input was checked first: a missing input leaves an existing report file untouched.
    const out: AsyncTextSink = options.out
      ? await FileSink.open(options.out, io)
      : streamSink(io.stdout);
    let opened: Awaited<ReturnType<typeof openRecords>>;
    try {
      opened = await openRecords(file, io, { format, delimiter, schemaId: validator.schemaId });
    } catch (error) {
      if (out instanceof FileSink) out.abandon();
      throw error;
    }
    const progress = createProgress(io, locale, {
      label: "validate",
      unit: "bytes",
      total: opened.input.size,
      off: options["no-progress"],
    });
    const tally = new ValidationTally();
    const findings: ValidationFinding[] = [];
    let listed = 0;
    let truncated = false;
    try {
      const results = validateStream(opened.source, validator, {
        format,
        locale,
        csv: opened.csv,
      });
      try {
        for await (const result of results) {
          tally.add(result);
          progress.update(opened.input.bytesRead(), tally.total);
          if (result.issues.length === 0) continue;
          if (listed >= maxIssues) {
            truncated = true;
            continue;
          }
          const shown = result.issues.slice(0, maxIssues - listed);
          listed += shown.length;
          if (shown.length < result.issues.length) truncated = true;
          if (reportKind === "json") {
            findings.push({
              index: result.index,
              line: result.line,
              valid: result.ok,
              issues: shown,
            });
          } else {
            for (const issue of shown) await out.write(issueLine(file, result.line, issue, locale));
          }
        }
      } catch (error) {
        if (error instanceof CliError) throw error;
        throw unreadable(file, error);
      }
      progress.finish();
      const report: ValidationReport = {
        reportVersion: VALIDATION_REPORT_VERSION,
        schemaId: validator.schemaId ?? null,
        input: { file, format, bytes: opened.input.bytesRead() },
        locale,
        records: {
          total: tally.total,
          valid: tally.valid,
          invalid: tally.invalid,
          withWarnings: tally.withWarnings,
          envelopes: validator.envelopes,
        },
        issueCodes: tally.codes(),
        findings,
        truncated,
        maxIssues,
      };
      const summary = renderValidationSummary(report, locale);
      if (reportKind === "json") {
        await out.write(`${JSON.stringify(report, null, 2)}\n`);
      } else {
        if (truncated) await out.write(`${say(m.truncated, locale, { count: listed })}\n`);
        await out.write(summary);
      }
      await out.close();
      if (options.out) {
        io.stdout.write(summary);
        io.stdout.write(`${say(m.reportWritten, locale, { path: options.out })}\n`);
      }
      return tally.invalid > 0 ? EXIT_CODES.findings : EXIT_CODES.ok;
    } catch (error) {
      if (out instanceof FileSink) out.abandon();
      throw error;
    } finally {
      progress.finish();
    }
  },
});
