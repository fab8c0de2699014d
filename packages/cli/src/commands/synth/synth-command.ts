// `ndc synth --people N --seed S --out <dir>`: a synthetic population and its per-database
// extracts, written with @ndcvn/synth's writers in constant memory: people are generated block by
// block, again for each database, instead of being held.
import path from "node:path";
import {
  createPopulation,
  csvColumns,
  DEFAULT_AS_OF,
  DEFAULT_FAULTS,
  EXTRACT_DATABASES,
  type ExtractDatabase,
  type ExtractedRecord,
  extract,
  MAX_POPULATION,
  NO_FAULTS,
  type SyntheticPerson,
  toCsv,
  toNdjson,
  writeTruth,
} from "@ndcvn/synth";
import { CliError } from "../../framework/cli-error.js";
import { defineCommand } from "../../framework/command.js";
import { EXIT_CODES } from "../../framework/exit-codes.js";
import { formatBytes, formatNumber } from "../../framework/format-number.js";
import { say } from "../../framework/locale.js";
import { parseChoice, parseInteger } from "../../framework/option-values.js";
import { FileSink, makeFolder } from "../../framework/output-file.js";
import { createProgress, NO_PROGRESS_OPTION } from "../../framework/progress.js";
import { closest } from "../../framework/suggest.js";
import { renderTable } from "../../framework/table.js";
import { CLI_VERSION } from "../../version.js";
import { synthMessages as m } from "./synth-messages.js";

/** One file written, for the summary and the manifest. */
interface WrittenFile {
  readonly file: string;
  readonly kind: "people" | "extract" | "truth" | "manifest";
  readonly database?: ExtractDatabase;
  readonly records: number;
  readonly withFaults?: number;
  readonly bytes: number;
}

function parseDatabases(value: string | undefined): ExtractDatabase[] {
  if (value === undefined) return [...EXTRACT_DATABASES];
  const chosen: ExtractDatabase[] = [];
  for (const raw of value.split(",")) {
    const name = raw.trim();
    if (name === "") continue;
    const database = EXTRACT_DATABASES.find((d) => d === name);
    if (!database) {
      throw new CliError(
        "unknown_database",
        { database: name },
        { suggestions: closest(name, EXTRACT_DATABASES) },
      );
    }
    if (!chosen.includes(database)) chosen.push(database);
  }
  if (chosen.length === 0) {
    throw new CliError("invalid_value", {
      option: "--databases",
      expected: EXTRACT_DATABASES.join(", "),
    });
  }
  return chosen;
}

function parseAsOf(value: string | undefined): string {
  if (value === undefined) return DEFAULT_AS_OF;
  const text = value.trim();
  const valid =
    /^\d{4}-\d{2}-\d{2}$/.test(text) &&
    text >= "2000-01-01" &&
    text <= "2099-12-31" &&
    new Date(`${text}T00:00:00Z`).toISOString().startsWith(text);
  if (!valid) throw new CliError("invalid_value", { option: "--as-of", expected: m.dateExpected });
  return text;
}

/** The truth lines of one record (writeTruth's rows, without its header). */
async function truthRow(record: ExtractedRecord): Promise<string> {
  let row = "";
  let first = true;
  for await (const line of writeTruth([record], { faults: true })) {
    if (!first) row += line;
    first = false;
  }
  return row;
}

async function truthHeader(): Promise<string> {
  for await (const line of writeTruth([], { faults: true })) return line;
  return "";
}

export const synthCommand = defineCommand({
  name: "synth",
  summary: m.summary,
  description: m.description,
  usage: "--people <n> --out <dir> [options]",
  arguments: [],
  options: {
    people: { type: "string", short: "n", value: "<n>", description: m.optPeople, required: true },
    seed: { type: "string", value: "<n>", description: m.optSeed, default: { vi: "1", en: "1" } },
    out: { type: "string", short: "o", value: "<dir>", description: m.optOut, required: true },
    databases: {
      type: "string",
      short: "d",
      value: "<list>",
      description: m.optDatabases,
      default: m.optDatabasesDefault,
    },
    format: {
      type: "string",
      short: "f",
      value: "<ndjson|csv>",
      description: m.optFormat,
      default: { vi: "ndjson", en: "ndjson" },
    },
    faults: {
      type: "string",
      value: "<default|none>",
      description: m.optFaults,
      default: { vi: "default", en: "default" },
    },
    "as-of": {
      type: "string",
      value: "<date>",
      description: m.optAsOf,
      default: { vi: DEFAULT_AS_OF, en: DEFAULT_AS_OF },
    },
    "no-progress": NO_PROGRESS_OPTION,
  },
  examples: [
    "ndc synth --people 10000 --seed 42 --out data/",
    "ndc synth -n 1000 -o data --databases population,insurance --format csv --faults none",
  ],
  async run({ io, locale, options }) {
    const people = parseInteger(options.people, "--people", { min: 0, max: MAX_POPULATION }, 0);
    const seed = parseInteger(options.seed, "--seed", { min: 0, max: Number.MAX_SAFE_INTEGER }, 1);
    const databases = parseDatabases(options.databases);
    const format = parseChoice(options.format, "--format", ["ndjson", "csv"], "ndjson");
    const faultsName = parseChoice(options.faults, "--faults", ["default", "none"], "default");
    const faults = faultsName === "none" ? NO_FAULTS : DEFAULT_FAULTS;
    const asOf = parseAsOf(options["as-of"]);
    const outName = options.out as string;
    await makeFolder(outName, io);
    const population = await createPopulation({ size: people, seed, asOf });

    // Each database reads the population once more; CSV reads it once more again for its columns.
    const passes = 1 + databases.length * (format === "csv" ? 2 : 1);
    const progress = createProgress(io, locale, {
      label: say(m.stagePeople, locale),
      unit: "items",
      total: people * passes,
      off: options["no-progress"],
    });
    let done = 0;
    function* persons(): Generator<SyntheticPerson> {
      for (const person of population.persons()) {
        yield person;
        progress.update(++done);
      }
    }
    const open = (file: string) => FileSink.open(path.join(outName, file), io);
    const written: WrittenFile[] = [];
    const sinks: FileSink[] = [];
    try {
      const peopleFile = await open("people.ndjson");
      sinks.push(peopleFile);
      for (const person of persons()) await peopleFile.write(`${JSON.stringify(person)}\n`);
      await peopleFile.close();
      written.push({
        file: "people.ndjson",
        kind: "people",
        records: people,
        bytes: peopleFile.bytes,
      });

      for (const database of databases) {
        progress.stage(database);
        const records = () => extract(persons(), database, { seed, faults, asOf });
        let columns: string[] | undefined;
        if (format === "csv") {
          // The columns first, so that rows stream: csvColumns of all records would hold them all.
          const seen = new Set<string>();
          for await (const record of records()) for (const c of csvColumns([record])) seen.add(c);
          columns = [...seen];
        }
        const name = `${database}.${format}`;
        const truthName = `${database}.truth.csv`;
        const extractFile = await open(name);
        const truthFile = await open(truthName);
        sinks.push(extractFile, truthFile);
        await truthFile.write(await truthHeader());
        let count = 0;
        let withFaults = 0;
        async function* tee(): AsyncGenerator<ExtractedRecord> {
          for await (const record of records()) {
            count++;
            if (record.faults.length > 0) withFaults++;
            await truthFile.write(await truthRow(record));
            yield record;
          }
        }
        const lines = columns ? toCsv(tee(), { columns }) : toNdjson(tee());
        for await (const line of lines) await extractFile.write(line);
        await extractFile.close();
        await truthFile.close();
        written.push(
          {
            file: name,
            kind: "extract",
            database,
            records: count,
            withFaults,
            bytes: extractFile.bytes,
          },
          { file: truthName, kind: "truth", database, records: count, bytes: truthFile.bytes },
        );
      }
      progress.finish();

      const manifest = {
        generator: `@ndcvn/cli ${CLI_VERSION}`,
        people,
        seed,
        asOf,
        format,
        faults: faultsName,
        faultRates: faults,
        databases,
        files: written,
      };
      const manifestFile = await open("manifest.json");
      sinks.push(manifestFile);
      await manifestFile.write(`${JSON.stringify(manifest, null, 2)}\n`);
      await manifestFile.close();
      written.push({
        file: "manifest.json",
        kind: "manifest",
        records: 1,
        bytes: manifestFile.bytes,
      });
    } catch (error) {
      for (const sink of sinks) sink.abandon();
      throw error;
    } finally {
      progress.finish();
    }

    const n = (value: number) => formatNumber(value, locale);
    const contents = (file: WrittenFile) => {
      const database = file.database ?? "";
      if (file.kind === "people") return say(m.population, locale);
      if (file.kind === "extract") return say(m.extractOf, locale, { database });
      if (file.kind === "truth") return say(m.truthOf, locale, { database });
      return say(m.manifest, locale);
    };
    io.stdout.write(
      renderTable({
        title: `${say(m.title, locale)} — ${say(m.settings, locale, {
          people: n(people),
          seed,
          asOf,
          faults: faultsName,
        })}`,
        header: [
          say(m.fileHeader, locale),
          say(m.contents, locale),
          say(m.recordsHeader, locale),
          say(m.withFaults, locale),
          say(m.sizeHeader, locale),
        ],
        rows: written.map((file) => [
          file.file,
          contents(file),
          file.kind === "manifest" ? "" : n(file.records),
          file.withFaults === undefined ? "" : n(file.withFaults),
          formatBytes(file.bytes, locale),
        ]),
        numeric: [2, 3, 4],
      }),
    );
    io.stdout.write(`${say(m.writtenTo, locale, { path: outName })}\n`);
    return EXIT_CODES.ok;
  },
});
