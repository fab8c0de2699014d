// Thrown when token sets cannot be linked with each other or with the spec given.
import { LinkageError } from "./linkage-error.js";

/** A code of {@link TokenSetError}. */
export type TokenSetErrorCode =
  | "invalid_token_set"
  | "spec_mismatch"
  | "key_mismatch"
  | "normalizer_mismatch";

const MESSAGES: Readonly<Record<TokenSetErrorCode, { readonly vi: string; readonly en: string }>> =
  {
    invalid_token_set: {
      vi: "Bộ token của nguồn {source} không đúng định dạng.",
      en: "The token set of source {source} is malformed.",
    },
    spec_mismatch: {
      vi: "Bộ token của nguồn {source} được tạo bằng một đặc tả khác (mã băm đặc tả khác nhau).",
      en: "The token set of source {source} was made with another spec (the spec hashes differ).",
    },
    key_mismatch: {
      vi: "Các bộ token được tạo bằng những khoá bí mật khác nhau; token của chúng không thể so khớp.",
      en: "The token sets were made with different secrets; their tokens cannot match.",
    },
    normalizer_mismatch: {
      vi: "Bộ token của nguồn {source} được tạo bằng phiên bản chuẩn hoá khác.",
      en: "The token set of source {source} was made with another normaliser version.",
    },
  };

/** Token sets that cannot be linked: malformed, or made with another spec, secret or normaliser. */
export class TokenSetError extends LinkageError {
  override readonly name = "TokenSetError";
  readonly source: string | undefined;

  constructor(code: TokenSetErrorCode, source?: string) {
    const fill = (text: string) => text.replace("{source}", source ?? "");
    super(code, { vi: fill(MESSAGES[code].vi), en: fill(MESSAGES[code].en) });
    this.source = source;
  }
}
