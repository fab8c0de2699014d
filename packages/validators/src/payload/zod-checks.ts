// Checks that zod does not have in the form JSON Schema needs, used by the generated zod schemas
// (src/generated/zod/*). Each returns a superRefine callback; issues they add are `custom` issues
// whose `params.ndc` is the payload issue code (see payload-messages.ts).
import type * as z from "zod";
import { type ConsistencyRule, checkConsistency } from "./consistency.js";
import { FORMAT_CHECKS, IDENTIFIER_FORMATS } from "./formats.js";

type Ctx = z.RefinementCtx;
type Path = (string | number)[];

function add(
  ctx: Ctx,
  code: string,
  input: unknown,
  params: Record<string, unknown> = {},
  path: Path = [],
): void {
  ctx.addIssue({ code: "custom", message: code, params: { ndc: code, ...params }, path, input });
}

/** Length in Unicode code points, as JSON Schema counts it. */
export function codePointLength(value: string): number {
  let length = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < value.length) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    length++;
  }
  return length;
}

/** minLength / maxLength in code points. */
export function stringLength(min: number | undefined, max: number | undefined) {
  return (value: unknown, ctx: Ctx) => {
    if (typeof value !== "string") return;
    const length = codePointLength(value);
    if (min !== undefined && length < min)
      add(ctx, value.length === 0 ? "empty" : "too_short", value, { minimum: min });
    if (max !== undefined && length > max) add(ctx, "too_long", value, { maximum: max });
  };
}

/** A format of the standard; identifier formats report the identifier validator's own issues. */
export function format(name: string) {
  const check = FORMAT_CHECKS[name];
  if (!check) throw new Error(`Unknown format ${name}`);
  const identifier = IDENTIFIER_FORMATS[name];
  return (value: unknown, ctx: Ctx) => {
    if (typeof value !== "string" || check(value)) return;
    const errors =
      identifier?.parse(value).issues.filter((issue) => issue.severity === "error") ?? [];
    if (errors.length === 0) {
      add(ctx, "invalid_format", value, { format: name });
      return;
    }
    for (const issue of errors)
      add(ctx, issue.code, value, { format: name, ...(issue.params ?? {}) });
  };
}

/** JSON Schema `integer`: a number with no fractional part (any magnitude). */
export function integer(value: unknown, ctx: Ctx): void {
  if (typeof value === "number" && !Number.isInteger(value)) add(ctx, "not_integer", value);
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((item, i) => deepEqual(item, b[i]));
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  return (
    keysA.length === keysB.length &&
    keysA.every(
      (key) =>
        Object.hasOwn(b, key) &&
        deepEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
    )
  );
}

/** JSON Schema `const` for any JSON value. */
export function constant(expected: unknown) {
  return (value: unknown, ctx: Ctx) => {
    if (!deepEqual(value, expected)) add(ctx, "invalid_value", value);
  };
}

/** `uniqueItems: true`. */
export function uniqueItems(value: unknown, ctx: Ctx): void {
  if (!Array.isArray(value)) return;
  for (let i = 1; i < value.length; i++) {
    for (let j = 0; j < i; j++) {
      if (deepEqual(value[i], value[j])) {
        add(ctx, "duplicate_items", value, { first: j, second: i });
        return;
      }
    }
  }
}

/** `contains` (with `minContains` 1). */
export function contains(schema: z.ZodType) {
  return (value: unknown, ctx: Ctx) => {
    if (Array.isArray(value) && !value.some((item) => schema.safeParse(item).success))
      add(ctx, "missing_contained_item", value);
  };
}

/** `minProperties`. */
export function minProperties(minimum: number) {
  return (value: unknown, ctx: Ctx) => {
    if (
      typeof value === "object" &&
      value !== null &&
      !Array.isArray(value) &&
      Object.keys(value).length < minimum
    ) {
      add(ctx, "too_few_properties", value, { minimum });
    }
  };
}

/** `required` in an overlay (allOf, then, else) that does not declare the properties' types. */
export function required(keys: readonly string[]) {
  return (value: unknown, ctx: Ctx) => {
    if (typeof value !== "object" || value === null || Array.isArray(value)) return;
    for (const key of keys)
      if (!Object.hasOwn(value, key)) add(ctx, "required", undefined, {}, [key]);
  };
}

/** Apply a schema to the same value and report its issues here (allOf members, then, else). */
export function apply(schema: z.ZodType) {
  return (value: unknown, ctx: Ctx) => {
    const result = schema.safeParse(value);
    if (!result.success)
      for (const issue of result.error.issues)
        ctx.addIssue(issue as unknown as Parameters<Ctx["addIssue"]>[0]);
  };
}

/** `if` / `then` / `else`. */
export function conditional(condition: z.ZodType, then?: z.ZodType, otherwise?: z.ZodType) {
  const applyThen = then && apply(then);
  const applyElse = otherwise && apply(otherwise);
  return (value: unknown, ctx: Ctx) => {
    if (condition.safeParse(value).success) applyThen?.(value, ctx);
    else applyElse?.(value, ctx);
  };
}

/** `not`. When the schema only requires properties, the issue is on each forbidden property. */
export function not(schema: z.ZodType, forbiddenKeys?: readonly string[]) {
  return (value: unknown, ctx: Ctx) => {
    if (!schema.safeParse(value).success) return;
    if (forbiddenKeys && forbiddenKeys.length > 0)
      for (const key of forbiddenKeys) add(ctx, "forbidden_property", undefined, {}, [key]);
    else add(ctx, "not_allowed", value);
  };
}

/** `anyOf` in an overlay: at least one of the schemas. */
export function anyOf(schemas: readonly z.ZodType[]) {
  return (value: unknown, ctx: Ctx) => {
    if (!schemas.some((schema) => schema.safeParse(value).success))
      add(ctx, "no_match", value, { alternatives: schemas.length });
  };
}

/** `oneOf`: exactly one of the schemas. */
export function oneOf(schemas: readonly z.ZodType[]) {
  return (value: unknown, ctx: Ctx) => {
    const matches = schemas.filter((schema) => schema.safeParse(value).success).length;
    if (matches === 0) add(ctx, "no_match", value, { alternatives: schemas.length });
    else if (matches > 1) add(ctx, "ambiguous_match", value, { matches });
  };
}

/** The cross-field rules of a document (personal ID against date of birth and sex). */
export function consistency(rules: readonly ConsistencyRule[]) {
  return (value: unknown, ctx: Ctx) => {
    for (const finding of checkConsistency(value, rules))
      add(ctx, finding.code, undefined, { ...(finding.params ?? {}) }, [...finding.path]);
  };
}
