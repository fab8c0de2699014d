// The linkage spec a user names with --spec: a preset of @ndcvn/linkage by name, or a JSON file,
// checked with validateSpec — every problem is listed with its JSON Pointer, never only the first.
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { type LinkageSpec, presets, type SpecIssue, validateSpec } from "@ndcvn/linkage";
import { CliError } from "../framework/cli-error.js";
import type { CliIo } from "../framework/cli-io.js";
import { unreadable } from "../framework/input-file.js";
import { closest } from "../framework/suggest.js";

/** The presets by the names `--spec` takes (`vietnamesePerson` or `vietnamese-person`). */
const PRESETS: ReadonlyMap<string, LinkageSpec> = new Map(
  Object.entries(presets).flatMap(([name, spec]): [string, LinkageSpec][] => [
    [name.toLowerCase(), spec],
    [name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`), spec],
  ]),
);

/** The names of the presets, as help and suggestions show them. */
export const PRESET_NAMES: readonly string[] = Object.keys(presets);

/** A spec ready to run, and how the user named it. */
export interface ChosenSpec {
  readonly spec: LinkageSpec;
  /** The preset's name or the file as given. */
  readonly name: string;
  readonly preset: boolean;
}

/** One line per problem: where, what, and the stable code. */
export function specIssueLines(issues: readonly SpecIssue[]) {
  return issues.map((issue) => ({
    vi: `${issue.path === "" ? "(đặc tả)" : issue.path}: ${issue.message.vi} (${issue.code})`,
    en: `${issue.path === "" ? "(spec)" : issue.path}: ${issue.message.en} (${issue.code})`,
  }));
}

function checked(spec: unknown, name: string): LinkageSpec {
  const result = validateSpec(spec);
  if (result.ok) return result.spec;
  throw new CliError(
    "invalid_spec",
    { spec: name, count: result.issues.length },
    { details: specIssueLines(result.issues) },
  );
}

async function readSpecFile(name: string, io: CliIo): Promise<string> {
  const file = path.resolve(io.cwd, name);
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new CliError("not_a_file", { path: name });
    return await readFile(file, "utf8");
  } catch (error) {
    if (error instanceof CliError) throw error;
    const code = (error as { code?: unknown } | null)?.code;
    // A bare word that is no file was meant as a preset.
    if (code === "ENOENT" && !/[./\\]/.test(name)) {
      throw new CliError("unknown_preset", { name }, { suggestions: closest(name, PRESET_NAMES) });
    }
    throw unreadable(name, error);
  }
}

/**
 * The spec of `--spec`: a preset by name, else a JSON file. With `idField`, records' ids are read
 * at that path in every source (it becomes the spec's `recordId`, and so part of its hash). Throws
 * `unknown_preset`, `file_not_found`… or `invalid_spec` with every problem.
 */
export async function resolveSpecArgument(
  value: string,
  io: CliIo,
  settings: { readonly idField?: string | undefined } = {},
): Promise<ChosenSpec> {
  const typed = value.trim();
  const preset = PRESETS.get(typed.toLowerCase());
  let spec: LinkageSpec;
  if (preset) spec = preset;
  else spec = checked(await readSpecFile(typed, io), typed);
  const idField = settings.idField?.trim();
  if (idField !== undefined) {
    if (idField === "") {
      throw new CliError("invalid_value", {
        option: "--id-field",
        expected: {
          vi: "một đường dẫn như id hoặc data.recordId",
          en: "a path such as id or data.recordId",
        },
      });
    }
    const sources = spec.sources?.map(({ recordId: _replaced, ...source }) => source);
    spec = checked({ ...spec, recordId: idField, ...(sources ? { sources } : {}) }, typed);
  }
  return { spec, name: typed, preset: preset !== undefined };
}
