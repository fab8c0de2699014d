// Ground truth for `ndc link --truth`: the `<database>.truth.csv` files of `ndc synth` (and of
// synth's `writeTruth`), `recordId,personId[,faults]` with a header row, read into one map from
// record id to person. Synth's record ids carry their database's prefix, so the truth files of
// both inputs can share one map; an id given twice must name the same person.
import { createReadStream } from "node:fs";
import path from "node:path";
import { createInterface } from "node:readline";
import { CliError } from "../framework/cli-error.js";
import type { CliIo } from "../framework/cli-io.js";
import { checkInputFile, unreadable } from "../framework/input-file.js";
import { headerFields } from "../records/csv-header.js";

const REASONS = {
  header: {
    vi: "dòng đầu phải là recordId,personId",
    en: "the first line must be recordId,personId",
  },
  fields: {
    vi: "dòng phải có recordId và personId khác rỗng",
    en: "a row needs a non-empty recordId and personId",
  },
  conflict: {
    vi: "một mã bản ghi đã có với người khác",
    en: "a record id was already given with another person",
  },
} as const;

/** Check that the truth files exist, before any work. */
export async function checkTruthFiles(files: readonly string[], io: CliIo): Promise<void> {
  for (const file of files) await checkInputFile(file, io);
}

/** The files of a `--truth` value: comma-separated. */
export function truthFilesOf(value: string | undefined): string[] {
  if (value === undefined) return [];
  return value
    .split(",")
    .map((file) => file.trim())
    .filter((file) => file !== "");
}

/** Read truth files into one map: record id → person id. */
export async function readTruthFiles(
  files: readonly string[],
  io: CliIo,
): Promise<Map<string, string>> {
  const truth = new Map<string, string>();
  for (const file of files) {
    const lines = createInterface({
      input: createReadStream(path.resolve(io.cwd, file), { encoding: "utf8" }),
      crlfDelay: Number.POSITIVE_INFINITY,
    });
    let line = 0;
    try {
      for await (const text of lines) {
        line++;
        const fields = headerFields(line === 1 ? text.replace(/^\uFEFF/, "") : text, ",");
        if (line === 1) {
          if (fields[0]?.trim() !== "recordId" || fields[1]?.trim() !== "personId") {
            throw new CliError("invalid_truth", { path: file, line, reason: REASONS.header });
          }
          continue;
        }
        if (text.trim() === "") continue;
        const recordId = fields[0] ?? "";
        const personId = fields[1] ?? "";
        if (recordId === "" || personId === "") {
          throw new CliError("invalid_truth", { path: file, line, reason: REASONS.fields });
        }
        const known = truth.get(recordId);
        if (known !== undefined && known !== personId) {
          throw new CliError("invalid_truth", { path: file, line, reason: REASONS.conflict });
        }
        truth.set(recordId, personId);
      }
    } catch (error) {
      throw error instanceof CliError ? error : unreadable(file, error);
    } finally {
      lines.close();
    }
    if (line === 0) {
      throw new CliError("invalid_truth", { path: file, line: 1, reason: REASONS.header });
    }
  }
  return truth;
}
