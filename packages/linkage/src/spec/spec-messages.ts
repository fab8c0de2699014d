// The messages of spec issues, in Vietnamese and English, as data. `{name}` is replaced by the
// issue's param of that name. Messages never quote values from records.

/** A message in both languages. */
export interface Message {
  readonly vi: string;
  readonly en: string;
}

export const SPEC_MESSAGES: Readonly<Record<string, Message>> = {
  invalid_json: {
    vi: "Đặc tả không phải JSON hợp lệ.",
    en: "The spec is not valid JSON.",
  },
  invalid_type: {
    vi: "Kiểu giá trị không đúng: cần {expected}.",
    en: "Wrong type of value: expected {expected}.",
  },
  invalid_value: {
    vi: "Giá trị không được phép; các giá trị được phép: {allowed}.",
    en: "Value not allowed; allowed values: {allowed}.",
  },
  unsupported_spec_version: {
    vi: "Phiên bản đặc tả không được hỗ trợ; gói này đọc specVersion 1.",
    en: "Unsupported spec version; this package reads specVersion 1.",
  },
  required: {
    vi: "Thiếu thuộc tính bắt buộc {property}.",
    en: "Required property {property} is missing.",
  },
  unknown_property: {
    vi: "Thuộc tính {property} không được phép ở đây.",
    en: "Property {property} is not allowed here.",
  },
  invalid_property_name: {
    vi: "Tên không hợp lệ: bắt đầu bằng chữ cái, chỉ gồm chữ cái, chữ số và _, tối đa 64 ký tự.",
    en: "Invalid name: a letter first, then letters, digits or _, at most 64 characters.",
  },
  too_short: {
    vi: "Chuỗi quá ngắn: tối thiểu {min} ký tự.",
    en: "Text too short: at least {min} characters.",
  },
  too_long: {
    vi: "Chuỗi quá dài: tối đa {max} ký tự.",
    en: "Text too long: at most {max} characters.",
  },
  pattern: {
    vi: "Giá trị không đúng dạng quy định ({pattern}).",
    en: "The value does not have the required form ({pattern}).",
  },
  too_small: {
    vi: "Giá trị phải từ {min} trở lên.",
    en: "The value must be at least {min}.",
  },
  too_big: {
    vi: "Giá trị phải không quá {max}.",
    en: "The value must be at most {max}.",
  },
  too_few_items: {
    vi: "Danh sách phải có ít nhất {min} phần tử.",
    en: "Too few items: at least {min}.",
  },
  too_many_items: {
    vi: "Danh sách có nhiều nhất {max} phần tử.",
    en: "Too many items: at most {max}.",
  },
  too_few_properties: {
    vi: "Phải có ít nhất {min} mục.",
    en: "Too few entries: at least {min}.",
  },
  duplicate_item: {
    vi: "Phần tử trùng với phần tử thứ {first} (tính từ 0).",
    en: "The item repeats item {first} (counting from 0).",
  },
  no_match: {
    vi: "Giá trị không khớp dạng nào được phép.",
    en: "The value matches none of the allowed forms.",
  },
  several_match: {
    vi: "Giá trị khớp nhiều dạng cùng lúc.",
    en: "The value matches more than one form.",
  },
  unknown_field: {
    vi: "Trường {field} chưa được khai báo trong fields.",
    en: "Field {field} is not defined in fields.",
  },
  unknown_pass: {
    vi: "Lượt {pass} không có trong passes.",
    en: "Pass {pass} is not defined in passes.",
  },
  duplicate_name: {
    vi: "Tên {name} đã được dùng ở mục trước.",
    en: "The name {name} is already used by an earlier entry.",
  },
  unknown_source: {
    vi: "Nguồn {source} không có trong sources.",
    en: "Source {source} is not declared in sources.",
  },
  normaliser_position: {
    vi: "Bộ chuẩn hoá {normaliser} đọc giá trị gốc nên phải đứng đầu danh sách.",
    en: "Normaliser {normaliser} reads the raw value, so it must come first.",
  },
};

/** The message of an issue code with its params filled in. */
export function specMessage(
  code: string,
  params: Readonly<Record<string, string | number>> = {},
): Message {
  const templates = SPEC_MESSAGES[code] ?? SPEC_MESSAGES.no_match;
  const fill = (template: string) =>
    template.replace(/\{(\w+)\}/g, (whole, name: string) =>
      Object.hasOwn(params, name) ? String(params[name]) : whole,
    );
  return { vi: fill(templates?.vi ?? code), en: fill(templates?.en ?? code) };
}
