import type { MessageTable } from "./issue.js";

/** Issue codes shared by every identifier validator. */
export const commonMessages = {
  invalid_type: {
    vi: "Giá trị phải là một chuỗi ký tự.",
    en: "The value must be a string.",
  },
  empty: {
    vi: "Giá trị không được để trống.",
    en: "The value must not be empty.",
  },
  invalid_characters: {
    vi: "Giá trị chỉ được gồm {allowed}.",
    en: "The value may contain only {allowedEn}.",
  },
  invalid_length: {
    vi: "Giá trị phải có {expected} ký tự, nhận được {actual}.",
    en: "The value must have {expected} characters, found {actual}.",
  },
  internal_error: {
    vi: "Không kiểm tra được giá trị do lỗi nội bộ.",
    en: "The value could not be checked because of an internal error.",
  },
} as const satisfies MessageTable;
