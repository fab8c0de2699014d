// `ndc tokens <file> --spec <spec> --out <tokens.json>`: the token set of a file of records, for
// privacy-preserving linkage (`ndc link` on two token sets).
import { type TokenSet, tokenize } from "@ndcvn/linkage";
import { CliError } from "../../framework/cli-error.js";
import { defineCommand } from "../../framework/command.js";
import { EXIT_CODES } from "../../framework/exit-codes.js";
import { formatNumber } from "../../framework/format-number.js";
import { checkInputFile } from "../../framework/input-file.js";
import { writeJson } from "../../framework/json-output.js";
import { say } from "../../framework/locale.js";
import { parseDelimiter } from "../../framework/option-values.js";
import { assertNotInput, checkOutputFolder, FileSink } from "../../framework/output-file.js";
import { createProgress, NO_PROGRESS_OPTION } from "../../framework/progress.js";
import { renderTable } from "../../framework/table.js";
import { openLinkInput } from "../../linkage/link-input.js";
import { linkageInputError } from "../../linkage/linkage-errors.js";
import { PRESET_NAMES, resolveSpecArgument } from "../../linkage/spec-argument.js";
import { recordFormat } from "../../records/record-format.js";
import { linkMessages } from "../link/link-messages.js";
import { validateMessages } from "../validate/validate-messages.js";
import { DEFAULT_SECRET_ENV, readLinkageSecret } from "./linkage-secret.js";
import { tokensMessages as m } from "./tokens-messages.js";

const presetList = PRESET_NAMES.join(", ");

export const tokensCommand = defineCommand({
  name: "tokens",
  summary: m.summary,
  description: m.description,
  usage:
    "<file> --spec <file.json|preset> --out <tokens.json> [--secret-env <NAME> | --secret-file <file>] [options]",
  arguments: [{ name: "file", description: m.argFile }],
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
    out: { type: "string", short: "o", value: "<file>", description: m.optOut, required: true },
    "secret-env": {
      type: "string",
      value: "<NAME>",
      description: m.optSecretEnv,
      default: { vi: DEFAULT_SECRET_ENV, en: DEFAULT_SECRET_ENV },
    },
    "secret-file": { type: "string", value: "<file>", description: m.optSecretFile },
    source: {
      type: "string",
      value: "<name>",
      description: m.optSource,
      default: m.optSourceDefault,
    },
    format: {
      type: "string",
      short: "f",
      value: "<json|ndjson|csv>",
      description: m.optFormat,
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
      description: linkMessages.optIdField,
      default: linkMessages.optIdFieldDefault,
    },
    "no-progress": NO_PROGRESS_OPTION,
  },
  examples: [
    "NDC_LINKAGE_SECRET=… ndc tokens population.ndjson --spec vietnamesePerson --out ours.tokens.json",
    "ndc tokens insurance.csv --spec vietnamesePerson --secret-file /run/secrets/linkage -o theirs.tokens.json",
    "ndc link ours.tokens.json theirs.tokens.json --spec vietnamesePerson -o links.json",
  ],
  async run({ io, locale, options, args }) {
    const file = args[0] as string;
    const size = await checkInputFile(file, io);
    const format = recordFormat(file, options.format);
    const delimiter = parseDelimiter(options.delimiter);
    const chosen = await resolveSpecArgument(options.spec as string, io, {
      idField: options["id-field"],
    });
    const declared = chosen.spec.sources?.map((source) => source.name);
    const source = options.source ?? declared?.[0] ?? "records";
    if (declared && !declared.includes(source)) {
      throw new CliError("invalid_value", {
        option: "--source",
        expected: {
          vi: say(m.sourceExpected, "vi", { names: declared.join(", ") }),
          en: say(m.sourceExpected, "en", { names: declared.join(", ") }),
        },
      });
    }
    const secret = await readLinkageSecret(
      { secretEnv: options["secret-env"], secretFile: options["secret-file"] },
      io,
    );
    const outName = options.out as string;
    assertNotInput(outName, file, "--out", io);
    const progress = createProgress(io, locale, {
      label: say(m.stage, locale),
      unit: "bytes",
      total: size,
      off: options["no-progress"],
    });
    await checkOutputFolder(outName, io);
    let out: FileSink | undefined;
    try {
      const input = await openLinkInput(file, io, {
        format,
        delimiter,
        locale,
        onRecord: () => progress.update(input.bytesRead(), input.count),
      });
      if (input.tokens) throw new CliError("already_tokens", { path: file });
      let tokens: TokenSet;
      try {
        tokens = await tokenize(input.records ?? [], chosen.spec, secret, { source });
      } catch (error) {
        throw linkageInputError(error, [{ source, file, lineOf: input.lineOf }]);
      }
      progress.finish();
      // Opened only now: a run that fails on its input leaves an existing token file untouched.
      out = await FileSink.open(outName, io);
      await writeJson(out, tokens);
      await out.close();
      const n = (value: number) => formatNumber(value, locale);
      const wrongType = Object.values(tokens.statistics.wrongType).reduce((a, b) => a + b, 0);
      const rows = [
        [say(m.file, locale), file],
        [say(m.records, locale), n(tokens.records.length)],
        [say(m.passes, locale), n(tokens.passes.length)],
        [say(m.vetoes, locale), n(tokens.vetoes.length)],
        [say(m.spec, locale), chosen.name],
        [say(m.specHash, locale), tokens.specHash],
        [say(m.keyId, locale), tokens.keyId],
        [say(m.normalizer, locale), tokens.normalizerVersion],
      ];
      if (wrongType > 0) rows.push([say(m.wrongType, locale), n(wrongType)]);
      io.stdout.write(renderTable({ title: say(m.title, locale), rows }));
      io.stdout.write(`${say(m.written, locale, { path: outName })}\n`);
      return EXIT_CODES.ok;
    } catch (error) {
      out?.abandon();
      throw error;
    } finally {
      progress.finish();
    }
  },
});
