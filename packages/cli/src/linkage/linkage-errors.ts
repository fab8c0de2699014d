// The linkage engine's errors about its inputs, told as the CLI tells input errors: the file and
// the line of the record, a stable code, exit code 2. The engine names records by position in
// their source; the inputs know the line of each position. Other errors are left as they are.
import { isLinkageError } from "@ndcvn/linkage";
import { CliError } from "../framework/cli-error.js";
import type { Bilingual } from "../framework/locale.js";

/** What the error mapping needs to know of an input. */
export interface NamedInput {
  /** The source name the engine reads the input as. */
  readonly source: string;
  readonly file: string;
  lineOf(position: number): number;
}

const RECORD_REASONS: Readonly<Record<string, Bilingual>> = {
  not_object: { vi: "không phải một đối tượng JSON", en: "is not a JSON object" },
  missing_id: { vi: "không có mã bản ghi", en: "has no record id" },
  invalid_id: {
    vi: "có mã bản ghi không phải chuỗi khác rỗng hay số nguyên",
    en: "has a record id that is not a non-empty string or an integer",
  },
};

/** The CLI error of a linkage error about the inputs; anything else is returned unchanged. */
export function linkageInputError(error: unknown, inputs: readonly NamedInput[]): unknown {
  if (!isLinkageError(error)) return error;
  const facts = error as unknown as {
    readonly source?: string;
    readonly position?: number;
    readonly positions?: readonly [number, number];
    readonly reason?: string;
  };
  const input = inputs.find((candidate) => candidate.source === facts.source) ?? inputs[0];
  switch (error.name) {
    case "DuplicateRecordIdError": {
      const [first, second] = facts.positions ?? [0, 0];
      return new CliError("duplicate_record_id", {
        path: input?.file ?? "",
        first: input?.lineOf(first) ?? first + 1,
        second: input?.lineOf(second) ?? second + 1,
      });
    }
    case "InvalidRecordError":
      return new CliError("invalid_record", {
        path: input?.file ?? "",
        line: input?.lineOf(facts.position ?? 0) ?? 0,
        reason: RECORD_REASONS[facts.reason ?? ""] ?? RECORD_REASONS.missing_id ?? "",
      });
    case "TokenSetError":
      return new CliError("invalid_token_set", { reason: error.messages });
    case "InvalidInputError":
      if (error.code === "mixed_inputs") return new CliError("mixed_inputs");
      return new CliError("invalid_linkage_input", { reason: error.messages });
    default:
      return error;
  }
}
