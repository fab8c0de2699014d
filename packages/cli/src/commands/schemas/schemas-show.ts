// `ndc schemas show <id|Type>`: what a schema holds, for readers — each property with its labels,
// type, sensitivity and legal basis — or the document itself as JSON.
import { catalog, type SchemaDocument } from "@ndcvn/schemas";
import { defineCommand } from "../../framework/command.js";
import { EXIT_CODES } from "../../framework/exit-codes.js";
import { type Locale, say } from "../../framework/locale.js";
import { wrap } from "../../framework/text-width.js";
import { resolveSchemaArgument } from "../../standard/resolve-schema.js";
import { loadSchemaDocuments } from "../../standard/schema-documents.js";
import { dereference, type SchemaNode } from "../../standard/schema-walk.js";
import { schemasMessages as m } from "./schemas-messages.js";

const WIDTH = 80;

function isNode(value: unknown): value is SchemaNode {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function list(value: unknown): string[] {
  if (typeof value === "string") return [value];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}

/** A short description of a property's type: `string (vn-personal-id)`, `PersonName`, `array of …`. */
function typeName(
  node: SchemaNode,
  documents: ReadonlyMap<string, SchemaDocument>,
  locale: Locale,
): string {
  if (typeof node.$ref === "string") {
    const target = documents.get(node.$ref);
    return target ? target.title : node.$ref;
  }
  if (node.type === "array" && isNode(node.items)) {
    return say(m.arrayOf, locale, { item: typeName(node.items, documents, locale) });
  }
  const types = list(node.type);
  const base = types.length > 0 ? types.join(" | ") : Array.isArray(node.enum) ? "enum" : "—";
  return typeof node.format === "string" ? `${base} (${node.format})` : base;
}

function sensitivity(value: unknown, locale: Locale): string | undefined {
  if (value === "public") return say(m.sensitivity_public, locale);
  if (value === "basic") return say(m.sensitivity_basic, locale);
  if (value === "sensitive") return say(m.sensitivity_sensitive, locale);
  return undefined;
}

function indented(text: string, indent: string): string[] {
  return wrap(text, WIDTH - indent.length).map((line) => `${indent}${line}`);
}

/** The text page of a schema document. */
export function renderSchema(
  document: SchemaDocument,
  documents: ReadonlyMap<string, SchemaDocument>,
  summary: { readonly database: string; readonly version: string },
  locale: Locale,
): string {
  const lines = [`${document.title} — ${document["x-ndc-label-vi"]}`, `$id: ${document.$id}`];
  const database = catalog.databases.find((d) => d.code === summary.database);
  lines.push(
    `${say(m.database, locale)}: ${summary.database}${
      database ? ` — ${database.name[locale]}` : ` (${say(m.sharedTypes, locale)})`
    }`,
  );
  if (database) lines.push(`${say(m.managingBody, locale)}: ${database.managingBody[locale]}`);
  lines.push(
    `${say(m.version, locale)}: ${summary.version}`,
    "",
    ...indented(document.description, ""),
  );
  const root = dereference(document, (id) => documents.get(id));
  const properties = isNode(root.properties) ? Object.entries(root.properties) : [];
  const required = new Set(list(root.required));
  lines.push("");
  if (properties.length === 0) {
    lines.push(
      say(m.noProperties, locale),
      `  ${say(m.type, locale)}: ${typeName(root, documents, locale)}`,
    );
  } else {
    lines.push(say(m.properties, locale, { count: properties.length }));
  }
  for (const [name, value] of properties) {
    if (!isNode(value)) continue;
    const labelVi = typeof value["x-ndc-label-vi"] === "string" ? value["x-ndc-label-vi"] : "";
    const title = typeof value.title === "string" ? value.title : "";
    lines.push("", `${name} — ${[labelVi, title].filter(Boolean).join(" · ")}`);
    const facts = [
      say(required.has(name) ? m.required : m.optional, locale),
      sensitivity(value["x-ndc-sensitivity"], locale),
      `${say(m.type, locale)}: ${typeName(value, documents, locale)}`,
    ].filter((fact): fact is string => fact !== undefined);
    lines.push(`  ${facts.join(" · ")}`);
    for (const basis of list(value["x-ndc-legal-basis"])) {
      lines.push(...indented(`${say(m.legalBasis, locale)}: ${basis}`, "  "));
    }
    if (typeof value["x-ndc-codelist"] === "string") {
      lines.push(`  ${say(m.codeList, locale)}: ${value["x-ndc-codelist"]}`);
    }
    if (typeof value["x-ndc-qcvn109"] === "string") {
      lines.push(`  ${say(m.qcvn109, locale)}: ${value["x-ndc-qcvn109"]}`);
    }
    if (typeof value.description === "string") lines.push(...indented(value.description, "  "));
  }
  return `${lines.join("\n")}\n`;
}

export const schemasShowCommand = defineCommand({
  name: "show",
  summary: m.showSummary,
  usage: "<id|Type> [--json]",
  arguments: [{ name: "id|Type", description: m.argSchema }],
  options: { json: { type: "boolean", description: m.optShowJson } },
  examples: [
    "ndc schemas show Citizen",
    "ndc schemas show insurance/HealthInsuranceCard --lang vi",
    "ndc schemas show https://schemas.ndcvn.org/common/PersonName/1.0.0 --json",
  ],
  async run({ io, locale, options, args }) {
    const summary = resolveSchemaArgument(args[0] as string);
    const documents = await loadSchemaDocuments();
    const document = documents.get(summary.id) as SchemaDocument;
    io.stdout.write(
      options.json
        ? `${JSON.stringify(document, null, 2)}\n`
        : renderSchema(document, documents, summary, locale),
    );
    return EXIT_CODES.ok;
  },
});
