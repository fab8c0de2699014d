// The shape of a schema document as a tree of properties and array items: the field list of the
// completeness check, and the known paths that issue and text locations are reduced to. `$ref`s to
// the common types are followed through the `documents` resolver; `allOf`/`anyOf`/`oneOf` and
// `if`/`then`/`else` branches add the properties they name. Cycles and very deep nesting stop.
import { parsePointer } from "./json-pointer.js";
import type { FieldLabel, JsonSchemaObject } from "./types.js";

/** One node of the tree: a property, an array's items, or the root. */
export interface SchemaNode {
  /** Labels of this step (`x-ndc-label-vi`, `title`), from the referencing site first. */
  readonly label: FieldLabel | undefined;
  /** Properties, in document order; `undefined` when the node has none (a leaf). */
  readonly properties: ReadonlyMap<string, SchemaNode> | undefined;
  /** Names of the properties that are required unconditionally. */
  readonly required: ReadonlySet<string>;
  /** The items of an array node. */
  readonly items: SchemaNode | undefined;
  /** Whether the node is an array. */
  readonly isArray: boolean;
}

export type DocumentResolver = (id: string) => JsonSchemaObject | undefined;

const MAX_DEPTH = 16;
const MAX_REF_HOPS = 16;
const BRANCHES = ["allOf", "anyOf", "oneOf", "then", "else"] as const;

function asSchema(value: unknown): JsonSchemaObject | undefined {
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as JsonSchemaObject)
    : undefined;
}

function labelOf(schema: JsonSchemaObject): FieldLabel | undefined {
  const vi = schema["x-ndc-label-vi"];
  const en = schema.title;
  if (typeof vi !== "string" && typeof en !== "string") return undefined;
  return {
    vi: typeof vi === "string" ? vi : String(en),
    en: typeof en === "string" ? en : String(vi),
  };
}

/** Build the tree of a document. Never throws; unresolved `$ref`s become leaves. */
export function buildSchemaTree(
  document: JsonSchemaObject,
  documents: DocumentResolver | undefined,
): SchemaNode {
  const rootId = typeof document.$id === "string" ? document.$id : "";

  function resolveRef(ref: string, base: JsonSchemaObject): JsonSchemaObject | undefined {
    const hash = ref.indexOf("#");
    const id = hash < 0 ? ref : ref.slice(0, hash);
    const fragment = hash < 0 ? "" : ref.slice(hash + 1);
    let target: JsonSchemaObject | undefined;
    if (id === "") target = base;
    else if (id === rootId) target = document;
    else {
      try {
        target = asSchema(documents?.(id));
      } catch {
        target = undefined;
      }
    }
    if (!target || fragment === "") return target;
    const segments = parsePointer(decodeURIComponent(fragment));
    if (!segments) return undefined;
    let current: unknown = target;
    for (const segment of segments) {
      const schema = asSchema(current);
      current = schema && Object.hasOwn(schema, segment) ? schema[segment] : undefined;
    }
    return asSchema(current);
  }

  /** The schema with its `$ref` chain merged in (the referencing site's keywords win). */
  function dereference(
    schema: JsonSchemaObject,
    base: JsonSchemaObject,
    seen: ReadonlySet<string>,
  ): { schema: JsonSchemaObject; base: JsonSchemaObject; seen: ReadonlySet<string> } {
    let merged: Record<string, unknown> = { ...schema };
    let currentBase = base;
    const visited = new Set(seen);
    for (let hop = 0; hop < MAX_REF_HOPS; hop++) {
      const ref = merged.$ref;
      if (typeof ref !== "string" || visited.has(ref)) break;
      visited.add(ref);
      const target = resolveRef(ref, currentBase);
      const { $ref: _dropped, ...site } = merged;
      if (!target) {
        merged = { ...site, "x-unresolved": true };
        break;
      }
      if (typeof target.$id === "string") currentBase = target;
      merged = { ...target, ...site };
    }
    return { schema: merged, base: currentBase, seen: visited };
  }

  function build(
    input: JsonSchemaObject,
    base: JsonSchemaObject,
    seen: ReadonlySet<string>,
    depth: number,
  ): SchemaNode {
    const label = labelOf(input);
    const resolved = dereference(input, base, seen);
    const schema = resolved.schema;
    const properties = new Map<string, SchemaNode>();
    const required = new Set<string>();
    let items: SchemaNode | undefined;
    let isArray = schema.type === "array";

    const addFrom = (
      part: JsonSchemaObject,
      partBase: JsonSchemaObject,
      partSeen: ReadonlySet<string>,
      unconditional: boolean,
    ) => {
      if (unconditional && Array.isArray(part.required)) {
        for (const name of part.required) if (typeof name === "string") required.add(name);
      }
      const props = asSchema(part.properties);
      if (props && depth < MAX_DEPTH) {
        for (const [name, child] of Object.entries(props)) {
          const childSchema = asSchema(child);
          if (childSchema && !properties.has(name)) {
            properties.set(name, build(childSchema, partBase, partSeen, depth + 1));
          }
        }
      }
      const partItems = asSchema(part.items);
      if (partItems && !items && depth < MAX_DEPTH) {
        isArray = true;
        items = build(partItems, partBase, partSeen, depth + 1);
      }
    };

    addFrom(schema, resolved.base, resolved.seen, true);
    // Branches: properties they add (e.g. `anyOf` of objects); requirements only from `allOf`.
    for (const keyword of BRANCHES) {
      const value = schema[keyword];
      const parts = Array.isArray(value) ? value : [value];
      for (const part of parts) {
        const branch = asSchema(part);
        if (!branch) continue;
        const inner = dereference(branch, resolved.base, resolved.seen);
        addFrom(inner.schema, inner.base, inner.seen, keyword === "allOf");
      }
    }
    return {
      label: label ?? labelOf(schema),
      properties: properties.size > 0 ? properties : undefined,
      required,
      items,
      isArray,
    };
  }

  try {
    return build(document, document, new Set(), 0);
  } catch {
    return {
      label: undefined,
      properties: undefined,
      required: new Set(),
      items: undefined,
      isArray: false,
    };
  }
}

/** One field of the completeness check. */
export interface FieldEntry {
  readonly segments: readonly string[];
  readonly label: FieldLabel | undefined;
  readonly required: boolean;
}

/**
 * The fields of a tree, in document order: every leaf reached through object properties (an
 * array is one field: its items are not walked), plus any required object under which no field is
 * required (so that a required part is measured even when all its own fields are optional).
 */
export function listFields(root: SchemaNode): FieldEntry[] {
  const fields: FieldEntry[] = [];
  const visit = (
    node: SchemaNode,
    segments: string[],
    labels: FieldLabel[],
    required: boolean,
  ): boolean => {
    const label = labels.length > 0 ? joinLabels(labels) : undefined;
    if (!node.properties || node.isArray) {
      fields.push({ segments, label, required });
      return required;
    }
    const at = fields.length;
    let anyRequired = false;
    for (const [name, child] of node.properties) {
      const childLabels = [...labels, child.label ?? { vi: name, en: name }];
      const childRequired = required && node.required.has(name);
      if (visit(child, [...segments, name], childLabels, childRequired)) anyRequired = true;
    }
    if (required && !anyRequired && segments.length > 0) {
      fields.splice(at, 0, { segments, label, required: true });
      return true;
    }
    return anyRequired;
  };
  visit(root, [], [], true);
  return fields;
}

function joinLabels(labels: readonly FieldLabel[]): FieldLabel {
  return {
    vi: labels.map((label) => label.vi).join(" › "),
    en: labels.map((label) => label.en).join(" › "),
  };
}

/** The node at a pointer's segments (array items through any segment), or `undefined`. */
export function nodeAt(root: SchemaNode, segments: readonly string[]): SchemaNode | undefined {
  let node: SchemaNode | undefined = root;
  for (const segment of segments) {
    if (!node) return undefined;
    if (node.isArray && node.items && (segment === "*" || /^\d+$/.test(segment))) node = node.items;
    else node = node.properties?.get(segment);
  }
  return node;
}

/** The labels of each step of a path, joined, when the tree knows every step. */
export function labelAt(root: SchemaNode, segments: readonly string[]): FieldLabel | undefined {
  const labels: FieldLabel[] = [];
  let node: SchemaNode | undefined = root;
  for (const segment of segments) {
    if (!node) return undefined;
    if (node.isArray && node.items && (segment === "*" || /^\d+$/.test(segment))) {
      node = node.items;
      continue;
    }
    node = node.properties?.get(segment);
    labels.push(node?.label ?? { vi: segment, en: segment });
  }
  return node && labels.length > 0 ? joinLabels(labels) : undefined;
}
