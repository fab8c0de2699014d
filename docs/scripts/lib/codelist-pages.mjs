// The code lists of @ndcvn/schemas: an index and one page per list with its entries, its source,
// whether the codes are official, and the fields that use it.
import { escapeHtml } from "./html.mjs";
import { renderInline } from "./markdown.mjs";
import {
  codeListPagePath,
  codeListsOf,
  fieldAnchor,
  fieldsOf,
  schemaPagePath,
} from "./schema-model.mjs";
import { relativeUrl } from "./site-url.mjs";

/** Lists longer than this (the communes: 13,356 entries) are described, not printed. */
export const MAX_PRINTED_ENTRIES = 1000;

const CONFIDENCE = {
  H: "cao (H)",
  M: "trung bình (M)",
  L: "thấp (L)",
};

/** Entry keys with a column of their own; any other attribute goes to the last column. */
const OWN_COLUMNS = new Set(["code", "label", "validFrom", "validTo", "replacedBy"]);

/**
 * @typedef {import("./schema-data.mjs").SchemaData} SchemaData
 * @typedef {import("./schema-data.mjs").CodeList} CodeList
 * @typedef {import("./layout.mjs").Page} Page
 * @typedef {{ database: string, record: string, path: string, labelVi: string }} FieldUse
 */

/**
 * @param {string} vi
 * @param {string} en
 */
const both = (vi, en) => `${escapeHtml(vi)} <span class="en" lang="en">${escapeHtml(en)}</span>`;

/**
 * @param {string} text
 */
const code = (text) => `<code>${escapeHtml(text)}</code>`;

/**
 * @param {string} entryCode
 */
const entryAnchor = (entryCode) => `code-${entryCode}`;

/**
 * Which fields of which documents name each code list.
 * @param {SchemaData} data
 * @returns {Map<string, FieldUse[]>}
 */
function fieldUses(data) {
  /** @type {Map<string, FieldUse[]>} */
  const uses = new Map();
  for (const entry of data.documents) {
    for (const field of fieldsOf(entry.document)) {
      for (const name of codeListsOf(field.schema)) {
        const use = {
          database: entry.database,
          record: entry.name,
          path: field.path,
          labelVi: field.schema["x-ndc-label-vi"] ?? field.path,
        };
        uses.set(name, [...(uses.get(name) ?? []), use]);
      }
    }
  }
  return uses;
}

/**
 * @param {unknown} value
 * @returns {string}
 */
function attributeValue(value) {
  if (Array.isArray(value)) return value.map(attributeValue).join(", ");
  if (value !== null && typeof value === "object")
    return Object.entries(value)
      .map(([key, inner]) => `${key} ${attributeValue(inner)}`)
      .join(" ");
  return String(value);
}

/**
 * @param {CodeList} list
 */
function entriesTable(list) {
  const codes = new Set(list.entries.map((entry) => entry.code));
  const has = (/** @type {string} */ key) => list.entries.some((entry) => entry[key] !== undefined);
  const extraKeys = [...new Set(list.entries.flatMap((entry) => Object.keys(entry)))].filter(
    (key) => !OWN_COLUMNS.has(key),
  );
  const columns = [
    { head: both("Mã", "Code"), cell: (/** @type {any} */ e) => code(e.code) },
    { head: "Tên", cell: (/** @type {any} */ e) => escapeHtml(e.label?.vi ?? "") },
    {
      head: '<span lang="en">Name</span>',
      cell: (/** @type {any} */ e) => `<span lang="en">${escapeHtml(e.label?.en ?? "")}</span>`,
    },
  ];
  if (has("validFrom"))
    columns.push({
      head: both("Hiệu lực từ", "Valid from"),
      cell: (e) => escapeHtml(e.validFrom ?? ""),
    });
  if (has("validTo"))
    columns.push({
      head: both("Hiệu lực đến", "Valid to"),
      cell: (e) => escapeHtml(e.validTo ?? ""),
    });
  if (has("replacedBy"))
    columns.push({
      head: both("Thay bằng", "Replaced by"),
      cell: (e) =>
        (e.replacedBy ?? [])
          .map((/** @type {string} */ next) =>
            codes.has(next)
              ? `<a href="#${escapeHtml(entryAnchor(next))}">${code(next)}</a>`
              : code(next),
          )
          .join(", "),
    });
  if (extraKeys.length > 0)
    columns.push({
      head: both("Thuộc tính khác", "Other attributes"),
      cell: (e) =>
        extraKeys
          .filter((key) => e[key] !== undefined)
          .map((key) => `${code(key)} ${escapeHtml(attributeValue(e[key]))}`)
          .join("<br>"),
    });
  const seen = new Set();
  const rows = list.entries.map((entry) => {
    // A code can appear twice with periods that do not overlap; the first keeps the anchor.
    const id = seen.has(entry.code) ? "" : ` id="${escapeHtml(entryAnchor(entry.code))}"`;
    seen.add(entry.code);
    return `<tr${id}>${columns.map((column) => `<td>${column.cell(entry)}</td>`).join("")}</tr>`;
  });
  return `<div class="table-scroll" role="region" aria-label="${escapeHtml(list.name)} entries" tabindex="0">
<table class="entries">
<caption>Các mục của danh mục <span lang="en">(entries)</span>: ${list.entries.length}</caption>
<thead><tr>${columns.map((column) => `<th scope="col">${column.head}</th>`).join("")}</tr></thead>
<tbody>
${rows.join("\n")}
</tbody>
</table>
</div>`;
}

/**
 * @param {CodeList} list
 * @param {FieldUse[]} uses
 * @returns {Page}
 */
function codeListPage(list, uses) {
  const path = codeListPagePath(list.name);
  const ended = list.entries.filter((entry) => entry.validTo !== undefined).length;
  const facts = [
    [both("Tên danh mục", "List name"), code(list.name)],
    [
      both("Chính thức", "Official"),
      list.official
        ? `Có — mã của văn bản chính thức <span lang="en">(official codes)</span>`
        : `Không — mã do dự án ndcvn đặt vì chưa tìm thấy bảng chính thức <span lang="en">(codes assigned by the project: no official table was found)</span>`,
    ],
    [
      both("Độ tin cậy", "Confidence"),
      escapeHtml(CONFIDENCE[/** @type {"H"} */ (list.confidence)] ?? list.confidence ?? "—"),
    ],
    [both("Nguồn", "Source"), `<span lang="en">${renderInline(list.source ?? "—")}</span>`],
    [
      both("Số mục", "Entries"),
      `${list.entries.length}${ended > 0 ? ` (${ended} mục đã hết hiệu lực <span lang="en">/ ended</span>)` : ""}`,
    ],
    [
      both("Tệp", "File"),
      `<span lang="en">${code(`@ndcvn/schemas/codelists/${list.name}.json`)}</span>`,
    ],
  ];
  const useItems = uses.map((use) => {
    const href = relativeUrl(
      path,
      `${schemaPagePath(use.database)}#${fieldAnchor(use.record, use.path)}`,
    );
    return `<li><a href="${escapeHtml(href)}">${escapeHtml(use.labelVi)}</a> <span lang="en">(${code(`${use.record}.${use.path}`)})</span></li>`;
  });
  const body = [
    `<h1>${escapeHtml(list.title.vi)} <span class="en" lang="en">${escapeHtml(list.title.en)}</span></h1>`,
    `<dl class="facts">${facts.map(([term, value]) => `<dt>${term}</dt><dd>${value}</dd>`).join("")}</dl>`,
    `<p lang="en">${renderInline(list.description ?? "")}</p>`,
    `<h2 id="dung-boi">Trường dùng danh mục <span class="en" lang="en">Fields that use it</span></h2>`,
    useItems.length > 0
      ? `<ul class="uses">${useItems.join("")}</ul>`
      : `<p>Không trường nào của các tài liệu JSON Schema dùng danh mục này trong <code>x-ndc-codelist</code>. <span lang="en">No field of the schema documents names this list.</span></p>`,
    `<h2 id="cac-muc">Các mục <span class="en" lang="en">Entries</span></h2>`,
    list.entries.length <= MAX_PRINTED_ENTRIES
      ? entriesTable(list)
      : `<p>Danh mục có ${list.entries.length} mục, quá dài để in trên một trang: dùng tệp JSON hoặc hàm tra cứu <code>lookupAdministrativeUnit</code> của <code>@ndcvn/schemas/admin-units</code>. <span lang="en">The list has ${list.entries.length} entries, too many for one page: use the JSON file or <code>lookupAdministrativeUnit</code> from <code>@ndcvn/schemas/admin-units</code>.</span></p>`,
  ];
  return {
    path,
    lang: "vi",
    title: `${list.title.vi} (${list.title.en})`,
    description: `Danh mục ${list.title.vi}. Code list: ${list.title.en}.`,
    body: body.join("\n"),
  };
}

/**
 * @param {SchemaData} data
 * @returns {Page[]} the index first
 */
export function codeListPages(data) {
  const uses = fieldUses(data);
  const path = "codelists/index.html";
  const rows = data.codeLists.map(
    (list) => `<tr>
<td><a href="${escapeHtml(relativeUrl(path, codeListPagePath(list.name)))}">${escapeHtml(list.title.vi)}</a></td>
<td lang="en">${escapeHtml(list.title.en)}</td>
<td>${code(list.name)}</td>
<td class="number">${list.entries.length}</td>
<td>${list.official ? "có" : "không"}</td>
</tr>`,
  );
  const index = {
    path,
    lang: /** @type {const} */ ("vi"),
    title: "Danh mục (Code lists)",
    description:
      "Các danh mục dùng chung của chuẩn dữ liệu ndcvn. The code lists of the ndcvn data standard.",
    body: `<h1>Danh mục <span class="en" lang="en">Code lists</span></h1>
<p>Danh mục là tệp dữ liệu có hiệu lực theo thời gian: mỗi mục có mã, tên tiếng Việt và tiếng Anh, ngày bắt đầu và kết thúc hiệu lực, và mã thay thế khi bị thay. Không bao giờ đổi nghĩa của một mã: mục cũ được kết thúc và mục mới được thêm. Đơn vị hành chính giữ cả danh sách ba cấp trước 2025 lẫn danh sách hai cấp hiện hành.</p>
<p lang="en">Code lists are effective-dated data files: each entry has a code, Vietnamese and English labels, the dates it is valid from and to, and the codes that replaced it. A code never changes meaning: the old entry ends and a new one is added. Administrative units keep both the three-level list before 2025 and the current two-level one.</p>
<div class="table-scroll" role="region" aria-label="Code lists" tabindex="0">
<table>
<caption>${data.codeLists.length} danh mục <span lang="en">(code lists)</span></caption>
<thead><tr>
<th scope="col">Danh mục</th>
<th scope="col" lang="en">Code list</th>
<th scope="col">${both("Tên", "Name")}</th>
<th scope="col">${both("Số mục", "Entries")}</th>
<th scope="col">${both("Chính thức", "Official")}</th>
</tr></thead>
<tbody>
${rows.join("\n")}
</tbody>
</table>
</div>`,
  };
  return [index, ...data.codeLists.map((list) => codeListPage(list, uses.get(list.name) ?? []))];
}
