// The JSON Schema (2020-12) of a linkage spec, built from the normaliser table so that each
// normaliser and its options are written once. `validateSpec` checks a spec against it, then checks
// what a schema cannot say (that a pass names defined fields, that names are unique).
import { NORMALISERS } from "../normalise/normalisers.js";
import type { JsonSchema } from "./json-schema.js";

const NAME_PATTERN = "^[A-Za-z][A-Za-z0-9_]{0,63}$";
// Dotted segments; none may reach the prototype chain.
const PATH_PATTERN =
  "^(?!(?:.*\\.)?(?:__proto__|prototype|constructor)(?:\\.|$))[^.]+(?:\\.[^.]+)*$";

function normaliserSchema(): JsonSchema {
  const definitions = Object.values(NORMALISERS);
  return {
    description:
      "A normaliser by name, or an object with its `name` and options. Normalisers run in order; only the first receives the raw value.",
    oneOf: [
      {
        type: "string",
        enum: definitions
          .filter((definition) => (definition.requiredOptions ?? []).length === 0)
          .map((definition) => definition.name),
      },
      {
        type: "object",
        required: ["name"],
        properties: { name: { enum: definitions.map((definition) => definition.name) } },
        allOf: definitions.map(
          (definition): JsonSchema => ({
            if: { properties: { name: { const: definition.name } }, required: ["name"] },
            // biome-ignore lint/suspicious/noThenProperty: `then` is the JSON Schema keyword.
            then: {
              description: definition.summary,
              properties: { name: {}, ...definition.options },
              additionalProperties: false,
              ...(definition.requiredOptions ? { required: definition.requiredOptions } : {}),
            },
          }),
        ),
      },
    ],
  };
}

/** The JSON Schema of a linkage spec (version 1). */
export const linkageSpecSchema: JsonSchema = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://schemas.ndcvn.org/linkage/LinkageSpec/1.0.0",
  title: "LinkageSpec",
  description:
    "How records are linked by @ndcvn/linkage: named fields read from each source's records and normalised, ordered passes of exact-match keys over them, vetoes, and a key-frequency guard.",
  type: "object",
  required: ["specVersion", "fields", "passes"],
  additionalProperties: false,
  properties: {
    specVersion: { const: 1, description: "The version of the spec format." },
    description: { type: "string", maxLength: 4000 },
    sources: {
      type: "array",
      minItems: 1,
      maxItems: 32,
      items: { $ref: "#/$defs/source" },
      description:
        "The sources, in order: `link` reads the first as left and the second as right, `dedupe` the first.",
    },
    recordId: {
      $ref: "#/$defs/paths",
      description: "Where each record's id is, for sources without their own. Default `id`.",
    },
    fields: {
      type: "object",
      minProperties: 1,
      propertyNames: { $ref: "#/$defs/name" },
      additionalProperties: { $ref: "#/$defs/field" },
    },
    passes: { type: "array", minItems: 1, items: { $ref: "#/$defs/pass" } },
    vetoes: { type: "array", items: { $ref: "#/$defs/veto" } },
    maxKeyFrequency: {
      type: "integer",
      minimum: 2,
      description: "Keys shared by more than this many records are reported and not used.",
    },
  },
  $defs: {
    name: {
      type: "string",
      pattern: NAME_PATTERN,
      description: "A letter, then letters, digits or `_` (at most 64).",
    },
    path: {
      type: "string",
      pattern: PATH_PATTERN,
      maxLength: 500,
      description:
        "A dotted path into a record (`envelope.data.birthName.fullName`); digits index an array (`contacts.0.value`).",
    },
    paths: {
      oneOf: [
        { $ref: "#/$defs/path" },
        {
          type: "array",
          minItems: 1,
          items: { $ref: "#/$defs/path" },
          description: "Candidate paths, tried in order: the first that holds a value is used.",
        },
      ],
    },
    fieldSource: {
      oneOf: [
        { $ref: "#/$defs/path" },
        {
          type: "array",
          minItems: 1,
          items: { $ref: "#/$defs/path" },
          description: "Candidate paths, tried in order: the first that holds a value is used.",
        },
        {
          type: "object",
          minProperties: 1,
          propertyNames: { $ref: "#/$defs/name" },
          additionalProperties: { $ref: "#/$defs/paths" },
          description: "Paths per source name; a source not named has no value for the field.",
        },
      ],
    },
    normaliser: normaliserSchema(),
    field: {
      type: "object",
      required: ["from"],
      additionalProperties: false,
      properties: {
        from: { $ref: "#/$defs/fieldSource" },
        normalise: {
          type: "array",
          items: { $ref: "#/$defs/normaliser" },
          description: 'Normalisers applied in order. Default `["trim"]`.',
        },
        description: { type: "string", maxLength: 4000 },
      },
    },
    pass: {
      type: "object",
      required: ["name", "key"],
      additionalProperties: false,
      properties: {
        name: { $ref: "#/$defs/name" },
        key: {
          type: "array",
          minItems: 1,
          uniqueItems: true,
          items: { $ref: "#/$defs/name" },
          description: "The fields whose normalised values make the key.",
        },
        maxKeyFrequency: { type: "integer", minimum: 2 },
        description: { type: "string", maxLength: 4000 },
      },
    },
    veto: {
      type: "object",
      required: ["name", "field", "rule"],
      additionalProperties: false,
      properties: {
        name: { $ref: "#/$defs/name" },
        field: { $ref: "#/$defs/name" },
        rule: {
          enum: ["differ"],
          description: "`differ`: both records have the field and the normalised values differ.",
        },
        passes: {
          type: "array",
          minItems: 1,
          uniqueItems: true,
          items: { $ref: "#/$defs/name" },
          description: "The passes the veto applies to, by name. Default: every pass.",
        },
        description: { type: "string", maxLength: 4000 },
      },
    },
    source: {
      type: "object",
      required: ["name"],
      additionalProperties: false,
      properties: {
        name: { $ref: "#/$defs/name" },
        recordId: { $ref: "#/$defs/paths" },
        description: { type: "string", maxLength: 4000 },
      },
    },
  },
};
