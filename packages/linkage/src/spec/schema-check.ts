// A checker for the JSON Schema keywords the spec's schema uses, reporting every problem with a
// JSON Pointer. Where a value may take several forms (`oneOf`), the form of the value's own type is
// the one checked, so that messages point at the real problem rather than at "no form matched".
import type { JsonSchema } from "./json-schema.js";

/** One problem found by the schema check, before it gets its message. */
export interface RawIssue {
  readonly path: string;
  readonly code: string;
  readonly params?: Readonly<Record<string, string | number>>;
}

type JsonType = "object" | "array" | "string" | "integer" | "number" | "boolean" | "null";

function typeOf(value: unknown): JsonType | "unsupported" {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  switch (typeof value) {
    case "string":
      return "string";
    case "boolean":
      return "boolean";
    case "number":
      return Number.isInteger(value) ? "integer" : "number";
    case "object":
      return "object";
    default:
      return "unsupported";
  }
}

function hasType(value: unknown, type: JsonSchema["type"] | JsonType): boolean {
  const actual = typeOf(value);
  return type === "number" ? actual === "number" || actual === "integer" : actual === type;
}

/** Escape one JSON Pointer segment (RFC 6901). */
export function pointerSegment(segment: string | number): string {
  return String(segment).replace(/~/g, "~0").replace(/\//g, "~1");
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  return keysA.every(
    (key) =>
      Object.hasOwn(b, key) &&
      deepEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
  );
}

/** Check `value` against `schema` (whose `$ref`s point into `root.$defs`); every problem found. */
export function checkSchema(value: unknown, schema: JsonSchema, root: JsonSchema): RawIssue[] {
  const issues: RawIssue[] = [];
  check(value, schema, root, "", issues);
  return issues;
}

function resolve(schema: JsonSchema, root: JsonSchema): JsonSchema {
  let current = schema;
  for (let depth = 0; current.$ref !== undefined && depth < 16; depth++) {
    const name = current.$ref.replace(/^#\/\$defs\//, "");
    const target = root.$defs?.[name];
    if (!target) throw new Error(`Unresolved $ref ${current.$ref}`);
    current = target;
  }
  return current;
}

/** The types a schema admits directly (through `$ref`), or undefined when it does not say. */
function typesOf(schema: JsonSchema, root: JsonSchema): JsonType[] | undefined {
  const resolved = resolve(schema, root);
  if (resolved.type) return [resolved.type];
  if (resolved.oneOf) {
    const types = resolved.oneOf.map((branch) => typesOf(branch, root));
    if (types.every((t) => t !== undefined)) return types.flat() as JsonType[];
  }
  return undefined;
}

function check(
  value: unknown,
  given: JsonSchema,
  root: JsonSchema,
  path: string,
  issues: RawIssue[],
): void {
  const schema = resolve(given, root);

  if (schema.oneOf) {
    checkOneOf(value, schema.oneOf, root, path, issues);
    return;
  }
  if (schema.type !== undefined && !hasType(value, schema.type)) {
    issues.push({ path, code: "invalid_type", params: { expected: schema.type } });
    return;
  }
  if (schema.const !== undefined && value !== schema.const) {
    issues.push({ path, code: "invalid_value", params: { allowed: JSON.stringify(schema.const) } });
    return;
  }
  if (schema.enum && !schema.enum.some((allowed) => allowed === value)) {
    issues.push({
      path,
      code: "invalid_value",
      params: { allowed: schema.enum.map((allowed) => JSON.stringify(allowed)).join(", ") },
    });
    return;
  }
  if (typeof value === "string") checkString(value, schema, path, issues);
  if (typeof value === "number") checkNumber(value, schema, path, issues);
  if (Array.isArray(value)) checkArray(value, schema, root, path, issues);
  else if (typeof value === "object" && value !== null)
    checkObject(value as Record<string, unknown>, schema, root, path, issues);
  for (const part of schema.allOf ?? []) check(value, part, root, path, issues);
  if (schema.if && schema.then && checkSchema(value, schema.if, root).length === 0)
    check(value, schema.then, root, path, issues);
}

function checkOneOf(
  value: unknown,
  branches: readonly JsonSchema[],
  root: JsonSchema,
  path: string,
  issues: RawIssue[],
): void {
  const ofType = branches.filter((branch) =>
    (typesOf(branch, root) ?? []).some((type) => hasType(value, type)),
  );
  if (ofType.length === 1) {
    check(value, ofType[0] as JsonSchema, root, path, issues);
    return;
  }
  if (ofType.length === 0) {
    const expected = [...new Set(branches.flatMap((branch) => typesOf(branch, root) ?? []))];
    issues.push({ path, code: "invalid_type", params: { expected: expected.join(" | ") } });
    return;
  }
  const results = ofType.map((branch) => checkSchema(value, branch, root));
  const passing = results.filter((result) => result.length === 0).length;
  if (passing !== 1) issues.push({ path, code: passing === 0 ? "no_match" : "several_match" });
}

function checkString(value: string, schema: JsonSchema, path: string, issues: RawIssue[]): void {
  const length = [...value].length;
  if (schema.minLength !== undefined && length < schema.minLength)
    issues.push({ path, code: "too_short", params: { min: schema.minLength } });
  if (schema.maxLength !== undefined && length > schema.maxLength)
    issues.push({ path, code: "too_long", params: { max: schema.maxLength } });
  if (schema.pattern !== undefined && !new RegExp(schema.pattern, "u").test(value))
    issues.push({ path, code: "pattern", params: { pattern: schema.pattern } });
}

function checkNumber(value: number, schema: JsonSchema, path: string, issues: RawIssue[]): void {
  if (schema.minimum !== undefined && value < schema.minimum)
    issues.push({ path, code: "too_small", params: { min: schema.minimum } });
  if (schema.maximum !== undefined && value > schema.maximum)
    issues.push({ path, code: "too_big", params: { max: schema.maximum } });
}

function checkArray(
  value: readonly unknown[],
  schema: JsonSchema,
  root: JsonSchema,
  path: string,
  issues: RawIssue[],
): void {
  if (schema.minItems !== undefined && value.length < schema.minItems)
    issues.push({ path, code: "too_few_items", params: { min: schema.minItems } });
  if (schema.maxItems !== undefined && value.length > schema.maxItems)
    issues.push({ path, code: "too_many_items", params: { max: schema.maxItems } });
  if (schema.uniqueItems) {
    for (let i = 1; i < value.length; i++) {
      const first = value.findIndex((other) => deepEqual(other, value[i]));
      if (first < i)
        issues.push({
          path: `${path}/${i}`,
          code: "duplicate_item",
          params: { first: first },
        });
    }
  }
  if (schema.items)
    value.forEach((item, i) => {
      check(item, schema.items as JsonSchema, root, `${path}/${i}`, issues);
    });
}

function checkObject(
  value: Record<string, unknown>,
  schema: JsonSchema,
  root: JsonSchema,
  path: string,
  issues: RawIssue[],
): void {
  const keys = Object.keys(value);
  for (const property of schema.required ?? [])
    if (!Object.hasOwn(value, property))
      issues.push({ path, code: "required", params: { property } });
  if (schema.minProperties !== undefined && keys.length < schema.minProperties)
    issues.push({ path, code: "too_few_properties", params: { min: schema.minProperties } });
  for (const key of keys) {
    const at = `${path}/${pointerSegment(key)}`;
    if (schema.propertyNames) {
      const nameIssues = checkSchema(key, schema.propertyNames, root);
      if (nameIssues.length > 0) issues.push({ path: at, code: "invalid_property_name" });
    }
    const property = schema.properties?.[key];
    if (property !== undefined) check(value[key], property, root, at, issues);
    else if (schema.additionalProperties === false)
      issues.push({ path: at, code: "unknown_property", params: { property: key } });
    else if (typeof schema.additionalProperties === "object")
      check(value[key], schema.additionalProperties, root, at, issues);
  }
}
