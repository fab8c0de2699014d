// `ndc link <left> <right> --spec <spec>`: two files of records (or two token sets) streamed into
// the linkage engine of @ndcvn/linkage, the whole result written to --out, a summary printed —
// with precision and recall when the ground truth is given.
import { type LinkResult, link } from "@ndcvn/linkage";
import { defineCommand } from "../../framework/command.js";
import { EXIT_CODES } from "../../framework/exit-codes.js";
import { checkInputFile } from "../../framework/input-file.js";
import { writeJson } from "../../framework/json-output.js";
import { type Locale, say } from "../../framework/locale.js";
import { parseChoice, parseDelimiter } from "../../framework/option-values.js";
import { assertNotInput, checkOutputFolder, FileSink } from "../../framework/output-file.js";
import { createProgress, NO_PROGRESS_OPTION } from "../../framework/progress.js";
import { linkAccuracy } from "../../linkage/accuracy.js";
import { type LinkInput, openLinkInput } from "../../linkage/link-input.js";
import { linkageInputError } from "../../linkage/linkage-errors.js";
import { PRESET_NAMES, resolveSpecArgument } from "../../linkage/spec-argument.js";
import { checkTruthFiles, readTruthFiles, truthFilesOf } from "../../linkage/truth-file.js";
import { recordFormat } from "../../records/record-format.js";
import { validateMessages } from "../validate/validate-messages.js";
import { linkMessages as m } from "./link-messages.js";
import { type LinkReportInput, linkReportOf } from "./link-report.js";
import { renderLinkSummary } from "./link-summary.js";

const presetList = PRESET_NAMES.join(", ");

/** The source names `link` reads the two inputs as: the spec's first two, or left and right. */
function sourceNamesOf(spec: { readonly sources?: readonly { readonly name: string }[] }) {
  return [spec.sources?.[0]?.name ?? "left", spec.sources?.[1]?.name ?? "right"] as const;
}

function reportInput(input: LinkInput): LinkReportInput {
  return {
    file: input.file,
    format: input.format,
    kind: input.tokens ? "tokens" : "records",
    records: input.tokens ? input.tokens.records.length : input.count,
  };
}

export const linkCommand = defineCommand({
  name: "link",
  summary: m.summary,
  description: m.description,
  usage: "<left> <right> --spec <file.json|preset> [--out <file>] [options]",
  arguments: [
    { name: "left", description: m.argLeft },
    { name: "right", description: m.argRight },
  ],
  options: {
    spec: {
      type: "string",
      value: "<file|preset>",
      description: {
        vi: m.optSpec.vi.replace("{presets}", presetList),
        en: m.optSpec.en.replace("{presets}", presetList),
      },
      required: true,
    },
    out: { type: "string", short: "o", value: "<file>", description: m.optOut },
    report: {
      type: "string",
      value: "<text|json>",
      description: m.optReport,
      default: { vi: "text", en: "text" },
    },
    "left-format": {
      type: "string",
      value: "<json|ndjson|csv>",
      description: m.optLeftFormat,
      default: validateMessages.optFormatDefault,
    },
    "right-format": {
      type: "string",
      value: "<json|ndjson|csv>",
      description: m.optRightFormat,
      default: validateMessages.optFormatDefault,
    },
    delimiter: {
      type: "string",
      value: "<char>",
      description: validateMessages.optDelimiter,
      default: { vi: ",", en: "," },
    },
    "id-field": {
      type: "string",
      value: "<path>",
      description: m.optIdField,
      default: m.optIdFieldDefault,
    },
    truth: { type: "string", value: "<file[,file]>", description: m.optTruth },
    "no-progress": NO_PROGRESS_OPTION,
  },
  examples: [
    "ndc link insurance.ndjson population.ndjson --spec vietnamesePerson --out links.json",
    "ndc link a.csv b.csv --spec my-spec.json --id-field maHoSo --report json",
    "ndc link insurance.ndjson population.ndjson --spec vietnamesePerson --truth insurance.truth.csv,population.truth.csv",
    "ndc link ours.tokens.json theirs.tokens.json --spec vietnamesePerson -o links.json",
  ],
  async run({ io, locale, options, args }) {
    const [leftFile, rightFile] = args as [string, string];
    const leftSize = await checkInputFile(leftFile, io);
    const rightSize = await checkInputFile(rightFile, io);
    const leftFormat = recordFormat(leftFile, options["left-format"], "--left-format");
    const rightFormat = recordFormat(rightFile, options["right-format"], "--right-format");
    const delimiter = parseDelimiter(options.delimiter);
    const reportKind = parseChoice(options.report, "--report", ["text", "json"], "text");
    const truthFiles = truthFilesOf(options.truth);
    await checkTruthFiles(truthFiles, io);
    const chosen = await resolveSpecArgument(options.spec as string, io, {
      idField: options["id-field"],
    });
    assertNotInput(options.out, leftFile, "--out", io);
    assertNotInput(options.out, rightFile, "--out", io);
    const truth = truthFiles.length > 0 ? await readTruthFiles(truthFiles, io) : undefined;

    const progress = createProgress(io, locale, {
      label: say(m.stageReading, locale),
      unit: "bytes",
      total: leftSize === undefined || rightSize === undefined ? undefined : leftSize + rightSize,
      off: options["no-progress"],
    });
    if (options.out) await checkOutputFolder(options.out, io);
    let out: FileSink | undefined;
    try {
      const result = await runLink(io, locale, chosen.spec, progress, {
        left: { file: leftFile, format: leftFormat },
        right: { file: rightFile, format: rightFormat },
        delimiter,
      });
      progress.finish();
      // Opened only now: a run that fails on its input leaves an existing result file untouched.
      if (options.out) {
        out = await FileSink.open(options.out, io);
        await writeJson(out, result.result);
        await out.close();
      }
      const accuracy = truth ? linkAccuracy(result.result, (_side, id) => truth.get(id)) : null;
      const report = linkReportOf(result.result, {
        left: reportInput(result.left),
        right: reportInput(result.right),
        spec: chosen.name,
        accuracy,
        out: options.out ?? null,
      });
      if (reportKind === "json") {
        io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
      } else {
        io.stdout.write(renderLinkSummary(report, locale));
        if (options.out) io.stdout.write(`${say(m.written, locale, { path: options.out })}\n`);
      }
      return EXIT_CODES.ok;
    } catch (error) {
      out?.abandon();
      throw error;
    } finally {
      progress.finish();
    }
  },
});

/** Open both inputs, link them, and turn the engine's input errors into the CLI's. */
async function runLink(
  io: Parameters<typeof openLinkInput>[1],
  locale: Locale,
  spec: Parameters<typeof link>[2],
  progress: ReturnType<typeof createProgress>,
  settings: {
    readonly left: { readonly file: string; readonly format: LinkInput["format"] };
    readonly right: { readonly file: string; readonly format: LinkInput["format"] };
    readonly delimiter: string;
  },
): Promise<{ result: LinkResult; left: LinkInput; right: LinkInput }> {
  const inputs: LinkInput[] = [];
  const update = () => {
    let bytes = 0;
    let records = 0;
    for (const input of inputs) {
      bytes += input.bytesRead();
      records += input.count;
    }
    progress.update(bytes, records);
  };
  let ended = 0;
  const onEnd = () => {
    ended++;
    if (ended === 2) progress.stage(say(m.stageLinking, locale));
  };
  const open = (side: { readonly file: string; readonly format: LinkInput["format"] }) =>
    openLinkInput(side.file, io, {
      format: side.format,
      delimiter: settings.delimiter,
      locale,
      onRecord: update,
      onEnd,
    });
  const left = await open(settings.left);
  inputs.push(left);
  const right = await open(settings.right);
  inputs.push(right);
  const [leftSource, rightSource] = sourceNamesOf(spec);
  try {
    const result = await link(
      left.tokens ?? left.records ?? [],
      right.tokens ?? right.records ?? [],
      spec,
    );
    return { result, left, right };
  } catch (error) {
    throw linkageInputError(error, [
      { source: leftSource, file: left.file, lineOf: left.lineOf },
      { source: rightSource, file: right.file, lineOf: right.lineOf },
    ]);
  }
}
