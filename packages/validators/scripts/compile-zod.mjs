// Zod schemas compiled from the schema documents at build time: one module per database under
// src/generated/zod/, `<RecordType>Schema` per document, with the standard's formats bound to the
// identifier validators, code-point string lengths, and the cross-field consistency rules of each
// document. These produce the detailed, bilingual issues of invalid payloads; the fast path
// (compile-fast-path.mjs) answers valid ones.

const HOST = "https://schemas.ndcvn.org/";
const ANNOTATIONS = new Set([
  "title",
  "description",
  "examples",
  "$comment",
  "$schema",
  "$id",
  "default",
  "deprecated",
]);
const isAnnotation = (key) => ANNOTATIONS.has(key) || key.startsWith("x-ndc-");
const HANDLED = new Set([
  "$ref",
  "type",
  "const",
  "enum",
  "properties",
  "required",
  "additionalProperties",
  "unevaluatedProperties",
  "items",
  "minItems",
  "maxItems",
  "uniqueItems",
  "contains",
  "minProperties",
  "minLength",
  "maxLength",
  "pattern",
  "format",
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "allOf",
  "anyOf",
  "oneOf",
  "not",
  "if",
  "then",
  "else",
  "$defs",
]);

// Keywords that, next to a $ref, are compiled as an overlay of their own.
const BESIDE_REF = new Set([
  "type",
  "const",
  "enum",
  "properties",
  "required",
  "additionalProperties",
  "unevaluatedProperties",
  "items",
]);

const schemaName = (id) => `${id.replace(HOST, "").split("/")[1]}Schema`;
const databaseOf = (id) => id.replace(HOST, "").split("/")[0];

class Module {
  constructor(database, byId) {
    this.database = database;
    this.byId = byId;
    this.imports = new Map(); // database → Set(names)
    this.patterns = new Map(); // source → const name
  }
  ref(ref, where) {
    const id = ref.split("#")[0];
    if (ref.includes("#"))
      throw new Error(`${where}: $ref with a fragment is not supported (${ref})`);
    if (!this.byId.has(id)) throw new Error(`${where}: unknown $ref ${ref}`);
    const name = schemaName(id);
    const database = databaseOf(id);
    if (database !== this.database) {
      if (!this.imports.has(database)) this.imports.set(database, new Set());
      this.imports.get(database).add(name);
    }
    return name;
  }
  pattern(source) {
    if (!this.patterns.has(source)) this.patterns.set(source, `PATTERN_${this.patterns.size}`);
    return this.patterns.get(source);
  }
}

/** A JS literal for a JSON value. */
const literal = (value) => JSON.stringify(value);

/**
 * Compile a schema node to a zod expression.
 * @param {object} node
 * @param {Module} m
 * @param {string} where JSON pointer, for errors
 * @param {boolean} overlay true inside allOf/if/then/else/not/anyOf members: objects are open and
 *   only what the node says is checked
 */
function compile(node, m, where, overlay = false) {
  if (node === true || node === undefined) return "z.unknown()";
  if (node === false) return "z.never()";
  for (const key of Object.keys(node)) {
    if (!isAnnotation(key) && !HANDLED.has(key))
      throw new Error(`${where}: keyword "${key}" is not supported`);
  }
  const refinements = [];
  let base;
  const types = node.type === undefined ? [] : [node.type].flat();
  if (types.length > 1) throw new Error(`${where}: a list of types is not supported`);
  const type = types[0];

  if (node.$ref) {
    base = m.ref(node.$ref, where);
    // Keywords beside $ref that the chain below does not apply (type, properties, required, …)
    // constrain the same value: apply them as an overlay.
    const beside = Object.fromEntries(Object.entries(node).filter(([key]) => BESIDE_REF.has(key)));
    if (Object.keys(beside).length)
      refinements.push(overlayCheck(beside, m, `${where}(beside $ref)`));
  } else if (node.const !== undefined) {
    base =
      ["string", "number", "boolean"].includes(typeof node.const) || node.const === null
        ? `z.literal(${literal(node.const)})`
        : "z.unknown()";
    if (base === "z.unknown()") refinements.push(`check.constant(${literal(node.const)})`);
  } else if (node.enum) {
    base = node.enum.every((value) => typeof value === "string")
      ? `z.enum(${literal(node.enum)})`
      : node.enum.length === 1
        ? `z.literal(${literal(node.enum[0])})`
        : `z.union([${node.enum.map((value) => `z.literal(${literal(value)})`).join(", ")}])`;
  } else if (type === "string") {
    base = "z.string()";
  } else if (type === "integer" || type === "number") {
    base = "z.number()";
  } else if (type === "boolean") {
    base = "z.boolean()";
  } else if (type === "null") {
    base = "z.null()";
  } else if (type === "array") {
    base = `z.array(${node.items === undefined ? "z.unknown()" : compile(node.items, m, `${where}/items`, overlay)})`;
  } else if (
    type === "object" ||
    node.properties ||
    node.required ||
    node.additionalProperties !== undefined ||
    node.unevaluatedProperties !== undefined
  ) {
    base = objectSchema(node, m, where, overlay || type !== "object");
  } else if (node.anyOf && !overlay && node.anyOf.every((member) => member.$ref)) {
    // anyOf of references to types: a union (its type is the union of theirs).
    base = `z.union([${node.anyOf.map((member, i) => compile(member, m, `${where}/anyOf/${i}`)).join(", ")}])`;
  } else {
    base = "z.unknown()";
  }

  // String keywords (on any node that names them: a $ref'd string may add its own).
  if (node.pattern !== undefined) {
    new RegExp(node.pattern, "u");
    base += `.regex(${m.pattern(node.pattern)})`;
  }
  if (node.minLength !== undefined || node.maxLength !== undefined) {
    refinements.push(
      `check.stringLength(${node.minLength ?? "undefined"}, ${node.maxLength ?? "undefined"})`,
    );
  }
  if (node.format !== undefined) refinements.push(`check.format(${literal(node.format)})`);
  // Number keywords.
  if (type === "integer") refinements.push("check.integer");
  if (node.minimum !== undefined) base += `.gte(${node.minimum})`;
  if (node.maximum !== undefined) base += `.lte(${node.maximum})`;
  if (node.exclusiveMinimum !== undefined) base += `.gt(${node.exclusiveMinimum})`;
  if (node.exclusiveMaximum !== undefined) base += `.lt(${node.exclusiveMaximum})`;
  // Array keywords.
  if (node.minItems !== undefined) base += `.min(${node.minItems})`;
  if (node.maxItems !== undefined) base += `.max(${node.maxItems})`;
  if (node.uniqueItems === true) refinements.push("check.uniqueItems");
  if (node.contains !== undefined)
    refinements.push(`check.contains(${compile(node.contains, m, `${where}/contains`, true)})`);
  if (node.minProperties !== undefined)
    refinements.push(`check.minProperties(${node.minProperties})`);
  // Applicators.
  for (const [i, member] of (node.allOf ?? []).entries()) {
    if (member.$ref && mergedRef(node, member)) continue;
    refinements.push(overlayCheck(member, m, `${where}/allOf/${i}`));
  }
  if (node.anyOf && !base.startsWith("z.union([")) {
    refinements.push(
      `check.anyOf([${node.anyOf.map((member, i) => compile(member, m, `${where}/anyOf/${i}`, true)).join(", ")}])`,
    );
  }
  if (node.oneOf) {
    refinements.push(
      `check.oneOf([${node.oneOf.map((member, i) => compile(member, m, `${where}/oneOf/${i}`, true)).join(", ")}])`,
    );
  }
  if (node.not !== undefined) {
    const forbidden = Object.keys(node.not).every((key) => key === "required")
      ? literal(node.not.required)
      : "undefined";
    refinements.push(`check.not(${compile(node.not, m, `${where}/not`, true)}, ${forbidden})`);
  }
  if (node.if !== undefined) {
    const then =
      node.then === undefined ? "undefined" : compile(node.then, m, `${where}/then`, true);
    const otherwise =
      node.else === undefined ? "undefined" : compile(node.else, m, `${where}/else`, true);
    refinements.push(
      `check.conditional(${compile(node.if, m, `${where}/if`, true)}, ${then}, ${otherwise})`,
    );
  }
  return base + refinements.map((refinement) => `.superRefine(${refinement})`).join("");
}

/** An allOf member `{ $ref }` whose properties are merged into an object with unevaluatedProperties: false. */
function mergedRef(node, member) {
  return node.unevaluatedProperties === false && member.$ref && Object.keys(member).length === 1;
}

function overlayCheck(member, m, where) {
  const keys = Object.keys(member).filter((key) => !isAnnotation(key));
  if (keys.length === 1 && keys[0] === "required")
    return `check.required(${literal(member.required)})`;
  return `check.apply(${compile(member, m, where, true)})`;
}

function objectSchema(node, m, where, overlay) {
  const properties = { ...(node.properties ?? {}) };
  const required = new Set(node.required ?? []);
  const spreads = [];
  for (const member of node.allOf ?? []) {
    if (!mergedRef(node, member)) continue;
    const target = m.byId.get(member.$ref);
    if (target?.type !== "object") {
      throw new Error(`${where}: allOf $ref to a non-object cannot be merged`);
    }
    if (target.allOf || target.anyOf || target.oneOf || target.if || target.not) {
      throw new Error(
        `${where}: allOf $ref to ${member.$ref}, which has applicators, cannot be merged`,
      );
    }
    spreads.push(`...${m.ref(member.$ref, where)}.shape`);
    for (const name of target.required ?? []) required.add(name);
  }
  const entries = Object.entries(properties).map(([name, schema]) => {
    let expression = compile(
      schema,
      m,
      `${where}/properties/${name}`,
      overlay && schema.type !== "object",
    );
    if (!required.has(name)) expression += ".exactOptional()";
    // zod infers a key whose schema accepts undefined (z.unknown()) as optional; a required one is not.
    else if (expression.startsWith("z.unknown()")) expression += ".nonoptional()";
    return `${literal(name)}: ${expression}`;
  });
  // Required properties that only a merged reference declares keep its (required) schema.
  const shape = `{ ${[...spreads, ...entries].join(", ")} }`;
  if (overlay) {
    const requiredOnly = [...required].filter((name) => !(name in properties));
    const schema = `z.looseObject(${shape})`;
    return requiredOnly.length
      ? `${schema}.superRefine(check.required(${literal(requiredOnly)}))`
      : schema;
  }
  const declared = new Set(Object.keys(properties));
  for (const member of node.allOf ?? []) {
    if (mergedRef(node, member))
      for (const name of Object.keys(m.byId.get(member.$ref).properties ?? {})) declared.add(name);
  }
  const undeclared = [...required].filter((name) => !declared.has(name));
  const requireUndeclared = undeclared.length
    ? `.superRefine(check.required(${literal(undeclared)}))`
    : "";
  const closed = node.additionalProperties === false || node.unevaluatedProperties === false;
  if (closed) return `z.strictObject(${shape})${requireUndeclared}`;
  if (node.additionalProperties && typeof node.additionalProperties === "object") {
    return `z.object(${shape}).catchall(${compile(node.additionalProperties, m, `${where}/additionalProperties`)})${requireUndeclared}`;
  }
  if (!node.properties && !spreads.length)
    return `z.record(z.string(), z.unknown())${requireUndeclared}`;
  return `z.object(${shape})${requireUndeclared}`;
}

/** The places in a document where a personal ID sits beside a date of birth and/or a sex. */
function consistencyRules(document, byId) {
  const rules = [];
  const resolve = (schema) => (schema?.$ref ? byId.get(schema.$ref) : schema);
  const refersTo = (schema, type) => schema?.$ref === `${HOST}common/${type}/1.0.0`;
  const walk = (schema, at, seen) => {
    const node = resolve(schema);
    if (!node || typeof node !== "object" || seen.has(node)) return;
    const inner = new Set(seen).add(node);
    if (node.type === "array") return walk(node.items, [...at, "*"], inner);
    const properties = node.properties ?? {};
    const personalId = Object.keys(properties).find((name) =>
      refersTo(properties[name], "PersonalIdNumber"),
    );
    const dateOfBirth = Object.keys(properties).find(
      (name) => /^(dateOfBirth|birthDate)$/.test(name) && refersTo(properties[name], "PartialDate"),
    );
    const sex = Object.keys(properties).find(
      (name) => name === "sex" && properties[name]["x-ndc-codelist"] === "sex",
    );
    if (personalId && (dateOfBirth || sex)) {
      rules.push({
        at,
        personalId,
        ...(dateOfBirth ? { dateOfBirth } : {}),
        ...(sex ? { sex } : {}),
      });
    }
    for (const [name, property] of Object.entries(properties)) walk(property, [...at, name], inner);
  };
  walk(document, [], new Set());
  return rules;
}

/** The $ids a document refers to. */
function referencesOf(node, found = new Set()) {
  if (Array.isArray(node)) for (const item of node) referencesOf(item, found);
  else if (node && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) {
      if (key === "$ref" && typeof value === "string") found.add(value.split("#")[0]);
      else if (key !== "examples") referencesOf(value, found);
    }
  }
  return found;
}

/** Documents of one module ordered so that each comes after those it refers to (a const must be declared before use). */
function inDependencyOrder(entries) {
  const ids = new Set(entries.map((entry) => entry.document.$id));
  const ordered = [];
  const state = new Map();
  const visit = (entry, trail) => {
    const id = entry.document.$id;
    if (state.get(id) === "done") return;
    if (state.get(id) === "visiting")
      throw new Error(`circular $ref: ${[...trail, id].join(" → ")}`);
    state.set(id, "visiting");
    for (const ref of referencesOf(entry.document)) {
      if (ids.has(ref) && ref !== id)
        visit(
          entries.find((e) => e.document.$id === ref),
          [...trail, id],
        );
    }
    state.set(id, "done");
    ordered.push(entry);
  };
  for (const entry of entries) visit(entry, []);
  return ordered;
}

/**
 * @param {{ database: string, name: string, document: any }[]} documents
 * @param {string} banner
 */
export function compileZod(documents, banner) {
  const byId = new Map(documents.map((entry) => [entry.document.$id, entry.document]));
  const databases = [...new Set(documents.map((entry) => entry.database))];
  const files = new Map();
  const registry = [];
  for (const database of databases) {
    const m = new Module(database, byId);
    const body = [];
    for (const entry of inDependencyOrder(documents.filter((e) => e.database === database))) {
      const id = entry.document.$id;
      const name = schemaName(id);
      const rules = consistencyRules(entry.document, byId);
      let expression = compile(entry.document, m, entry.file);
      if (rules.length) expression += `.superRefine(check.consistency(${name}Consistency))`;
      if (rules.length) {
        body.push(`/** Where ${entry.name} holds a personal ID beside a date of birth or sex. */`);
        body.push(
          `export const ${name}Consistency: readonly ConsistencyRule[] = ${literal(rules)};`,
        );
      }
      body.push(`/** ${entry.document.title} (${entry.document["x-ndc-label-vi"]}): \`${id}\`. */`);
      body.push(`export const ${name} = ${expression};`);
      registry.push({ id, database, name, hasRules: rules.length > 0 });
    }
    const imports = [
      'import * as z from "zod";',
      ...(body.some((line) => line.includes("ConsistencyRule"))
        ? ['import type { ConsistencyRule } from "../../payload/consistency.js";']
        : []),
      'import * as check from "../../payload/zod-checks.js";',
      ...[...m.imports].map(
        ([from, names]) => `import { ${[...names].sort().join(", ")} } from "./${from}.js";`,
      ),
    ];
    const patterns = [...m.patterns].map(
      ([source, constName]) => `const ${constName} = new RegExp(${literal(source)}, "u");`,
    );
    files.set(
      `src/generated/zod/${database}.ts`,
      `${banner}\n${imports.join("\n")}\n\n${patterns.join("\n")}\n\n${body.join("\n")}\n`,
    );
  }
  files.set(
    "src/generated/zod/index.ts",
    `${banner}\n${databases.map((database) => `export * from "./${database}.js";`).join("\n")}\n`,
  );
  return { files, registry };
}
