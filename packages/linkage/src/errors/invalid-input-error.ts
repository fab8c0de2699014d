// Thrown when the inputs of a call do not fit together: unknown or too many sources, something that
// is not records, mixed clear-text records and token sets, or an unusable secret.
import { LinkageError } from "./linkage-error.js";

/** A code of {@link InvalidInputError}. */
export type InvalidInputCode =
  | "not_records"
  | "unknown_source"
  | "same_source"
  | "no_sources"
  | "too_many_sources"
  | "mixed_inputs"
  | "invalid_secret";

const MESSAGES: Readonly<Record<InvalidInputCode, { readonly vi: string; readonly en: string }>> = {
  not_records: {
    vi: "Nguồn {source} không phải mảng, Iterable hay AsyncIterable các bản ghi, cũng không phải bộ token.",
    en: "Source {source} is not an array, Iterable or AsyncIterable of records, nor a token set.",
  },
  unknown_source: {
    vi: "Nguồn {source} không được khai báo trong sources của đặc tả.",
    en: "Source {source} is not declared in the spec's sources.",
  },
  same_source: {
    vi: "Hai phía của phép liên kết phải là hai nguồn khác nhau (đều là {source}).",
    en: "The two sides of a link must be two different sources (both are {source}).",
  },
  no_sources: {
    vi: "linkMany cần ít nhất hai nguồn.",
    en: "linkMany needs at least two sources.",
  },
  too_many_sources: {
    vi: "Tối đa 32 nguồn trong một lần liên kết.",
    en: "At most 32 sources can be linked at once.",
  },
  mixed_inputs: {
    vi: "Không thể trộn bản ghi gốc và bộ token trong một lần liên kết.",
    en: "Clear-text records and token sets cannot be mixed in one linkage.",
  },
  invalid_secret: {
    vi: "Khoá bí mật phải là chuỗi hoặc mảng byte dài ít nhất 16 byte.",
    en: "The secret must be a string or bytes of at least 16 bytes.",
  },
};

/** The inputs of a call do not fit together; `code` says how. */
export class InvalidInputError extends LinkageError {
  override readonly name = "InvalidInputError";
  readonly source: string | undefined;

  constructor(code: InvalidInputCode, source?: string) {
    const fill = (text: string) => text.replace("{source}", source ?? "");
    super(code, { vi: fill(MESSAGES[code].vi), en: fill(MESSAGES[code].en) });
    this.source = source;
  }
}
