/**
 * The exit codes of `ndc`: `ok` (0) nothing wrong, `findings` (1) the data has invalid records,
 * `usage` (2) a usage or input error (unknown command or option, bad value, missing or unreadable
 * file, unknown schema), `internal` (3) a bug in `ndc` itself.
 *
 * @example
 * ```ts
 * import { EXIT_CODES, run } from "@ndcvn/cli";
 * const code = await run(["validate", "people.ndjson", "--schema", "Citizen"], io);
 * if (code === EXIT_CODES.findings) console.log("some records are invalid");
 * ```
 */
export const EXIT_CODES = Object.freeze({
  ok: 0,
  findings: 1,
  usage: 2,
  internal: 3,
} as const);

/** One of the {@link EXIT_CODES}. */
export type ExitCode = (typeof EXIT_CODES)[keyof typeof EXIT_CODES];
