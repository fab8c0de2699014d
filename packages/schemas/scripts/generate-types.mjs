// TypeScript types from the schema documents, through json-schema-to-typescript.
import { compile } from "json-schema-to-typescript";

const SCHEMA_HOST = /^https:\/\/schemas\.ndcvn\.org\//;

// Property titles would become hundreds of named aliases (FullName, FullName1, …); the type of a
// property is its schema, and its title, Vietnamese label and legal basis go into the doc comment.
function describe(schema) {
  const lines = [];
  const heading = [schema.title, schema["x-ndc-label-vi"] && `(${schema["x-ndc-label-vi"]})`]
    .filter(Boolean)
    .join(" ");
  if (heading) lines.push(`**${heading}**`);
  if (schema.description) lines.push(schema.description);
  const facts = [];
  if (schema["x-ndc-sensitivity"]) facts.push(`Sensitivity: ${schema["x-ndc-sensitivity"]}.`);
  const basis = schema["x-ndc-legal-basis"];
  if (basis) facts.push(`Legal basis: ${[basis].flat().join("; ")}.`);
  if (schema["x-ndc-codelist"]) facts.push(`Code list: ${schema["x-ndc-codelist"]}.`);
  if (facts.length) lines.push(facts.join(" "));
  return lines.join("\n\n");
}

/**
 * An object that extends another document through `allOf: [{ $ref }]` and closes itself with
 * `unevaluatedProperties: false` (the Attributed pattern) has exactly the properties of both: write
 * it as one object, so that its type is one flat interface rather than an intersection.
 */
function mergeExtendedObject(schema, byId) {
  if (schema?.unevaluatedProperties !== false || !Array.isArray(schema.allOf)) return schema;
  const merged = {
    ...schema,
    properties: { ...(schema.properties ?? {}) },
    required: [...(schema.required ?? [])],
  };
  const rest = [];
  for (const member of schema.allOf) {
    const target =
      member.$ref && Object.keys(member).length === 1 ? byId.get(member.$ref) : undefined;
    if (!target?.properties) {
      rest.push(member);
      continue;
    }
    merged.properties = { ...target.properties, ...merged.properties };
    merged.required = [...new Set([...(target.required ?? []), ...merged.required])];
  }
  if (rest.length) merged.allOf = rest;
  else delete merged.allOf;
  delete merged.unevaluatedProperties;
  merged.additionalProperties = false;
  return merged;
}

function prepare(input, isRoot, byId) {
  if (Array.isArray(input)) return input.map((item) => prepare(item, false, byId));
  const schema = mergeExtendedObject(input, byId);
  if (schema === null || typeof schema !== "object") return schema;
  const out = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === "examples" || key.startsWith("x-ndc-")) continue;
    if (key === "title" && !isRoot) continue;
    if (key === "properties" || key === "$defs" || key === "patternProperties") {
      out[key] = Object.fromEntries(
        Object.entries(value).map(([name, sub]) => [name, prepare(sub, key === "$defs", byId)]),
      );
    } else {
      out[key] = prepare(value, false, byId);
    }
  }
  if (!isRoot && out.$ref) {
    // A $ref with sibling annotations would be dereferenced into a copy and declared again; keep the
    // reference alone so the referenced type is used by name.
    const description = describe(schema);
    return description ? { allOf: [{ $ref: out.$ref }], description } : { $ref: out.$ref };
  }
  const description = describe(schema);
  if (description) out.description = description;
  // A schema that constrains nothing is `unknown` (json-schema-to-typescript would guess an object).
  const SHAPES = [
    "type",
    "$ref",
    "enum",
    "const",
    "properties",
    "items",
    "allOf",
    "anyOf",
    "oneOf",
    "additionalProperties",
  ];
  if (!isRoot && !SHAPES.some((key) => key in out)) out.tsType = "unknown";
  // An object that declares no properties is a map of anything (the option additionalProperties:
  // false, right for declared objects, would make it `{}`).
  if (out.type === "object" && !out.properties && out.additionalProperties === undefined)
    out.additionalProperties = true;
  return out;
}

/**
 * @param {{ database: string, name: string, document: any }[]} documents
 * @param {string} banner
 */
export async function generateTypes(documents, banner) {
  const raw = new Map(documents.map((entry) => [entry.document.$id, entry.document]));
  const byId = new Map(
    documents.map((entry) => [entry.document.$id, prepare(entry.document, true, raw)]),
  );
  const root = {
    $id: "https://schemas.ndcvn.org/_types",
    title: "NdcSchemaTypes",
    type: "object",
    additionalProperties: false,
    properties: Object.fromEntries(
      documents.map((entry) => [entry.document.$id, { $ref: entry.document.$id }]),
    ),
  };
  const source = await compile(root, "NdcSchemaTypes", {
    bannerComment: "",
    additionalProperties: false,
    format: true,
    strictIndexSignatures: true,
    ignoreMinAndMaxItems: true,
    unknownAny: true,
    $refOptions: {
      resolve: {
        http: false,
        ndc: {
          order: 1,
          canRead: SCHEMA_HOST,
          read: (file) => {
            const document = byId.get(file.url);
            if (!document) throw new Error(`Unknown schema document ${file.url}`);
            return JSON.stringify(document);
          },
        },
      },
    },
  });
  const types = source
    .replace(/export interface NdcSchemaTypes \{[\s\S]*?\n\}\n/, "")
    // json-schema-to-typescript notes array bounds as @minItems/@maxItems tags, which TSDoc does not
    // know; the bounds are in the schema documents.
    .replace(/\n\s*\*\s*@(minItems|maxItems) \d+/g, "");
  return `${banner}\n\n${types}`;
}
