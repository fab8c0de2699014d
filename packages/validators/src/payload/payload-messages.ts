import type { MessageTable } from "../issue.js";

/** Issue codes of payload validation, with their messages. Identifier formats add their own codes. */
export const payloadMessages = {
  required: { vi: "Thiếu trường bắt buộc.", en: "A required field is missing." },
  unknown_property: {
    vi: "Trường không có trong lược đồ dữ liệu.",
    en: "The field is not in the schema.",
  },
  invalid_type: {
    vi: "Sai kiểu dữ liệu: cần {expectedVi}.",
    en: "Wrong type: expected {expected}.",
  },
  invalid_pattern: {
    vi: "Giá trị không đúng định dạng quy định.",
    en: "The value does not have the required form.",
  },
  invalid_format: {
    vi: "Giá trị không đúng định dạng {format}.",
    en: "The value is not a valid {format}.",
  },
  invalid_value: {
    vi: "Giá trị không thuộc các giá trị cho phép.",
    en: "The value is not one of the allowed values.",
  },
  empty: { vi: "Giá trị không được để trống.", en: "The value must not be empty." },
  too_short: {
    vi: "Giá trị phải có ít nhất {minimum} ký tự.",
    en: "The value must have at least {minimum} characters.",
  },
  too_long: {
    vi: "Giá trị chỉ được có tối đa {maximum} ký tự.",
    en: "The value must have at most {maximum} characters.",
  },
  too_small: {
    vi: "Giá trị phải từ {minimum} trở lên.",
    en: "The value must be at least {minimum}.",
  },
  too_large: {
    vi: "Giá trị phải không quá {maximum}.",
    en: "The value must be at most {maximum}.",
  },
  too_small_exclusive: {
    vi: "Giá trị phải lớn hơn {minimum}.",
    en: "The value must be greater than {minimum}.",
  },
  too_large_exclusive: {
    vi: "Giá trị phải nhỏ hơn {maximum}.",
    en: "The value must be less than {maximum}.",
  },
  not_integer: { vi: "Giá trị phải là số nguyên.", en: "The value must be a whole number." },
  too_few_items: {
    vi: "Cần ít nhất {minimum} phần tử.",
    en: "At least {minimum} items are required.",
  },
  too_many_items: {
    vi: "Chỉ được có tối đa {maximum} phần tử.",
    en: "At most {maximum} items are allowed.",
  },
  duplicate_items: { vi: "Các phần tử không được trùng nhau.", en: "Items must not repeat." },
  missing_contained_item: {
    vi: "Danh sách thiếu phần tử bắt buộc phải có.",
    en: "The list lacks an item it must contain.",
  },
  too_few_properties: {
    vi: "Cần khai báo ít nhất {minimum} trường.",
    en: "At least {minimum} fields are required.",
  },
  forbidden_property: {
    vi: "Trường này không được có trong trường hợp này.",
    en: "This field is not allowed in this case.",
  },
  not_allowed: {
    vi: "Tổ hợp giá trị này không được phép.",
    en: "This combination of values is not allowed.",
  },
  no_match: {
    vi: "Giá trị không khớp với dạng nào được phép.",
    en: "The value matches none of the allowed forms.",
  },
  ambiguous_match: {
    vi: "Giá trị khớp với nhiều dạng, chỉ được khớp một.",
    en: "The value matches several forms; exactly one is allowed.",
  },
  unknown_schema: {
    vi: "Không có lược đồ dữ liệu với mã này.",
    en: "There is no schema with this id.",
  },
} as const satisfies MessageTable;

/** Vietnamese names of JSON types, for `invalid_type`. */
export const JSON_TYPE_VI: Readonly<Record<string, string>> = {
  string: "chuỗi ký tự",
  number: "số",
  int: "số nguyên",
  boolean: "giá trị đúng/sai",
  object: "đối tượng",
  array: "danh sách",
  null: "giá trị rỗng (null)",
};
