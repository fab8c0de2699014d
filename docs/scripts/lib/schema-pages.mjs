// The schema reference: an index, one page per national database and one for the common types,
// generated from the catalog and the JSON Schema documents of @ndcvn/schemas. Vietnamese first —
// data stewards read these pages — with the English titles and descriptions beside.
import { escapeHtml } from "./html.mjs";
import { renderInline } from "./markdown.mjs";
import {
  COMMON,
  codeListPagePath,
  codeListsOf,
  fieldAnchor,
  fieldsOf,
  legalBasisOf,
  parseSchemaId,
  recordAnchor,
  schemaJsonPath,
  schemaPagePath,
} from "./schema-model.mjs";
import { relativeUrl } from "./site-url.mjs";

/** Levels of `x-ndc-sensitivity`, as the personal-data law names them (Law 91/2025/QH15). */
export const SENSITIVITY = {
  public: {
    vi: "Công khai",
    en: "public",
    meaningVi: "không phải dữ liệu cá nhân: mã, cơ quan, thông tin về bản ghi",
    meaningEn: "not personal data: codes, authorities, facts about the record",
  },
  basic: {
    vi: "Cơ bản",
    en: "basic",
    meaningVi: "dữ liệu cá nhân cơ bản",
    meaningEn: "basic personal data",
  },
  sensitive: {
    vi: "Nhạy cảm",
    en: "sensitive",
    meaningVi:
      "dữ liệu cá nhân nhạy cảm, ví dụ tôn giáo, sức khoẻ, sinh trắc học, tiền án, tài chính, vị trí chính xác",
    meaningEn:
      "sensitive personal data, e.g. religion, health, biometrics, criminal records, finances, precise location",
  },
};

/**
 * @typedef {import("./schema-data.mjs").SchemaData} SchemaData
 * @typedef {import("./schema-data.mjs").SchemaFile} SchemaFile
 * @typedef {import("./layout.mjs").Page} Page
 */

/**
 * A bilingual column or field heading: Vietnamese, then English in its own language.
 * @param {string} vi
 * @param {string} en
 */
const both = (vi, en) => `${escapeHtml(vi)} <span class="en" lang="en">${escapeHtml(en)}</span>`;

/**
 * @param {string} text
 */
const code = (text) => `<code>${escapeHtml(text)}</code>`;

/**
 * The type of a property, with links to the common types it refers to.
 * @param {Record<string, any>} schema
 * @param {string} from the page being written
 * @returns {string}
 */
function typeHtml(schema, from) {
  if (typeof schema.$ref === "string") {
    const target = parseSchemaId(schema.$ref);
    if (!target) return code(schema.$ref);
    const href = relativeUrl(
      from,
      `${schemaPagePath(target.database)}#${recordAnchor(target.name)}`,
    );
    return `<a href="${escapeHtml(href)}">${escapeHtml(target.name)}</a>`;
  }
  const attributed = schema.allOf?.find(
    (/** @type {any} */ part) =>
      typeof part.$ref === "string" && parseSchemaId(part.$ref)?.name === "Attributed",
  );
  if (attributed) {
    const value = schema.properties?.value ? typeHtml(schema.properties.value, from) : "unknown";
    return `${typeHtml(attributed, from)}&lt;${value}&gt;`;
  }
  if (schema.const !== undefined) return code(JSON.stringify(schema.const));
  if (Array.isArray(schema.enum))
    return schema.enum.map((value) => code(String(value))).join(" | ");
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (Array.isArray(alternatives))
    return alternatives.map((/** @type {any} */ part) => typeHtml(part, from)).join(" | ");
  if (schema.type === "array")
    return `array of ${schema.items ? typeHtml(schema.items, from) : "any"}`;
  const type = [schema.type ?? "any"].flat().join(" | ");
  return typeof schema.format === "string" ? `${type} (${escapeHtml(schema.format)})` : type;
}

/**
 * @param {unknown} level
 */
function sensitivityHtml(level) {
  const known = SENSITIVITY[/** @type {keyof typeof SENSITIVITY} */ (level)];
  if (!known) return level === undefined ? "—" : escapeHtml(level);
  return `<span class="sensitivity sensitivity-${known.en}">${both(known.vi, known.en)}</span>`;
}

/**
 * @param {string[]} citations
 */
function legalBasisHtml(citations) {
  return citations.length === 0 ? "—" : citations.map(escapeHtml).join("<br>");
}

/**
 * @param {Record<string, any>} schema
 * @param {string} from
 * @param {Set<string>} knownLists
 * @param {string[]} warnings
 */
function codeListLinks(schema, from, knownLists, warnings) {
  return codeListsOf(schema)
    .map((name) => {
      if (knownLists.has(name))
        return `<a class="code-list" href="${escapeHtml(relativeUrl(from, codeListPagePath(name)))}">${code(name)}</a>`;
      warnings.push(`x-ndc-codelist names "${name}", which is not a code list of @ndcvn/schemas`);
      return code(name);
    })
    .join("<br>");
}

const FIELD_TABLE_HEAD = `<thead><tr>
<th scope="col">${both("Trường", "Field, type")}</th>
<th scope="col">Tên trường</th>
<th scope="col" lang="en">Field name</th>
<th scope="col">${both("Mức độ nhạy cảm", "Sensitivity")}</th>
<th scope="col">${both("Căn cứ pháp lý", "Legal basis")}</th>
<th scope="col">${both("Danh mục", "Code list")}</th>
</tr></thead>`;

/**
 * @param {SchemaFile} entry
 * @param {string} from
 * @param {Set<string>} knownLists
 * @param {string[]} warnings
 */
function fieldTable(entry, from, knownLists, warnings) {
  const rows = [...fieldsOf(entry.document)].map((field) => {
    const schema = field.schema;
    const qcvn = schema["x-ndc-qcvn109"]
      ? `<span class="qcvn" lang="en">QCVN 109: ${code(schema["x-ndc-qcvn109"])}</span>`
      : "";
    const required = field.required ? '<span class="badge">bắt buộc</span>' : "";
    const description = schema.description
      ? `<span class="description">${renderInline(schema.description)}</span>`
      : "";
    return `<tr id="${escapeHtml(fieldAnchor(entry.name, field.path))}">
<td><code class="path">${escapeHtml(field.path).replace(/\./g, ".<wbr>")}</code>${required}<span class="type" lang="en">${typeHtml(schema, from)}</span>${qcvn}</td>
<td>${escapeHtml(schema["x-ndc-label-vi"] ?? "—")}</td>
<td lang="en"><strong>${escapeHtml(schema.title ?? "—")}</strong>${description}</td>
<td>${sensitivityHtml(schema["x-ndc-sensitivity"])}</td>
<td lang="en">${legalBasisHtml(legalBasisOf(schema))}</td>
<td>${codeListLinks(schema, from, knownLists, warnings)}</td>
</tr>`;
  });
  const caption = `Các trường của ${escapeHtml(entry.document["x-ndc-label-vi"] ?? entry.name)} <span lang="en">(fields of ${escapeHtml(entry.name)})</span>`;
  return `<div class="table-scroll" role="region" aria-label="${escapeHtml(entry.name)} fields" tabindex="0">
<table class="fields">
<caption>${caption}</caption>
${FIELD_TABLE_HEAD}
<tbody>
${rows.join("\n")}
</tbody>
</table>
</div>`;
}

/**
 * The facts of a type that has no properties: a string with a format and a pattern, and so on.
 * @param {Record<string, any>} document
 * @param {string} from
 */
function scalarFacts(document, from) {
  const facts = [[both("Kiểu", "Type"), typeHtml(document, from)]];
  if (document.pattern) facts.push([both("Mẫu", "Pattern"), code(document.pattern)]);
  if (document.minLength !== undefined || document.maxLength !== undefined)
    facts.push([
      both("Độ dài", "Length"),
      escapeHtml(`${document.minLength ?? 0}–${document.maxLength ?? "∞"}`),
    ]);
  if (document["x-ndc-sensitivity"])
    facts.push([
      both("Mức độ nhạy cảm", "Sensitivity"),
      sensitivityHtml(document["x-ndc-sensitivity"]),
    ]);
  return `<dl class="facts">${facts.map(([term, value]) => `<dt>${term}</dt><dd lang="en">${value}</dd>`).join("")}</dl>`;
}

/**
 * @param {SchemaFile} entry
 * @param {string} from
 * @param {Set<string>} knownLists
 * @param {string[]} warnings
 */
function recordSection(entry, from, knownLists, warnings) {
  const doc = entry.document;
  const labelVi = doc["x-ndc-label-vi"] ?? entry.name;
  const id = parseSchemaId(doc.$id ?? "");
  const basis = legalBasisOf(doc);
  const parts = [
    `<section class="record">`,
    `<h2 id="${escapeHtml(recordAnchor(entry.name))}">${escapeHtml(labelVi)} <span class="en" lang="en">${escapeHtml(entry.name)}</span></h2>`,
    `<p class="schema-id"><span lang="en">${code(doc.$id ?? "")}${id ? ` · version ${escapeHtml(id.version)}` : ""}</span> · <a href="${escapeHtml(relativeUrl(from, schemaJsonPath(entry.file)))}" type="application/schema+json">Tải JSON Schema <span lang="en">(download)</span></a></p>`,
  ];
  if (doc.description) parts.push(`<p lang="en">${renderInline(doc.description)}</p>`);
  if (basis.length > 0)
    parts.push(
      `<p>Căn cứ pháp lý <span lang="en">(legal basis)</span>: <span lang="en">${basis.map(escapeHtml).join("; ")}</span></p>`,
    );
  parts.push(
    doc.properties ? fieldTable(entry, from, knownLists, warnings) : scalarFacts(doc, from),
  );
  if (Array.isArray(doc.examples) && doc.examples.length > 0) {
    parts.push(
      `<details class="example"><summary>Ví dụ <span lang="en">(example, synthetic data)</span></summary>`,
      `<pre lang="en"><code class="language-json">${escapeHtml(JSON.stringify(doc.examples[0], null, 2))}</code></pre>`,
      `</details>`,
    );
  }
  parts.push(`</section>`);
  return parts.join("\n");
}

/**
 * The list of a page's record types, linking to their sections.
 * @param {SchemaFile[]} entries
 */
function contents(entries) {
  const items = entries.map(
    (entry) =>
      `<li><a href="#${escapeHtml(recordAnchor(entry.name))}">${escapeHtml(entry.document["x-ndc-label-vi"] ?? entry.name)}</a> <span lang="en">(${escapeHtml(entry.name)})</span></li>`,
  );
  return `<nav class="contents" aria-label="Loại bản ghi (record types)"><ul>${items.join("")}</ul></nav>`;
}

/**
 * @param {string} path
 */
function readingGuideLink(path) {
  return `<p class="reading-guide">Cách đọc bảng trường <span lang="en">(how to read the field tables)</span>: <a href="${escapeHtml(relativeUrl(path, "schemas/index.html#cach-doc"))}">xem phần giải thích</a>.</p>`;
}

/**
 * @param {SchemaData} data
 * @returns {{ pages: Page[], warnings: string[] }}
 */
export function schemaPages(data) {
  /** @type {string[]} */
  const warnings = [];
  const knownLists = new Set(data.codeLists.map((list) => list.name));
  /** @type {Map<string, SchemaFile[]>} */
  const byDatabase = new Map();
  for (const entry of data.documents) {
    byDatabase.set(entry.database, [...(byDatabase.get(entry.database) ?? []), entry]);
  }
  /** @type {Page[]} */
  const pages = [];

  for (const database of data.catalog.databases) {
    const path = schemaPagePath(database.code);
    const entries = database.recordTypes.map((recordType) => {
      const entry = byDatabase.get(database.code)?.find((e) => e.document.$id === recordType.id);
      if (!entry)
        throw new Error(
          `catalog.json lists ${recordType.id}, but no document under schemas/${database.code}/ has that $id`,
        );
      return entry;
    });
    const facts = [
      [both("Mã", "Code"), code(database.code)],
      [
        both("Cơ quan quản lý", "Managing body"),
        `${escapeHtml(database.managingBody.vi)} <span lang="en">(${escapeHtml(database.managingBody.en)})</span>`,
      ],
      [
        both("Căn cứ pháp lý", "Legal basis"),
        `<span lang="en">${database.legalBasis.map(escapeHtml).join("; ")}</span>`,
      ],
    ];
    pages.push({
      path,
      lang: "vi",
      title: `${database.name.vi} (${database.name.en})`,
      description: `Các loại bản ghi và trường của ${database.name.vi}. Record types and fields of the ${database.name.en}.`,
      body: [
        `<h1>${escapeHtml(database.name.vi)} <span class="en" lang="en">${escapeHtml(database.name.en)}</span></h1>`,
        `<dl class="facts">${facts.map(([term, value]) => `<dt>${term}</dt><dd>${value}</dd>`).join("")}</dl>`,
        contents(entries),
        readingGuideLink(path),
        ...entries.map((entry) => recordSection(entry, path, knownLists, warnings)),
      ].join("\n"),
    });
  }

  for (const folder of byDatabase.keys()) {
    if (folder !== COMMON && !data.catalog.databases.some((d) => d.code === folder))
      warnings.push(
        `schemas/${folder}/ is not a database of catalog.json: its documents are not shown`,
      );
  }

  const common = byDatabase.get(COMMON) ?? [];
  const commonPath = schemaPagePath(COMMON);
  pages.push({
    path: commonPath,
    lang: "vi",
    title: "Kiểu dữ liệu dùng chung (Common types)",
    description:
      "Các kiểu dữ liệu dùng chung của chuẩn dữ liệu ndcvn. The shared types of the ndcvn data standard.",
    body: [
      `<h1>Kiểu dữ liệu dùng chung <span class="en" lang="en">Common types</span></h1>`,
      `<p>Các kiểu mà bản ghi của mọi cơ sở dữ liệu tham chiếu bằng ${code("$ref")}: họ tên, ngày tháng không đầy đủ, địa chỉ, đơn vị hành chính, các loại số định danh… <span lang="en">The types that the records of every database refer to with ${code("$ref")}: names, partial dates, addresses, administrative units, identifiers…</span></p>`,
      contents(common),
      readingGuideLink(commonPath),
      ...common.map((entry) => recordSection(entry, commonPath, knownLists, warnings)),
    ].join("\n"),
  });

  pages.unshift(indexPage(data, common.length));
  return { pages, warnings };
}

/**
 * @param {SchemaData} data
 * @param {number} commonCount
 * @returns {Page}
 */
function indexPage(data, commonCount) {
  const path = "schemas/index.html";
  const recordCount = data.catalog.databases.reduce((sum, d) => sum + d.recordTypes.length, 0);
  const rows = data.catalog.databases.map(
    (database) => `<tr>
<td><a href="${escapeHtml(relativeUrl(path, schemaPagePath(database.code)))}">${escapeHtml(database.name.vi)}</a></td>
<td lang="en">${escapeHtml(database.name.en)}</td>
<td>${code(database.code)}</td>
<td>${escapeHtml(database.managingBody.vi)}</td>
<td lang="en">${database.recordTypes.map((r) => escapeHtml(r.name)).join(", ")}</td>
</tr>`,
  );
  const levels = Object.values(SENSITIVITY)
    .map(
      (level) =>
        `<li><span class="sensitivity sensitivity-${level.en}">${both(level.vi, level.en)}</span>: ${escapeHtml(level.meaningVi)} <span lang="en">(${escapeHtml(level.meaningEn)})</span></li>`,
    )
    .join("\n");
  return {
    path,
    lang: "vi",
    title: "Tài liệu lược đồ dữ liệu (Schema reference)",
    description:
      "Các cơ sở dữ liệu quốc gia, loại bản ghi và trường của chuẩn dữ liệu ndcvn. The national databases, record types and fields of the ndcvn data standard.",
    body: `<h1>Tài liệu lược đồ dữ liệu <span class="en" lang="en">Schema reference</span></h1>
<p>Chuẩn dữ liệu ndcvn mô tả bản ghi của ${data.catalog.databases.length} cơ sở dữ liệu quốc gia bằng ${recordCount} tài liệu JSON Schema 2020-12, cùng ${commonCount} kiểu dữ liệu dùng chung và ${data.codeLists.length} danh mục. Mỗi trường có tên tiếng Việt và tiếng Anh, mức độ nhạy cảm theo pháp luật về bảo vệ dữ liệu cá nhân và căn cứ pháp lý khi luật quy định trường đó. Các trang này được sinh từ gói <code>@ndcvn/schemas</code> ${escapeHtml(data.version)}.</p>
<p lang="en">The ndcvn data standard describes the records of ${data.catalog.databases.length} national databases in ${recordCount} JSON Schema 2020-12 documents, with ${commonCount} common types and ${data.codeLists.length} code lists. Every field has a Vietnamese and an English name, a sensitivity level under the personal-data law and, where a law defines it, its legal basis. These pages are generated from <code>@ndcvn/schemas</code> ${escapeHtml(data.version)}.</p>
<div class="table-scroll" role="region" aria-label="National databases" tabindex="0">
<table>
<caption>Cơ sở dữ liệu quốc gia <span lang="en">(national databases)</span></caption>
<thead><tr>
<th scope="col">Cơ sở dữ liệu</th>
<th scope="col" lang="en">Database</th>
<th scope="col">${both("Mã", "Code")}</th>
<th scope="col">${both("Cơ quan quản lý", "Managing body")}</th>
<th scope="col">${both("Loại bản ghi", "Record types")}</th>
</tr></thead>
<tbody>
${rows.join("\n")}
</tbody>
</table>
</div>
<p>Xem thêm <span lang="en">(see also)</span>: <a href="${escapeHtml(relativeUrl(path, schemaPagePath(COMMON)))}">kiểu dữ liệu dùng chung</a> <span lang="en">(common types)</span> · <a href="${escapeHtml(relativeUrl(path, "codelists/index.html"))}">danh mục</a> <span lang="en">(code lists)</span>.</p>
<h2 id="cach-doc">Cách đọc bảng trường <span class="en" lang="en">How to read the field tables</span></h2>
<dl class="legend">
<dt>${both("Trường", "Field")}</dt>
<dd>Đường dẫn của trường trong bản ghi (<code>[]</code> là một phần tử của mảng) và kiểu dữ liệu; kiểu dùng chung có liên kết đến định nghĩa. <span class="badge">bắt buộc</span> đánh dấu trường bắt buộc; <span lang="en">QCVN 109</span> là phần tử của QCVN 109:2017/BTTTT mang cùng dữ liệu. <span lang="en">The field's path in the record (<code>[]</code> marking an array item) and its type, linked when it is a common type; required fields are marked; QCVN 109 names the element of the national message standard that carries the same datum.</span></dd>
<dt>${both("Tên trường", "Field name")}</dt>
<dd>Tên tiếng Việt (<code>x-ndc-label-vi</code>), rồi tên và mô tả tiếng Anh (<code>title</code>, <code>description</code>). <span lang="en">The Vietnamese name, then the English title and description.</span></dd>
<dt>${both("Mức độ nhạy cảm", "Sensitivity")}</dt>
<dd>Giá trị <code>x-ndc-sensitivity</code>, theo Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15 <span lang="en">(Law on Personal Data Protection 91/2025/QH15)</span>:
<ul>
${levels}
</ul></dd>
<dt>${both("Căn cứ pháp lý", "Legal basis")}</dt>
<dd>Điều, khoản của văn bản quy phạm pháp luật định nghĩa trường (<code>x-ndc-legal-basis</code>); “—” khi chưa xác định được điều khoản. <span lang="en">The article of law that defines the field; “—” where none was found.</span></dd>
<dt>${both("Danh mục", "Code list")}</dt>
<dd>Danh mục chứa các mã hợp lệ của trường (<code>x-ndc-codelist</code>). <span lang="en">The code list that holds the field's valid codes.</span></dd>
</dl>
<h2 id="tai-ve">Dùng các tài liệu JSON Schema <span class="en" lang="en">Using the JSON Schema documents</span></h2>
<p>Mỗi loại bản ghi có liên kết tải tài liệu JSON Schema. Trong mã nguồn, các tài liệu nằm trong gói npm <code>@ndcvn/schemas</code>, tại <code>schemas/&lt;cơ sở dữ liệu&gt;/&lt;LoạiBảnGhi&gt;.schema.json</code>; mọi trình kiểm tra JSON Schema 2020-12 đều dùng được.</p>
<p lang="en">Each record type links to its JSON Schema document. In code, the documents ship in the <code>@ndcvn/schemas</code> npm package at <code>schemas/&lt;database&gt;/&lt;RecordType&gt;.schema.json</code>; any JSON Schema 2020-12 validator can use them, and <code>@ndcvn/validators</code> adds the identifier formats and bilingual messages.</p>`,
  };
}
