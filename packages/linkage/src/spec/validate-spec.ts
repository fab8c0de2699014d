// validateSpec: the schema check and what a schema cannot say (references between parts of the
// spec, unique names, where a normaliser may stand), every problem with its JSON Pointer.
import { NORMALISERS } from "../normalise/normalisers.js";
import { checkSchema, pointerSegment, type RawIssue } from "./schema-check.js";
import type { LinkageSpec } from "./spec.js";
import { type Message, specMessage } from "./spec-messages.js";
import { linkageSpecSchema } from "./spec-schema.js";

/** A problem in a spec. */
export interface SpecIssue {
  /** JSON Pointer (RFC 6901) to the problem, e.g. `/passes/2/key/0`; `""` for the spec itself. */
  readonly path: string;
  /** Stable code, e.g. `unknown_field`. */
  readonly code: string;
  readonly message: Message;
  /** Facts the message refers to (names from the spec, limits). */
  readonly params?: Readonly<Record<string, string | number>>;
}

/** The answer of {@link validateSpec}. */
export type ValidateSpecResult =
  | { readonly ok: true; readonly spec: LinkageSpec }
  | { readonly ok: false; readonly issues: readonly SpecIssue[] };

type Loose = Record<string, unknown>;

const isObject = (value: unknown): value is Loose =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Semantic problems: references, unique names, normaliser positions. */
function checkReferences(spec: Loose): RawIssue[] {
  const issues: RawIssue[] = [];
  const fields = isObject(spec.fields) ? spec.fields : {};
  const sources = Array.isArray(spec.sources) ? spec.sources : undefined;
  const sourceNames = new Set<string>();

  const uniqueNames = (list: unknown, at: string, names: Set<string>) => {
    if (!Array.isArray(list)) return;
    list.forEach((entry, i) => {
      if (!isObject(entry) || typeof entry.name !== "string") return;
      if (names.has(entry.name))
        issues.push({
          path: `${at}/${i}/name`,
          code: "duplicate_name",
          params: { name: entry.name },
        });
      names.add(entry.name);
    });
  };
  uniqueNames(sources, "/sources", sourceNames);
  const passNames = new Set<string>();
  uniqueNames(spec.passes, "/passes", passNames);
  uniqueNames(spec.vetoes, "/vetoes", new Set());

  for (const [name, field] of Object.entries(fields)) {
    if (!isObject(field)) continue;
    const at = `/fields/${pointerSegment(name)}`;
    if (sources && isObject(field.from)) {
      for (const source of Object.keys(field.from))
        if (!sourceNames.has(source))
          issues.push({
            path: `${at}/from/${pointerSegment(source)}`,
            code: "unknown_source",
            params: { source },
          });
    }
    if (Array.isArray(field.normalise)) {
      field.normalise.forEach((step, i) => {
        const normaliser = typeof step === "string" ? step : isObject(step) ? step.name : undefined;
        if (typeof normaliser !== "string" || !Object.hasOwn(NORMALISERS, normaliser)) return;
        if (i > 0 && NORMALISERS[normaliser]?.accepts === "admin-unit")
          issues.push({
            path: `${at}/normalise/${i}`,
            code: "normaliser_position",
            params: { normaliser },
          });
      });
    }
  }

  const fieldRef = (field: unknown, path: string) => {
    if (typeof field === "string" && !Object.hasOwn(fields, field))
      issues.push({ path, code: "unknown_field", params: { field } });
  };
  if (Array.isArray(spec.passes))
    spec.passes.forEach((pass, i) => {
      if (isObject(pass) && Array.isArray(pass.key))
        pass.key.forEach((field, j) => {
          fieldRef(field, `/passes/${i}/key/${j}`);
        });
    });
  if (Array.isArray(spec.vetoes))
    spec.vetoes.forEach((veto, i) => {
      if (!isObject(veto)) return;
      fieldRef(veto.field, `/vetoes/${i}/field`);
      if (Array.isArray(veto.passes))
        veto.passes.forEach((pass, j) => {
          if (typeof pass === "string" && !passNames.has(pass))
            issues.push({
              path: `/vetoes/${i}/passes/${j}`,
              code: "unknown_pass",
              params: { pass },
            });
        });
    });
  return issues;
}

/**
 * Check a linkage spec: its shape against {@link linkageSpecSchema}, then that passes and vetoes
 * name defined fields (and vetoes defined passes), that names are unique, that per-source paths name declared sources and that
 * normalisers reading raw values come first. Every problem is listed, each with its JSON Pointer and
 * a message in Vietnamese and English. A string is parsed as JSON first. Never throws.
 *
 * @example
 * ```ts
 * import { validateSpec } from "@ndcvn/linkage";
 * const result = validateSpec({ specVersion: 1, fields: {}, passes: [{ name: "id", key: ["personalId"] }] });
 * if (!result.ok) for (const issue of result.issues) console.log(issue.path, issue.message.en);
 * // "/fields Too few entries: at least 1."
 * // "/passes/0/key/0 Field personalId is not defined in fields."
 * ```
 */
export function validateSpec(spec: unknown): ValidateSpecResult {
  let value = spec;
  if (typeof spec === "string") {
    try {
      value = JSON.parse(spec);
    } catch {
      return { ok: false, issues: [issue({ path: "", code: "invalid_json" })] };
    }
  }
  const raw = checkSchema(value, linkageSpecSchema, linkageSpecSchema).map((found) =>
    found.path === "/specVersion" && found.code === "invalid_value"
      ? { path: found.path, code: "unsupported_spec_version" }
      : found,
  );
  if (isObject(value)) raw.push(...checkReferences(value));
  if (raw.length > 0) return { ok: false, issues: raw.map(issue) };
  return { ok: true, spec: value as unknown as LinkageSpec };
}

function issue(found: RawIssue): SpecIssue {
  return {
    path: found.path,
    code: found.code,
    message: specMessage(found.code, found.params),
    ...(found.params ? { params: found.params } : {}),
  };
}
