// Markdown reference pages for the docs site: one page per database (and one for the common types),
// with a field table per record type — path, type, Vietnamese label, English title, sensitivity,
// legal basis, code list.

const SCHEMA_HOST = "https://schemas.ndcvn.org/";
const refName = (ref) => ref.replace(SCHEMA_HOST, "").split("/")[1];
const cell = (text) =>
  String(text ?? "")
    .replace(/\|/g, "\\|")
    .replace(/\n+/g, " ");

function typeOf(schema) {
  if (schema.$ref)
    return `[${refName(schema.$ref)}](common.md#${refName(schema.$ref).toLowerCase()})`;
  const attributed = schema.allOf?.find((part) => part.$ref?.includes("/Attributed/"));
  if (attributed)
    return `Attributed<${schema.properties?.value ? typeOf(schema.properties.value) : "unknown"}>`;
  if (schema.const !== undefined) return `\`${JSON.stringify(schema.const)}\``;
  if (schema.enum) return schema.enum.map((value) => `\`${value}\``).join(" | ");
  if (schema.type === "array") return `array of ${schema.items ? typeOf(schema.items) : "any"}`;
  const type = [schema.type ?? "any"].flat().join(" | ");
  return schema.format ? `${type} (${schema.format})` : type;
}

function rows(schema, prefix, required) {
  const out = [];
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    const path = `${prefix}${name}`;
    const basis = property["x-ndc-legal-basis"];
    const codelist = property["x-ndc-codelist"];
    out.push(
      [
        `\`${path}\`${required.includes(name) ? " *" : ""}`,
        typeOf(property),
        property["x-ndc-label-vi"],
        property.title,
        property["x-ndc-sensitivity"],
        basis ? [basis].flat().join("; ") : "—",
        codelist
          ? [codelist]
              .flat()
              .map((c) => `\`${c}\``)
              .join(", ")
          : "",
      ]
        .map(cell)
        .join(" | "),
    );
    if (property.properties) out.push(...rows(property, `${path}.`, property.required ?? []));
    if (property.items?.properties)
      out.push(...rows(property.items, `${path}[].`, property.items.required ?? []));
  }
  return out;
}

function section(entry) {
  const doc = entry.document;
  const lines = [
    `## ${doc.title}`,
    "",
    `**${doc["x-ndc-label-vi"]}** · \`${doc.$id}\``,
    "",
    doc.description,
    "",
  ];
  if (doc["x-ndc-legal-basis"])
    lines.push(`Legal basis: ${[doc["x-ndc-legal-basis"]].flat().join("; ")}.`, "");
  if (doc.properties) {
    lines.push(
      "| Field | Type | Tên trường | Field name | Sensitivity | Legal basis | Code list |",
      "|---|---|---|---|---|---|---|",
      ...rows(doc, "", doc.required ?? []).map((row) => `| ${row} |`),
      "",
      "`*` required.",
      "",
    );
  } else {
    lines.push(`Type: ${typeOf(doc)}${doc.pattern ? `, pattern \`${doc.pattern}\`` : ""}.`, "");
  }
  return lines.join("\n");
}

/**
 * @param {{ databases: any[] }} catalog
 * @param {{ database: string, document: any }[]} documents
 */
export function generateReferencePages(catalog, documents, banner) {
  const files = new Map();
  const pages = [
    {
      code: "common",
      heading: "Common types — Kiểu dữ liệu dùng chung",
      intro: "Types shared by every national database's records, referenced by `$ref`.",
    },
    ...catalog.databases.map((database) => ({
      code: database.code,
      heading: `${database.name.vi} — ${database.name.en}`,
      intro: [
        `Database code: \`${database.code}\`. Managing body: ${database.managingBody.vi} (${database.managingBody.en}).`,
        `Legal basis: ${database.legalBasis.join("; ")}.`,
      ].join("\n\n"),
    })),
  ];
  for (const page of pages) {
    const own = documents.filter((entry) => entry.database === page.code);
    if (own.length === 0) continue;
    files.set(
      `reference/${page.code}.md`,
      [
        `<!-- ${banner.replace(/^\/\/ /, "")} -->`,
        "",
        `# ${page.heading}`,
        "",
        page.intro,
        "",
        ...own.map(section),
      ].join("\n"),
    );
  }
  const index = [
    `<!-- ${banner.replace(/^\/\/ /, "")} -->`,
    "",
    "# Schema reference — Tài liệu lược đồ dữ liệu",
    "",
    "| Code | Cơ sở dữ liệu | Database | Record types |",
    "|---|---|---|---|",
    ...catalog.databases.map(
      (database) =>
        `| [\`${database.code}\`](${database.code}.md) | ${cell(database.name.vi)} | ${cell(database.name.en)} | ${database.recordTypes.map((r) => r.name).join(", ")} |`,
    ),
    "",
    "Shared types: [common](common.md).",
    "",
  ].join("\n");
  files.set("reference/README.md", index);
  return files;
}
