// The secret of privacy-preserving linkage, read from the environment or a file — never from the
// command line, where other users of the machine and shell histories would see it — and never
// written anywhere: errors name where it was looked for, not what it is.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { CliError } from "../../framework/cli-error.js";
import type { CliIo } from "../../framework/cli-io.js";
import { checkInputFile, unreadable } from "../../framework/input-file.js";
import { tokensMessages as m } from "./tokens-messages.js";

/** The variable read when neither --secret-env nor --secret-file is given. */
export const DEFAULT_SECRET_ENV = "NDC_LINKAGE_SECRET";

/** The shortest secret `tokenize` takes. */
const MIN_SECRET_BYTES = 16;

/** The secret as bytes, from `--secret-env` (or its default) or `--secret-file`. */
export async function readLinkageSecret(
  options: { readonly secretEnv?: string | undefined; readonly secretFile?: string | undefined },
  io: CliIo,
): Promise<Uint8Array> {
  if (options.secretEnv !== undefined && options.secretFile !== undefined) {
    throw new CliError("conflicting_options", { first: "--secret-env", second: "--secret-file" });
  }
  let bytes: Uint8Array;
  let source: string;
  if (options.secretFile !== undefined) {
    source = options.secretFile;
    await checkInputFile(source, io);
    try {
      bytes = await readFile(path.resolve(io.cwd, source));
    } catch (error) {
      throw unreadable(source, error);
    }
    // `echo secret > file` adds a line break that is not part of the secret.
    let end = bytes.length;
    if (bytes[end - 1] === 0x0a) end--;
    if (bytes[end - 1] === 0x0d) end--;
    bytes = bytes.subarray(0, end);
  } else {
    source = options.secretEnv?.trim() ?? DEFAULT_SECRET_ENV;
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(source)) {
      throw new CliError("invalid_value", { option: "--secret-env", expected: m.envNameExpected });
    }
    const value = io.env[source];
    if (value === undefined || value === "") throw new CliError("missing_secret", { env: source });
    bytes = new TextEncoder().encode(value);
  }
  if (bytes.length < MIN_SECRET_BYTES) throw new CliError("invalid_secret", { source });
  return bytes;
}
