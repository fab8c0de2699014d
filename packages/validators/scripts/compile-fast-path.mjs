// The fast path of payload validation: every JSON Schema 2020-12 document of @ndcvn/schemas compiled,
// at build time, into a TypeScript function that only answers "valid or not". The output is plain
// straight-line code — no `eval`, no `new Function`, no schema walking at run time — so it runs under
// a strict Content Security Policy and beats a generic validator on the same documents.
//
// Output: `src/generated/fast-path/<database>.ts` (one `is<RecordType>(data)` per document and a
// `fastPaths` map by `$id`), `_runtime.ts` (small shared helpers) and `index.ts` (a lazy loader per
// `$id`, so that a bundle pulls only the databases it uses).
//
// The compiler supports exactly the keywords the documents use and throws — naming the document, the
// keyword and its location — on any other validation keyword, on an unknown `format`, on a `pattern`
// that is not a valid ECMA-262 regular expression with the `u` flag, and on a `$ref` it cannot
// resolve. A keyword is never ignored silently.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const OUT_DIR = "src/generated/fast-path";
const FORMATS_MODULE = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  "..",
  "src",
  "payload",
  "formats.ts",
);

/** Keywords that carry no validation: skipped. (`$id` only at a document's root; `$defs` is a container.) */
const ANNOTATIONS = new Set([
  "$schema",
  "$id",
  "$comment",
  "$defs",
  "title",
  "description",
  "examples",
  "default",
  "deprecated",
  "readOnly",
  "writeOnly",
]);
/** The validation keywords the compiler implements — the ones the documents use. */
const SUPPORTED = new Set([
  "type",
  "enum",
  "const",
  "$ref",
  "minLength",
  "maxLength",
  "pattern",
  "format",
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "required",
  "properties",
  "additionalProperties",
  "unevaluatedProperties",
  "minProperties",
  "minItems",
  "maxItems",
  "uniqueItems",
  "items",
  "contains",
  "allOf",
  "anyOf",
  "oneOf",
  "not",
  "if",
  "then",
  "else",
]);
const TYPES = new Set(["null", "boolean", "object", "array", "number", "integer", "string"]);
/** Every JSON type; "number" includes "integer". */
const ANY = Object.freeze(["null", "boolean", "object", "array", "number", "string"]);
/** Up to this many names, a property-name test is a `switch`; above it, a hoisted `Set`. */
const SWITCH_MAX = 12;
/** Up to this many primitive values, `enum` is a chain of `!==`; above it, a hoisted `Set`. */
const ENUM_INLINE_MAX = 2;

// ---------------------------------------------------------------------------------------------
// Format names: read from src/payload/formats.ts itself (bundled with esbuild and loaded once), so
// that a format the documents name but FORMAT_CHECKS lacks fails the build, not a payload.

let formatNames;
/** The names of `FORMAT_CHECKS` in src/payload/formats.ts. */
export function loadFormatNames() {
  if (formatNames) return formatNames;
  const require = createRequire(import.meta.url);
  const { buildSync } = require("esbuild");
  const bundle = buildSync({
    entryPoints: [FORMATS_MODULE],
    bundle: true,
    format: "cjs",
    platform: "node",
    target: "node20",
    write: false,
    logLevel: "silent",
  });
  const dir = mkdtempSync(path.join(os.tmpdir(), "ndcvn-formats-"));
  try {
    const file = path.join(dir, "formats.cjs");
    writeFileSync(file, bundle.outputFiles[0].text);
    const checks = require(file).FORMAT_CHECKS;
    if (!checks || typeof checks !== "object")
      throw new Error(`${FORMATS_MODULE} does not export FORMAT_CHECKS`);
    formatNames = new Set(Object.keys(checks).filter((name) => typeof checks[name] === "function"));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return formatNames;
}

// ---------------------------------------------------------------------------------------------
// Small helpers.

const isPlainObject = (value) =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const isSchema = (value) => typeof value === "boolean" || isPlainObject(value);
const isPrimitive = (value) => value === null || typeof value !== "object";
const escapePointer = (segment) => String(segment).replaceAll("~", "~0").replaceAll("/", "~1");
const unescapePointer = (segment) => segment.replaceAll("~1", "/").replaceAll("~0", "~");
const literal = (value) => JSON.stringify(value);
const identifierPart = (text) =>
  text.replace(/[^A-Za-z0-9]+(.)?/g, (_, c) => (c ? c.toUpperCase() : ""));
const camel = (text) => {
  const part = identifierPart(text);
  return part.charAt(0).toLowerCase() + part.slice(1);
};
/** Whether a property name could be inherited from Object.prototype (then presence is tested with hasOwn). */
const inheritedName = (name) => name === "__proto__" || name in Object.prototype;

function compareVersions(a, b) {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return pa[i] - pb[i];
  return 0;
}

/** Whether `text` is one parenthesised expression, `(…)`, string literals aside. */
function isWrapped(text) {
  if (!text.startsWith("(") || !text.endsWith(")")) return false;
  const bare = text.replace(/"(?:[^"\\]|\\.)*"/g, '""');
  let depth = 0;
  for (let i = 0; i < bare.length; i++) {
    if (bare[i] === "(") depth++;
    else if (bare[i] === ")" && --depth === 0 && i < bare.length - 1) return false;
  }
  return true;
}

/**
 * Parenthesises an operand of `op` (`||`, `&&`, or `?:` for a conditional's operand) when its
 * operators would otherwise read ambiguously; atomic and already wrapped operands stay as they are.
 */
function paren(cond, op = "?:") {
  const bare = cond.replace(/"(?:[^"\\]|\\.)*"/g, '""');
  if (isWrapped(cond) || !/\s/.test(bare)) return cond;
  if (op === "||" && !/ (&&|\?) /.test(bare)) return cond;
  if (op === "&&" && !/ (\|\||\?) /.test(bare)) return cond;
  return `(${cond})`;
}

/** The negation of a condition, simplified for the shapes the compiler writes. */
function negate(cond) {
  if (cond.startsWith("!(") && isWrapped(cond.slice(1))) return cond.slice(2, -1);
  let m = /^!([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*\([^()]*\))$/.exec(cond);
  if (m) return m[1];
  m = /^!(\w+\.test\(\w+\))$/.exec(cond);
  if (m) return m[1];
  m =
    /^([\w$]+(?:\["(?:[^"\\]|\\.)*"\])?) (===|!==) (undefined|null|true|false|-?\d+(?:\.\d+)?|"(?:[^"\\]|\\.)*")$/.exec(
      cond,
    );
  if (m) return `${m[1]} ${m[2] === "===" ? "!==" : "==="} ${m[3]}`;
  m = /^typeof ([\w$]+(?:\["(?:[^"\\]|\\.)*"\])?) (===|!==) ("\w+")$/.exec(cond);
  if (m) return `typeof ${m[1]} ${m[2] === "===" ? "!==" : "==="} ${m[3]}`;
  m = /^([A-Za-z_$][\w$]*\([^()]*\))$/.exec(cond);
  if (m) return `!${m[1]}`;
  return `!(${cond})`;
}

// Generated code is built as a tree of nodes and rendered at the end:
//   { t: "line", text }                      a statement
//   { t: "check", cond, fail, comment, rejectsUndefined }   `if (cond) fail;` — cond is the FAILURE
//   { t: "fail", fail, comment }             an unconditional failure
//   { t: "block", head, body, elseBody? }    `head {` body `}` (optionally `} else {` elseBody `}`)
//   { t: "slot", decls }                     alias declarations of a value, filled in lazily
const line = (text) => ({ t: "line", text });
const check = (cond, fail, comment, rejectsUndefined = false) => ({
  t: "check",
  cond,
  fail,
  comment,
  rejectsUndefined,
});
const block = (head, body, elseBody, note) => ({ t: "block", head, body, elseBody, note });

function render(nodes, indent, out) {
  const pad = "  ".repeat(indent);
  for (const node of nodes) {
    switch (node.t) {
      case "line":
        out.push(pad + node.text);
        break;
      case "slot":
        for (const decl of node.decls) out.push(pad + decl);
        break;
      case "check":
        out.push(
          `${pad}if (${node.cond}) ${node.fail};${node.comment ? ` // ${node.comment}` : ""}`,
        );
        break;
      case "fail":
        out.push(`${pad}${node.fail};${node.comment ? ` // ${node.comment}` : ""}`);
        break;
      case "block":
        out.push(`${pad}${node.head} {${node.note ? ` // ${node.note}` : ""}`);
        render(node.body, indent + 1, out);
        if (node.elseBody) {
          out.push(`${pad}} else {`);
          render(node.elseBody, indent + 1, out);
        }
        out.push(`${pad}}`);
        break;
      default:
        throw new Error(`unknown node ${node.t}`);
    }
  }
  return out;
}

/** Whether `nodes` is one check with no declarations around it (then it can be used as an expression). */
function singleCheck(nodes) {
  return nodes.length === 1 && nodes[0].t === "check" ? nodes[0] : undefined;
}

const wordRegExp = (name) => new RegExp(`(?<![\\w$])${name.replace(/\$/g, "\\$")}(?![\\w$])`, "g");
const occurrences = (text, name) => (text.match(wordRegExp(name)) ?? []).length;
const substitute = (text, name, replacement) => text.replace(wordRegExp(name), () => replacement);

// ---------------------------------------------------------------------------------------------
// Types: a set of the JSON types a value may still have at a point of the generated code.

function normalizeTypes(type, fail) {
  const list = Array.isArray(type) ? type : [type];
  if (list.length === 0) fail("`type` must not be empty");
  for (const t of list) if (!TYPES.has(t)) fail(`unknown type ${literal(t)}`);
  if (new Set(list).size !== list.length) fail("`type` has duplicates");
  return list;
}

/** The types of `known` that `allowed` admits, and whether a run-time check is needed to get there. */
function applyTypes(known, allowed) {
  const next = [];
  let needsCheck = false;
  for (const k of known) {
    if (allowed.includes(k) || (k === "integer" && allowed.includes("number"))) next.push(k);
    else if (k === "number" && allowed.includes("integer")) {
      next.push("integer");
      needsCheck = true;
    } else needsCheck = true;
  }
  return { next, needsCheck };
}

const canBe = (known, type) =>
  type === "number" ? known.includes("number") || known.includes("integer") : known.includes(type);
const mustBe = (known, type) =>
  type === "number"
    ? known.every((k) => k === "number" || k === "integer")
    : known.every((k) => k === type);

function typeCondition(type, v) {
  switch (type) {
    case "null":
      return `${v} === null`;
    case "boolean":
      return `typeof ${v} === "boolean"`;
    case "object":
      return `typeof ${v} === "object" && ${v} !== null && !Array.isArray(${v})`;
    case "array":
      return `Array.isArray(${v})`;
    case "string":
      return `typeof ${v} === "string"`;
    case "number":
      // Like ajv's `strictNumbers`: NaN and ±Infinity are not JSON numbers.
      return `typeof ${v} === "number" && Number.isFinite(${v})`;
    case "integer":
      return `Number.isInteger(${v})`;
    default:
      throw new Error(type);
  }
}

function typeFailure(allowed, v) {
  const types = allowed.includes("number") ? allowed.filter((t) => t !== "integer") : allowed;
  if (types.length === 1) {
    switch (types[0]) {
      case "null":
        return `${v} !== null`;
      case "boolean":
        return `typeof ${v} !== "boolean"`;
      case "object":
        return `typeof ${v} !== "object" || ${v} === null || Array.isArray(${v})`;
      case "array":
        return `!Array.isArray(${v})`;
      case "string":
        return `typeof ${v} !== "string"`;
      case "number":
        return `typeof ${v} !== "number" || !Number.isFinite(${v})`;
      case "integer":
        return `!Number.isInteger(${v})`;
    }
  }
  return `!(${types.map((t) => paren(typeCondition(t, v), "||")).join(" || ")})`;
}

// ---------------------------------------------------------------------------------------------
// The compiler.

class Compiler {
  constructor(documents, formats) {
    this.documents = documents;
    this.formats = formats;
    this.byId = new Map();
    for (const entry of documents) {
      const href = new URL(entry.document.$id).href;
      if (this.byId.has(href))
        throw new Error(`${entry.file}: duplicate $id ${entry.document.$id}`);
      this.byId.set(href, entry);
    }
    // Function names: is<RecordType> for the newest version of a record type in its database,
    // is<RecordType>_v<major>_<minor>_<patch> for older ones.
    this.functionNames = new Map();
    const groups = new Map();
    for (const entry of documents) {
      const key = `${entry.database}/${entry.name}`;
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key).push(entry);
    }
    for (const entries of groups.values()) {
      entries.sort((a, b) => compareVersions(b.version, a.version));
      entries.forEach((entry, i) => {
        const base = `is${entry.name}`;
        this.functionNames.set(
          entry,
          i === 0 ? base : `${base}_v${entry.version.replaceAll(".", "_")}`,
        );
      });
    }
  }

  /** Resolves a `$ref` against the base of its document: `{ entry, pointer, schema }`. */
  resolve(ref, loc) {
    const error = (message) => this.fail(loc, `$ref ${literal(ref)}: ${message}`, "$ref");
    if (typeof ref !== "string") error("must be a string");
    let url;
    try {
      url = new URL(ref, loc.entry.document.$id);
    } catch {
      error("is not a URI reference");
    }
    const fragment = decodeURIComponent(url.hash.slice(1));
    url.hash = "";
    const entry = this.byId.get(url.href);
    if (!entry) error("names no document of @ndcvn/schemas");
    if (fragment !== "" && !fragment.startsWith("/"))
      error("anchors (plain-name fragments) are not supported; use a JSON pointer");
    let schema = entry.document;
    const segments = fragment === "" ? [] : fragment.slice(1).split("/").map(unescapePointer);
    for (const segment of segments) {
      if (schema === null || typeof schema !== "object" || !Object.hasOwn(schema, segment))
        error(`the JSON pointer does not resolve in ${entry.file}`);
      schema = schema[segment];
    }
    if (!isSchema(schema)) error(`the JSON pointer does not point at a schema in ${entry.file}`);
    const pointer = segments.map((s) => `/${escapePointer(s)}`).join("");
    return { entry, pointer, schema };
  }

  fail(loc, message, keyword) {
    const where = keyword === undefined ? loc.pointer : `${loc.pointer}/${escapePointer(keyword)}`;
    throw new Error(`${loc.entry.file}: ${message} (at #${where})`);
  }

  /** Checks the keywords of one schema object: every one must be an annotation or supported. */
  checkKeywords(schema, loc) {
    for (const keyword of Object.keys(schema)) {
      if (keyword.startsWith("x-ndc-")) continue;
      if (keyword === "$id" && loc.pointer !== "")
        this.fail(loc, "`$id` in a subschema (a new base URI) is not supported", keyword);
      if (
        keyword === "$schema" &&
        loc.pointer === "" &&
        schema.$schema !== "https://json-schema.org/draft/2020-12/schema"
      )
        this.fail(
          loc,
          `only JSON Schema 2020-12 is supported, found ${literal(schema.$schema)}`,
          keyword,
        );
      if (ANNOTATIONS.has(keyword) || SUPPORTED.has(keyword)) continue;
      this.fail(loc, `unsupported keyword ${literal(keyword)}`, keyword);
    }
  }

  /** The property names evaluated (2020-12 annotations) by `schema` and its in-place subschemas. */
  evaluated(schema, loc, stack, isRoot = false) {
    const result = { all: false, names: new Set(), dynamic: [] };
    if (typeof schema === "boolean" || stack.has(schema)) return result;
    stack.add(schema);
    const sub = (keyword, ...more) => at(loc, keyword, ...more);
    if (isPlainObject(schema.properties))
      for (const name of Object.keys(schema.properties)) result.names.add(name);
    if (schema.additionalProperties !== undefined) result.all = true;
    if (!isRoot && schema.unevaluatedProperties !== undefined) result.all = true;
    const merge = (other) => {
      result.all ||= other.all;
      for (const name of other.names) result.names.add(name);
      result.dynamic.push(...other.dynamic);
    };
    if (schema.$ref !== undefined) {
      const target = this.resolve(schema.$ref, loc);
      merge(this.evaluated(target.schema, { entry: target.entry, pointer: target.pointer }, stack));
    }
    if (Array.isArray(schema.allOf))
      for (const [i, s] of schema.allOf.entries()) merge(this.evaluated(s, sub("allOf", i), stack));
    for (const keyword of ["anyOf", "oneOf"]) {
      if (!Array.isArray(schema[keyword])) continue;
      const branches = schema[keyword].map((s, i) => ({
        schema: s,
        loc: sub(keyword, i),
        evaluated: this.evaluated(s, sub(keyword, i), stack),
      }));
      if (branches.some((b) => !isEmpty(b.evaluated)))
        result.dynamic.push({ kind: "branches", branches });
    }
    if (schema.if !== undefined) {
      const ifE = this.evaluated(schema.if, sub("if"), stack);
      const thenE =
        schema.then === undefined
          ? emptyEvaluated()
          : this.evaluated(schema.then, sub("then"), stack);
      const elseE =
        schema.else === undefined
          ? emptyEvaluated()
          : this.evaluated(schema.else, sub("else"), stack);
      if (!isEmpty(ifE) || !isEmpty(thenE) || !isEmpty(elseE))
        result.dynamic.push({ kind: "if", schema: schema.if, loc: sub("if"), ifE, thenE, elseE });
    }
    stack.delete(schema);
    return result;
  }
}

const emptyEvaluated = () => ({ all: false, names: new Set(), dynamic: [] });
const isEmpty = (e) => !e.all && e.names.size === 0 && e.dynamic.length === 0;
const at = (loc, ...segments) => ({
  entry: loc.entry,
  pointer: loc.pointer + segments.map((s) => `/${escapePointer(s)}`).join(""),
});
const comment = (loc, keyword) =>
  `#${loc.pointer}${keyword === undefined ? "" : `/${escapePointer(keyword)}`}`.replace(
    /[\r\n\u2028\u2029]/g,
    " ",
  );

/** One generated module: the functions of one database and what they need. */
class ModuleBuilder {
  constructor(compiler, database) {
    this.compiler = compiler;
    this.database = database;
    this.hoisted = new Map(); // key → { name, decl }
    this.counters = new Map();
    this.runtime = new Set();
    this.imports = new Map(); // database → Map(exported name → local name)
    this.usesFormats = false;
    this.functions = []; // rendered functions
    this.helpers = new Map(); // "<id>#<pointer>" → name
    this.pending = [];
    this.localNames = new Set(
      compiler.documents
        .filter((e) => e.database === database)
        .map((e) => compiler.functionNames.get(e)),
    );
    this.taken = new Set(this.localNames);
  }

  /** A module-level constant, declared once per `key`; `prefix` names it (`<prefix>_<n>`, or exactly `prefix` with `exact`). */
  hoist(key, prefix, makeDecl, exact = false) {
    let entry = this.hoisted.get(key);
    if (!entry) {
      let name = prefix;
      if (!exact || this.taken.has(name)) {
        const n = this.counters.get(prefix) ?? 0;
        this.counters.set(prefix, n + 1);
        name = `${prefix}_${n}`;
      }
      this.taken.add(name);
      entry = { name, decl: makeDecl(name) };
      this.hoisted.set(key, entry);
    }
    return entry.name;
  }

  regex(source, loc) {
    try {
      new RegExp(source, "u");
    } catch (error) {
      this.compiler.fail(
        loc,
        `pattern ${literal(source)} is not an ECMA-262 regular expression with the u flag: ${error.message}`,
        "pattern",
      );
    }
    return this.hoist(
      `re:${source}`,
      "RE",
      (name) => `const ${name} = new RegExp(${literal(source)}, "u");`,
    );
  }

  format(formatName, loc) {
    if (typeof formatName !== "string" || !this.compiler.formats.has(formatName))
      this.compiler.fail(
        loc,
        `unknown format ${literal(formatName)}: FORMAT_CHECKS in src/payload/formats.ts has no such check`,
        "format",
      );
    this.usesFormats = true;
    const id = formatName.replace(/[^A-Za-z0-9]+/g, "_").toUpperCase();
    return this.hoist(
      `format:${formatName}`,
      `FORMAT_${id}`,
      (name) =>
        `const ${name} = FORMAT_CHECKS[${literal(formatName)}] as (value: string) => boolean;`,
      true,
    );
  }

  set(values, prefix, type) {
    return this.hoist(
      `${prefix}:${literal(values)}`,
      prefix,
      (name) => `const ${name}: ReadonlySet<${type}> = new Set(${literal(values)});`,
    );
  }

  constant(value, prefix = "CONST", type = "unknown") {
    return this.hoist(
      `${prefix}:${literal(value)}`,
      prefix,
      (name) => `const ${name}: ${type} = ${literal(value)};`,
    );
  }

  use(helper) {
    this.runtime.add(helper);
    return helper;
  }

  /** The local name of the function of a whole document, importing it when it lives in another module. */
  documentFunction(entry) {
    const exported = this.compiler.functionNames.get(entry);
    if (entry.database === this.database) return exported;
    if (!this.imports.has(entry.database)) this.imports.set(entry.database, new Map());
    const names = this.imports.get(entry.database);
    if (!names.has(exported)) {
      let local = exported;
      if (this.taken.has(local)) local = `${camel(entry.database)}_${exported}`;
      this.taken.add(local);
      names.set(exported, local);
    }
    return names.get(exported);
  }

  /** The function checking a `$ref` target: the document's function, or a helper for a fragment. */
  refFunction(target) {
    if (target.pointer === "") return this.documentFunction(target.entry);
    const key = `${target.entry.document.$id}#${target.pointer}`;
    let name = this.helpers.get(key);
    if (!name) {
      const base = `${this.compiler.functionNames.get(target.entry)}_at${identifierPart(` ${target.pointer}`)}`;
      name = base;
      for (let i = 2; this.taken.has(name); i++) name = `${base}_${i}`;
      this.taken.add(name);
      this.helpers.set(key, name);
      this.pending.push({ name, target });
    }
    return name;
  }

  addDocument(entry) {
    const name = this.compiler.functionNames.get(entry);
    const doc = entry.document;
    const summary =
      doc.title && doc.title !== entry.name
        ? ` — ${String(doc.title).replace(/\*\//g, "* /")}`
        : "";
    this.functions.push(
      this.compileFunction(
        name,
        doc,
        { entry, pointer: "" },
        [
          `/**`,
          ` * Whether \`data\` is a valid ${entry.name}${summary}.`,
          ` * Schema: ${doc.$id}`,
          ` */`,
        ],
        true,
      ),
    );
    this.drain();
  }

  drain() {
    while (this.pending.length > 0) {
      const { name, target } = this.pending.shift();
      this.functions.push(
        this.compileFunction(
          name,
          target.schema,
          { entry: target.entry, pointer: target.pointer },
          [
            `/** Whether \`data\` is valid against ${target.entry.document.$id}#${target.pointer}. */`,
          ],
          false,
        ),
      );
    }
  }

  compileFunction(name, schema, loc, doc, exported) {
    const fn = new FunctionCompiler(this);
    const root = fn.value("data");
    const body = [root.slot];
    fn.compile(schema, loc, root, ANY, "return false", body);
    body.push(line("return true;"));
    return [
      ...doc,
      `${exported ? "export " : ""}function ${name}(data: unknown): boolean {`,
      ...render(body, 1, []),
      "}",
    ].join("\n");
  }

  render(banner, entries) {
    const parts = [banner, ""];
    parts.push(
      `// Fast path of payload validation for the \`${this.database}\` database: whether a payload is valid,`,
      "// as straight-line code compiled from the JSON Schema documents (no eval, CSP-safe). The issues of",
      "// an invalid payload come from the full validator.",
    );
    if (this.usesFormats) parts.push(`import { FORMAT_CHECKS } from "../../payload/formats.js";`);
    if (this.runtime.size > 0)
      parts.push(`import { ${[...this.runtime].sort().join(", ")} } from "./_runtime.js";`);
    for (const database of [...this.imports.keys()].sort()) {
      const names = [...this.imports.get(database)]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([exported, local]) => (exported === local ? exported : `${exported} as ${local}`));
      parts.push(`import { ${names.join(", ")} } from "./${database}.js";`);
    }
    if (this.hoisted.size > 0) {
      parts.push("");
      for (const { decl } of this.hoisted.values()) parts.push(decl);
    }
    for (const fn of this.functions) parts.push("", fn);
    parts.push(
      "",
      `/** The fast path of every document of \`${this.database}\`, by \`$id\`. */`,
      "export const fastPaths: Readonly<Record<string, (data: unknown) => boolean>> = {",
      ...entries.map(
        (entry) => `  ${literal(entry.document.$id)}: ${this.compiler.functionNames.get(entry)},`,
      ),
      "};",
      "",
    );
    return parts.join("\n");
  }
}

/** Compiles the schemas of one function. */
class FunctionCompiler {
  constructor(module) {
    this.module = module;
    this.compiler = module.compiler;
    this.counter = 0;
  }

  next() {
    return ++this.counter;
  }

  /** A value of the payload held in a variable; its typed aliases are declared in `slot` on first use. */
  value(name) {
    const id = name === "data" ? 0 : this.next();
    return { name: name ?? `v${id}`, id, slot: { t: "slot", decls: [] }, aliases: {} };
  }

  alias(val, kind) {
    if (!val.aliases[kind]) {
      const prefix = { object: "o", array: "a", string: "s", number: "n" }[kind];
      const type = {
        object: "Record<string, unknown>",
        array: "unknown[]",
        string: "string",
        number: "number",
      }[kind];
      val.aliases[kind] = `${prefix}${val.id}`;
      val.slot.decls.push(`const ${val.aliases[kind]} = ${val.name} as ${type};`);
    }
    return val.aliases[kind];
  }

  /**
   * Emits into `out` the checks of `schema` on `val`, whose type is one of `known`; each failed check
   * runs `fail` (`return false`, `break <label>` or `continue <label>`).
   */
  compile(schema, loc, val, known, fail, out) {
    const C = this.compiler;
    const M = this.module;
    if (schema === true) return;
    if (schema === false) {
      out.push({ t: "fail", fail, comment: comment(loc) });
      return;
    }
    if (!isPlainObject(schema)) C.fail(loc, "a schema must be an object or a boolean");
    C.checkKeywords(schema, loc);
    const v = val.name;
    const bad = (keyword, message) => C.fail(loc, message, keyword);
    const nonNegativeInteger = (keyword) => {
      const n = schema[keyword];
      if (!Number.isInteger(n) || n < 0)
        bad(keyword, `\`${keyword}\` must be a non-negative integer`);
      return n;
    };
    const subschema = (keyword) => {
      if (!isSchema(schema[keyword])) bad(keyword, `\`${keyword}\` must be a schema`);
      return schema[keyword];
    };
    const schemaList = (keyword) => {
      const list = schema[keyword];
      if (!Array.isArray(list) || list.length === 0 || !list.every(isSchema))
        bad(keyword, `\`${keyword}\` must be a non-empty array of schemas`);
      return list;
    };

    // type
    if (schema.type !== undefined) {
      const allowed = normalizeTypes(schema.type, (message) => bad("type", message));
      const { next, needsCheck } = applyTypes(known, allowed);
      if (needsCheck) out.push(check(typeFailure(allowed, v), fail, comment(loc, "type"), true));
      known = next;
    }

    // const, enum
    if (Object.hasOwn(schema, "const")) {
      const c = schema.const;
      out.push(
        isPrimitive(c)
          ? check(`${v} !== ${literal(c)}`, fail, comment(loc, "const"), true)
          : check(
              `!${M.use("deepEqual")}(${v}, ${M.constant(c)})`,
              fail,
              comment(loc, "const"),
              true,
            ),
      );
    }
    if (schema.enum !== undefined) {
      const values = schema.enum;
      if (!Array.isArray(values) || values.length === 0)
        bad("enum", "`enum` must be a non-empty array");
      let cond;
      if (!values.every(isPrimitive))
        cond = `!${M.use("enumIncludes")}(${M.constant(values, "ENUM_VALUES", "readonly unknown[]")}, ${v})`;
      else if (values.length <= ENUM_INLINE_MAX)
        cond = values.map((x) => `${v} !== ${literal(x)}`).join(" && ");
      else cond = `!${M.set(values, "ENUM", "unknown")}.has(${v})`;
      out.push(check(cond, fail, comment(loc, "enum"), true));
    }

    // Keywords that apply to one type: checked only when the value has that type.
    const group = (type, keywords, body) => {
      if (!keywords.some((k) => schema[k] !== undefined)) return;
      const inner = [];
      const narrowed =
        type === "number" ? known.filter((k) => k === "number" || k === "integer") : [type];
      body(inner, narrowed.length > 0 ? narrowed : [type]);
      if (inner.length === 0 || !canBe(known, type)) return; // compiled (keywords checked), never applies
      if (mustBe(known, type)) out.push(...inner);
      else out.push(block(`if (${typeCondition(type, v)})`, inner));
    };

    group("string", ["minLength", "maxLength", "pattern", "format"], (inner) => {
      const s = () => this.alias(val, "string");
      if (schema.minLength !== undefined) {
        const n = nonNegativeInteger("minLength");
        // A string of L UTF-16 units has between ceil(L/2) and L code points: count only in between.
        if (n === 1) inner.push(check(`${s()}.length === 0`, fail, comment(loc, "minLength")));
        else if (n > 1)
          inner.push(
            check(
              `${s()}.length < ${n} || (${s()}.length < ${2 * n - 1} && ${M.use("codePointLength")}(${s()}) < ${n})`,
              fail,
              comment(loc, "minLength"),
            ),
          );
      }
      if (schema.maxLength !== undefined) {
        const n = nonNegativeInteger("maxLength");
        inner.push(
          check(
            `${s()}.length > ${n} && ${M.use("codePointLength")}(${s()}) > ${n}`,
            fail,
            comment(loc, "maxLength"),
          ),
        );
      }
      if (schema.pattern !== undefined) {
        if (typeof schema.pattern !== "string") bad("pattern", "`pattern` must be a string");
        inner.push(
          check(`!${M.regex(schema.pattern, loc)}.test(${s()})`, fail, comment(loc, "pattern")),
        );
      }
      if (schema.format !== undefined)
        inner.push(check(`!${M.format(schema.format, loc)}(${s()})`, fail, comment(loc, "format")));
    });

    group("number", ["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"], (inner) => {
      const ops = { minimum: "<", maximum: ">", exclusiveMinimum: "<=", exclusiveMaximum: ">=" };
      for (const [keyword, op] of Object.entries(ops)) {
        if (schema[keyword] === undefined) continue;
        const limit = schema[keyword];
        if (typeof limit !== "number" || !Number.isFinite(limit))
          bad(keyword, `\`${keyword}\` must be a number`);
        inner.push(
          check(
            `${this.alias(val, "number")} ${op} ${literal(limit)}`,
            fail,
            comment(loc, keyword),
          ),
        );
      }
    });

    group(
      "object",
      ["required", "properties", "additionalProperties", "unevaluatedProperties", "minProperties"],
      (inner) =>
        this.compileObject(schema, loc, val, fail, inner, bad, subschema, nonNegativeInteger),
    );

    group("array", ["minItems", "maxItems", "items", "uniqueItems", "contains"], (inner) => {
      const a = () => this.alias(val, "array");
      if (schema.minItems !== undefined) {
        const n = nonNegativeInteger("minItems");
        if (n > 0) inner.push(check(`${a()}.length < ${n}`, fail, comment(loc, "minItems")));
      }
      if (schema.maxItems !== undefined)
        inner.push(
          check(
            `${a()}.length > ${nonNegativeInteger("maxItems")}`,
            fail,
            comment(loc, "maxItems"),
          ),
        );
      if (schema.items !== undefined) {
        const items = subschema("items");
        const i = `i${this.next()}`;
        const item = this.value();
        const body = [];
        this.compile(items, at(loc, "items"), item, ANY, fail, body);
        if (body.length > 0)
          inner.push(
            block(`for (let ${i} = 0; ${i} < ${a()}.length; ${i}++)`, [
              line(`const ${item.name} = ${a()}[${i}];`),
              item.slot,
              ...body,
            ]),
          );
      }
      if (schema.uniqueItems !== undefined) {
        if (typeof schema.uniqueItems !== "boolean")
          bad("uniqueItems", "`uniqueItems` must be a boolean");
        if (schema.uniqueItems)
          inner.push(
            check(`!${M.use("hasUniqueItems")}(${a()})`, fail, comment(loc, "uniqueItems")),
          );
      }
      if (schema.contains !== undefined) {
        const contains = subschema("contains");
        const label = `contains${this.next()}`;
        const loop = `loop${this.counter}`;
        const i = `i${this.counter}`;
        const item = this.value();
        const body = [];
        this.compile(contains, at(loc, "contains"), item, ANY, `continue ${loop}`, body);
        if (body.length === 0) {
          // `contains: {}` (or true): any item matches.
          inner.push(check(`${a()}.length === 0`, fail, comment(loc, "contains")));
        } else {
          const one = singleCheck(body);
          const loopBody =
            one && item.slot.decls.length === 0
              ? [
                  line(
                    `if (${substitute(negate(one.cond), item.name, `${a()}[${i}]`)}) break ${label};`,
                  ),
                ]
              : [
                  line(`const ${item.name} = ${a()}[${i}];`),
                  item.slot,
                  ...body,
                  line(`break ${label};`),
                ];
          inner.push(
            block(
              `${label}:`,
              [
                block(
                  `${one ? "" : `${loop}: `}for (let ${i} = 0; ${i} < ${a()}.length; ${i}++)`,
                  loopBody,
                ),
                { t: "fail", fail, comment: comment(loc, "contains") },
              ],
              undefined,
              comment(loc, "contains"),
            ),
          );
        }
      }
    });

    // $ref (after the local checks: the referenced document's function is usually the costlier)
    if (schema.$ref !== undefined) {
      const target = C.resolve(schema.$ref, loc);
      const t = target.schema;
      const rejectsUndefined =
        t === false ||
        (isPlainObject(t) &&
          (t.type !== undefined || Object.hasOwn(t, "const") || t.enum !== undefined));
      out.push(
        check(
          `!${M.refFunction(target)}(${v})`,
          fail,
          `${comment(loc, "$ref")} → ${target.entry.name}${target.pointer ? `#${target.pointer}` : ""}`,
          rejectsUndefined,
        ),
      );
    }

    // In-place applicators.
    if (schema.allOf !== undefined)
      for (const [i, s] of schemaList("allOf").entries())
        this.compile(s, at(loc, "allOf", i), val, known, fail, out);

    if (schema.anyOf !== undefined) {
      const label = `anyOf${this.next()}`;
      const branches = schemaList("anyOf").map((s, i) =>
        this.branch(s, at(loc, "anyOf", i), val, known),
      );
      if (!branches.some((b) => b.nodes.length === 0)) {
        if (branches.every((b) => b.pass !== undefined)) {
          out.push(
            check(
              negate(branches.map((b) => paren(b.pass, "||")).join(" || ")),
              fail,
              comment(loc, "anyOf"),
            ),
          );
        } else {
          const body = [];
          for (const b of branches) {
            if (b.pass !== undefined) body.push(line(`if (${b.pass}) break ${label};`));
            else
              body.push(
                block(`${b.label}:`, [...b.nodes, line(`break ${label};`)], undefined, b.note),
              );
          }
          body.push({ t: "fail", fail, comment: comment(loc, "anyOf") });
          out.push(block(`${label}:`, body, undefined, comment(loc, "anyOf")));
        }
      }
    }

    if (schema.oneOf !== undefined) {
      const count = `oneOf${this.next()}`;
      const branches = schemaList("oneOf").map((s, i) =>
        this.branch(s, at(loc, "oneOf", i), val, known),
      );
      out.push(line(`let ${count} = 0;`));
      for (const b of branches) {
        if (b.nodes.length === 0) out.push(line(`${count}++;`));
        else if (b.pass !== undefined) out.push(line(`if (${b.pass}) ${count}++;`));
        else out.push(block(`${b.label}:`, [...b.nodes, line(`${count}++;`)], undefined, b.note));
      }
      out.push(check(`${count} !== 1`, fail, comment(loc, "oneOf")));
    }

    if (schema.not !== undefined) {
      const b = this.branch(subschema("not"), at(loc, "not"), val, known);
      if (b.nodes.length === 0) out.push({ t: "fail", fail, comment: comment(loc, "not") });
      else if (b.pass !== undefined) out.push(check(b.pass, fail, comment(loc, "not")));
      else
        out.push(
          block(
            `${b.label}:`,
            [...b.nodes, { t: "fail", fail, comment: comment(loc, "not") }],
            undefined,
            b.note,
          ),
        );
    }

    if (schema.then !== undefined) subschema("then");
    if (schema.else !== undefined) subschema("else");
    if (schema.if !== undefined) {
      const cond = this.branch(subschema("if"), at(loc, "if"), val, known);
      const thenNodes = [];
      const elseNodes = [];
      if (schema.then !== undefined)
        this.compile(schema.then, at(loc, "then"), val, known, fail, thenNodes);
      if (schema.else !== undefined)
        this.compile(schema.else, at(loc, "else"), val, known, fail, elseNodes);
      const hasThen = thenNodes.length > 0;
      const hasElse = elseNodes.length > 0;
      if (!hasThen && !hasElse) {
        // `if` alone has no effect on validity.
      } else if (cond.nodes.length === 0) {
        out.push(...thenNodes);
      } else if (cond.pass !== undefined) {
        const note = `${comment(loc)}: if`;
        if (hasThen && hasElse) out.push(block(`if (${cond.pass})`, thenNodes, elseNodes, note));
        else if (hasThen) out.push(block(`if (${cond.pass})`, thenNodes, undefined, note));
        else out.push(block(`if (${negate(cond.pass)})`, elseNodes, undefined, note));
      } else if (!hasElse) {
        const note = `${comment(loc)}: if, then`;
        out.push(block(`${cond.label}:`, [...cond.nodes, ...thenNodes], undefined, note));
      } else {
        const outer = `ifElse${this.next()}`;
        out.push(
          block(
            `${outer}:`,
            [
              block(
                `${cond.label}:`,
                [...cond.nodes, ...(hasThen ? thenNodes : []), line(`break ${outer};`)],
                undefined,
                `${comment(loc)}: if, then`,
              ),
              ...elseNodes,
            ],
            undefined,
            `${comment(loc)}: if, then, else (after the inner block)`,
          ),
        );
      }
    }
  }

  /**
   * Compiles a subschema whose result is needed as a boolean (anyOf, oneOf, not, if): either `pass`, an
   * expression true when it validates, or `nodes` that `break <label>` when it does not.
   */
  branch(schema, loc, val, known) {
    const label = `b${this.next()}`;
    const nodes = [];
    this.compile(schema, loc, val, known, `break ${label}`, nodes);
    const one = singleCheck(nodes);
    return { label, nodes, pass: one ? negate(one.cond) : undefined, note: comment(loc) };
  }

  compileObject(schema, loc, val, fail, out, bad, subschema, nonNegativeInteger) {
    const M = this.module;
    const o = this.alias(val, "object");
    const access = (name) =>
      inheritedName(name)
        ? `(Object.hasOwn(${o}, ${literal(name)}) ? ${o}[${literal(name)}] : undefined)`
        : `${o}[${literal(name)}]`;
    const properties = schema.properties ?? {};
    if (!isPlainObject(properties)) bad("properties", "`properties` must be an object of schemas");
    const required = schema.required ?? [];
    if (
      !Array.isArray(required) ||
      !required.every((r) => typeof r === "string") ||
      new Set(required).size !== required.length
    )
      bad("required", "`required` must be an array of distinct strings");

    for (const name of required)
      if (!Object.hasOwn(properties, name))
        out.push(check(`${access(name)} === undefined`, fail, comment(loc, "required")));

    // Cheap structural checks (unknown properties) before the property values.
    if (schema.minProperties !== undefined) {
      const n = nonNegativeInteger("minProperties");
      if (n > 0)
        out.push(
          check(`!${M.use("hasMinProperties")}(${o}, ${n})`, fail, comment(loc, "minProperties")),
        );
    }

    if (schema.additionalProperties !== undefined) {
      const additional = subschema("additionalProperties");
      this.propertyLoop(
        additional,
        at(loc, "additionalProperties"),
        val,
        new Set(Object.keys(properties)),
        undefined,
        fail,
        out,
      );
    }

    for (const [name, sub] of Object.entries(properties)) {
      const subLoc = at(loc, "properties", name);
      if (!isSchema(sub))
        this.compiler.fail(subLoc, "a property's schema must be an object or a boolean");
      const isRequired = required.includes(name);
      const pv = this.value();
      const body = [];
      this.compile(sub, subLoc, pv, ANY, fail, body);
      if (body.length === 0) {
        if (isRequired)
          out.push(check(`${access(name)} === undefined`, fail, comment(loc, "required")));
        continue;
      }
      const first = body[0];
      const presenceImplied = first.t === "check" && first.rejectsUndefined;
      const one = singleCheck(body);
      if (
        isRequired &&
        one &&
        presenceImplied &&
        pv.slot.decls.length === 0 &&
        occurrences(one.cond, pv.name) === 1
      ) {
        out.push({ ...one, cond: substitute(one.cond, pv.name, access(name)) });
        continue;
      }
      out.push(line(`const ${pv.name} = ${access(name)};`), pv.slot);
      if (isRequired) {
        if (!presenceImplied)
          out.push(check(`${pv.name} === undefined`, fail, comment(loc, "required")));
        out.push(...body);
      } else if (one) {
        out.push({ ...one, cond: `${pv.name} !== undefined && ${paren(one.cond, "&&")}` });
      } else {
        out.push(block(`if (${pv.name} !== undefined)`, body));
      }
    }

    if (schema.unevaluatedProperties !== undefined) {
      const unevaluated = subschema("unevaluatedProperties");
      const evaluated = this.compiler.evaluated(schema, loc, new Set(), true);
      if (evaluated.all) {
        // Every property is evaluated (e.g. by additionalProperties): the keyword never applies, but
        // its subschema is still compiled so that an unsupported keyword in it fails the build.
        this.compile(unevaluated, at(loc, "unevaluatedProperties"), this.value(), ANY, fail, []);
      } else {
        const pre = [];
        const dynamic = (key) => this.evaluatedExpression(evaluated, key, val, pre, false);
        this.propertyLoop(
          unevaluated,
          at(loc, "unevaluatedProperties"),
          val,
          evaluated.names,
          dynamic,
          fail,
          out,
          pre,
        );
      }
    }
  }

  /**
   * A loop over the properties of an object that are not in `names` (nor, if given, evaluated per
   * `dynamic(key)`), checking each against `schema`.
   */
  propertyLoop(schema, loc, val, names, dynamic, fail, out, pre = []) {
    const o = this.alias(val, "object");
    const key = `k${this.next()}`;
    const pv = this.value();
    const body = [];
    this.compile(schema, loc, pv, ANY, fail, body);
    if (body.length === 0) return; // true or {}: nothing to check
    const loop = [];
    const list = [...names];
    if (list.length > 0 && list.length <= SWITCH_MAX) {
      loop.push(line(`switch (${key}) {`));
      for (const name of list) loop.push(line(`  case ${literal(name)}:`));
      loop.push(line("    continue;"), line("}"));
    } else if (list.length > SWITCH_MAX) {
      loop.push(line(`if (${this.module.set(list, "KEYS", "string")}.has(${key})) continue;`));
    }
    if (dynamic) {
      const expression = dynamic(key);
      if (expression !== "false")
        loop.push(
          line(`if (${isWrapped(expression) ? expression.slice(1, -1) : expression}) continue;`),
        );
    }
    const usesValue = body.some((n) => n.t !== "fail");
    if (usesValue) loop.push(line(`const ${pv.name} = ${o}[${key}];`), pv.slot);
    loop.push(...body);
    out.push(...pre, block(`for (const ${key} in ${o})`, loop));
  }

  /**
   * An expression true when the property `key` is evaluated by the parts of `evaluated` that depend on
   * the payload (and, with `withNames`, by its static names). Booleans it needs are computed into `pre`.
   */
  evaluatedExpression(evaluated, key, val, pre, withNames) {
    if (evaluated.all) return "true";
    const parts = [];
    if (withNames && evaluated.names.size > 0) {
      const list = [...evaluated.names];
      parts.push(
        list.length <= 4
          ? list.map((n) => `${key} === ${literal(n)}`).join(" || ")
          : `${this.module.set(list, "KEYS", "string")}.has(${key})`,
      );
    }
    const known = ["object"];
    const flag = (schema, loc) => {
      const b = this.branch(schema, loc, val, known);
      if (b.nodes.length === 0) return "true";
      const name = `valid${this.next()}`;
      if (b.pass !== undefined) pre.push(line(`const ${name} = ${b.pass};`));
      else
        pre.push(
          line(`let ${name} = false;`),
          block(`${b.label}:`, [...b.nodes, line(`${name} = true;`)], undefined, b.note),
        );
      return name;
    };
    for (const d of evaluated.dynamic) {
      if (d.kind === "if") {
        const f = flag(d.schema, d.loc);
        const whenTrue = [d.ifE, d.thenE]
          .map((e) => this.evaluatedExpression(e, key, val, pre, true))
          .filter((e) => e !== "false");
        const whenFalse = this.evaluatedExpression(d.elseE, key, val, pre, true);
        const t =
          whenTrue.length === 0 ? "false" : whenTrue.map((e) => paren(e, "||")).join(" || ");
        parts.push(`(${f} ? ${paren(t)} : ${paren(whenFalse)})`);
      } else {
        for (const b of d.branches) {
          const e = this.evaluatedExpression(b.evaluated, key, val, pre, true);
          if (e === "false") continue;
          parts.push(`(${flag(b.schema, b.loc)} && ${paren(e, "&&")})`);
        }
      }
    }
    return parts.length === 0 ? "false" : parts.map((e) => paren(e, "||")).join(" || ");
  }
}

// ---------------------------------------------------------------------------------------------

const RUNTIME = `// Helpers of the fast path of payload validation (the generated \`<database>.ts\` modules).

/** The length of a string in Unicode code points, as JSON Schema counts it; a lone surrogate counts one. */
export function codePointLength(value: string): number {
  let length = 0;
  for (let i = 0; i < value.length; i++) {
    const unit = value.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < value.length) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    length++;
  }
  return length;
}

/** JSON Schema equality: same type and value; arrays item by item; objects by their property sets. */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!deepEqual(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = Object.keys(x);
  if (keys.length !== Object.keys(y).length) return false;
  for (const key of keys) if (!Object.hasOwn(y, key) || !deepEqual(x[key], y[key])) return false;
  return true;
}

/** Whether no two items of an array are equal (JSON Schema \`uniqueItems\`). */
export function hasUniqueItems(items: readonly unknown[]): boolean {
  const n = items.length;
  if (n < 2) return true;
  if (n > 16) {
    // Long arrays: primitives through a Set, objects and arrays pairwise.
    const seen = new Set<unknown>();
    const composite: unknown[] = [];
    for (const item of items) {
      if (typeof item === "object" && item !== null) {
        for (const other of composite) if (deepEqual(item, other)) return false;
        composite.push(item);
      } else {
        if (seen.has(item)) return false;
        seen.add(item);
      }
    }
    return true;
  }
  for (let i = 1; i < n; i++) {
    const item = items[i];
    const composite = typeof item === "object" && item !== null;
    for (let j = 0; j < i; j++) {
      const other = items[j];
      if (item === other || (composite && deepEqual(item, other))) return false;
    }
  }
  return true;
}

/** Whether \`value\` equals one of \`values\` (JSON Schema \`enum\` with objects or arrays). */
export function enumIncludes(values: readonly unknown[], value: unknown): boolean {
  for (const candidate of values) if (deepEqual(candidate, value)) return true;
  return false;
}

/** Whether an object has at least \`min\` properties, counted without allocating. */
export function hasMinProperties(object: Record<string, unknown>, min: number): boolean {
  let count = 0;
  for (const key in object) {
    if (Object.hasOwn(object, key) && ++count >= min) return true;
  }
  return count >= min;
}
`;

/**
 * Compiles the documents into the fast path.
 * @param {{ file: string, database: string, name: string, version: string, document: any }[]} documents
 * @param {string} banner first line of every generated file
 * @param {{ formats?: Iterable<string> }} [options] format names (default: those of FORMAT_CHECKS)
 * @returns {Map<string, string>} path relative to the package → file content
 */
export function compileFastPath(documents, banner, options = {}) {
  const formats = new Set(options.formats ?? loadFormatNames());
  const compiler = new Compiler(documents, formats);
  const files = new Map();
  const databases = [...new Set(documents.map((d) => d.database))].sort();
  for (const database of databases) {
    const entries = documents.filter((d) => d.database === database);
    const module = new ModuleBuilder(compiler, database);
    for (const entry of entries) module.addDocument(entry);
    files.set(`${OUT_DIR}/${database}.ts`, module.render(banner, entries));
  }
  files.set(`${OUT_DIR}/_runtime.ts`, `${banner}\n\n${RUNTIME}`);

  const index = [
    banner,
    "",
    "// The fast path of payload validation, by `$id`. Each loader imports only the module of its",
    "// database, so a bundle gets the databases it uses; import `./<database>.js` for synchronous use.",
    "",
    "/** A fast-path check: whether a payload is valid against one document. Never throws. */",
    "export type FastPath = (data: unknown) => boolean;",
    "",
    "/** A loader of the fast path of every document, by `$id`. */",
    "export const fastPathLoaders: Readonly<Record<string, () => Promise<FastPath>>> = {",
    ...documents.map(
      (d) =>
        `  ${literal(d.document.$id)}: () => import("./${d.database}.js").then((m) => m.${compiler.functionNames.get(d)}),`,
    ),
    "};",
    "",
    "/** The fast path of the document with this `$id`, or `undefined` for an unknown `$id`. */",
    "export async function loadFastPath(schemaId: string): Promise<FastPath | undefined> {",
    "  const load = Object.hasOwn(fastPathLoaders, schemaId) ? fastPathLoaders[schemaId] : undefined;",
    "  return load === undefined ? undefined : load();",
    "}",
    "",
  ];
  files.set(`${OUT_DIR}/index.ts`, index.join("\n"));
  return files;
}
