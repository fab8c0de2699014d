// The fast path of payload validation (src/generated/fast-path, compiled by
// scripts/compile-fast-path.mjs) against ajv, an independent JSON Schema 2020-12 implementation given
// the same documents and the same format checks: on every fixture, on fast-check mutations of every
// document's examples, and on a table of tricky semantics. Synthetic documents are compiled in the
// test and their TypeScript output transpiled and evaluated here (test-only; the package itself ships
// the generated modules and never evaluates code at run time).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Ajv2020 } from "ajv/dist/2020.js";
import fc from "fast-check";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { loadDocuments } from "../../schemas/scripts/load-documents.mjs";
import { compileFastPath, loadFormatNames } from "../scripts/compile-fast-path.mjs";
import { fastPathLoaders, loadFastPath } from "../src/generated/fast-path/index.js";
import * as population from "../src/generated/fast-path/population.js";
import { payloadRegistry } from "../src/generated/payload-registry.js";
import { isConsistent } from "../src/payload/consistency.js";
import { FORMAT_CHECKS } from "../src/payload/formats.js";
import type { PayloadEntry } from "../src/payload/payload-entry.js";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type FastPath = (data: unknown) => boolean;
interface DocumentEntry {
  file: string;
  database: string;
  name: string;
  version: string;
  document: Record<string, unknown>;
}

const schemasDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../schemas");
const documents = (await loadDocuments(schemasDir)) as DocumentEntry[];
const ids = documents.map((d) => d.document.$id as string);

/** Every `x-ndc-*` keyword of a set of documents (ajv's strict mode needs them declared). */
function annotationKeywords(values: unknown[]): string[] {
  const found = new Set<string>();
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (typeof value === "object" && value !== null)
      for (const [key, child] of Object.entries(value)) {
        if (key.startsWith("x-ndc-")) found.add(key);
        walk(child);
      }
  };
  values.forEach(walk);
  return [...found].sort();
}

/** ajv with the documents, the `x-ndc-*` vocabulary and FORMAT_CHECKS as its formats. */
function createAjv(schemas: Record<string, unknown>[], strictTypes = true): Ajv2020 {
  // Synthetic documents below use keywords without `type` on purpose (strictTypes off for them).
  const ajv = new Ajv2020({ strict: true, strictRequired: false, strictTypes });
  ajv.addVocabulary(annotationKeywords(schemas));
  for (const [name, check] of Object.entries(FORMAT_CHECKS))
    ajv.addFormat(name, { type: "string", validate: check });
  for (const schema of schemas) ajv.addSchema(schema);
  return ajv;
}

const ajv = createAjv(documents.map((d) => d.document));
const ajvCheck = (id: string): FastPath => {
  const validate = ajv.getSchema(id);
  if (!validate) throw new Error(`ajv has no ${id}`);
  return (data) => validate(data) as boolean;
};
const fastPaths = new Map<string, FastPath>();
for (const id of ids) {
  const fast = await loadFastPath(id);
  if (!fast) throw new Error(`no fast path for ${id}`);
  fastPaths.set(id, fast);
}
const fastCheck = (id: string): FastPath => fastPaths.get(id) as FastPath;

// ---------------------------------------------------------------------------------------------

describe("generated modules", () => {
  it("have a loader and a function for every document, and nothing else", () => {
    expect(Object.keys(fastPathLoaders).sort()).toEqual([...ids].sort());
    expect(population.fastPaths["https://schemas.ndcvn.org/population/Citizen/1.0.0"]).toBe(
      population.isCitizen,
    );
  });

  it("answers undefined for an unknown $id", async () => {
    expect(await loadFastPath("https://schemas.ndcvn.org/population/Nobody/1.0.0")).toBeUndefined();
    expect(await loadFastPath("toString")).toBeUndefined();
  });

  it("knows every format of FORMAT_CHECKS at build time", () => {
    expect([...loadFormatNames()].sort()).toEqual(Object.keys(FORMAT_CHECKS).sort());
  });
});

// ---------------------------------------------------------------------------------------------

interface FixtureGroup {
  description: string;
  schema: { $ref: string };
  tests: { description: string; data: unknown; valid: boolean }[];
}

function fixtureFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) =>
      entry.isDirectory()
        ? fixtureFiles(path.join(dir, entry.name))
        : entry.name.endsWith(".json")
          ? [path.join(dir, entry.name)]
          : [],
    )
    .sort();
}

const fixtures = fixtureFiles(path.join(schemasDir, "fixtures")).map((file) => ({
  file: path.relative(schemasDir, file),
  groups: JSON.parse(readFileSync(file, "utf8")) as FixtureGroup[],
}));

describe.each(fixtures)("fixtures $file", ({ groups }) => {
  const cases = groups.flatMap((group) =>
    group.tests.map((test) => ({
      name: `${group.description} — ${test.description}`,
      id: group.schema.$ref,
      data: test.data,
      valid: test.valid,
    })),
  );
  it.each(cases)("$name", ({ id, data, valid }) => {
    expect(fastCheck(id)(data)).toBe(valid);
    expect(ajvCheck(id)(data)).toBe(valid);
  });
});

// ---------------------------------------------------------------------------------------------
// Mutations of the examples: delete a property, replace a value by one of another type or by a value
// found elsewhere in the documents, a too long string, an unknown property, a duplicated item, …

/** Values found in the documents (examples, const, enum) and property names: plausible material. */
const pool: Json[] = [];
const propertyNames = new Set<string>();
(function collect(value: unknown, key?: string): void {
  if (Array.isArray(value)) {
    if (key === "examples" || key === "enum") pool.push(...(value as Json[]));
    for (const item of value) collect(item);
  } else if (typeof value === "object" && value !== null) {
    for (const [k, child] of Object.entries(value)) {
      if (k === "const") pool.push(child as Json);
      if (k === "properties")
        for (const name of Object.keys(child as object)) propertyNames.add(name);
      collect(child, k);
    }
  }
})(documents.map((d) => d.document));

const scalar = fc.oneof(
  fc.constantFrom<Json>(null, true, false, 0, -1, 1, 1.5, 1e21, "", " ", "x", "VN", [], {}),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.string({ maxLength: 20 }),
  fc.string({ unit: "binary", maxLength: 20 }),
);
const anyValue: fc.Arbitrary<Json> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...pool) },
  { weight: 2, arbitrary: scalar },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json> },
);

type Mutation =
  | { kind: "delete" }
  | { kind: "replace"; value: Json }
  | { kind: "long"; unit: string; length: number }
  | { kind: "property"; key: string; value: Json }
  | {
      kind: "set";
      focus: boolean;
      depth: number;
      path: number;
      value: number;
      item: number;
      byName: boolean;
    }
  | { kind: "duplicate" }
  | { kind: "empty" }
  | {
      kind: "tweak";
      how: "append" | "truncate" | "upper" | "lower" | "emoji" | "plus" | "minus" | "half";
    };

const setMutation = fc.record({
  kind: fc.constant("set" as const),
  focus: fc.boolean(),
  depth: fc.nat(),
  path: fc.nat(),
  value: fc.nat(),
  item: fc.nat({ max: 3 }),
  byName: fc.nat({ max: 9 }).map((n) => n < 3),
});
const mutation: fc.Arbitrary<{ at: number; mutation: Mutation }> = fc.record({
  at: fc.nat(),
  mutation: fc.oneof(
    fc.constant<Mutation>({ kind: "delete" }),
    fc.record({ kind: fc.constant("replace" as const), value: anyValue }),
    fc.record({
      kind: fc.constant("long" as const),
      unit: fc.constantFrom("a", "😀", "Ạ", "1", "\uD800"),
      length: fc.integer({ min: 1, max: 600 }),
    }),
    fc.record({
      kind: fc.constant("property" as const),
      key: fc.oneof(fc.constantFrom(...propertyNames), fc.constantFrom("extra", "x-ndc-note", "")),
      value: anyValue,
    }),
    { weight: 4, arbitrary: setMutation },
    fc.constant<Mutation>({ kind: "duplicate" }),
    fc.constant<Mutation>({ kind: "empty" }),
    fc.record({
      kind: fc.constant("tweak" as const),
      how: fc.constantFrom(
        "append" as const,
        "truncate" as const,
        "upper" as const,
        "lower" as const,
        "emoji" as const,
        "plus" as const,
        "minus" as const,
        "half" as const,
      ),
    }),
  ),
});

/**
 * The properties a document describes, as data paths (`*` for any array item), each with the values
 * its schema names (examples, const, enum, and the examples of a referenced document). Setting a
 * property to such a value reaches the `if`/`then` and cross-field rules that random values miss;
 * `conditional` marks the properties that `if`/`then`/`else`/`not` name.
 */
interface PropertyPath {
  path: string[];
  values: Json[];
  conditional: boolean;
}
const byId = new Map(documents.map((d) => [d.document.$id as string, d.document]));
function schemaValues(schema: Record<string, unknown>): Json[] {
  const values: Json[] = [];
  if (Array.isArray(schema.examples)) values.push(...(schema.examples as Json[]));
  if (schema.const !== undefined) values.push(schema.const as Json);
  if (Array.isArray(schema.enum)) values.push(...(schema.enum as Json[]));
  const target = typeof schema.$ref === "string" ? byId.get(schema.$ref) : undefined;
  if (target && Array.isArray(target.examples)) values.push(...(target.examples as Json[]));
  return values;
}
function walkPaths(
  schema: unknown,
  prefix: string[],
  out: Map<string, PropertyPath>,
  conditional: boolean,
  depth: number,
): void {
  if (typeof schema !== "object" || schema === null || depth > 6) return;
  const s = schema as Record<string, unknown>;
  const add = (path: string[], values: Json[]) => {
    const key = path.join("/");
    const found = out.get(key);
    if (found) {
      found.values.push(...values);
      found.conditional ||= conditional;
    } else out.set(key, { path, values: [...values], conditional });
  };
  if (typeof s.properties === "object" && s.properties !== null)
    for (const [name, sub] of Object.entries(s.properties as Record<string, unknown>)) {
      add([...prefix, name], schemaValues(sub as Record<string, unknown>));
      walkPaths(sub, [...prefix, name], out, conditional, depth + 1);
    }
  if (conditional && Array.isArray(s.required))
    for (const name of s.required as string[]) add([...prefix, name], []);
  if (s.items !== undefined) walkPaths(s.items, [...prefix, "*"], out, conditional, depth + 1);
  if (s.contains !== undefined)
    walkPaths(s.contains, [...prefix, "*"], out, conditional, depth + 1);
  for (const keyword of ["allOf", "anyOf", "oneOf"])
    if (Array.isArray(s[keyword]))
      for (const sub of s[keyword] as unknown[])
        walkPaths(sub, prefix, out, conditional, depth + 1);
  for (const keyword of ["if", "then", "else", "not"])
    walkPaths(s[keyword], prefix, out, true, depth + 1);
  if (typeof s.$ref === "string") walkPaths(byId.get(s.$ref), prefix, out, conditional, depth + 2);
}
function propertyPaths(schema: unknown): PropertyPath[] {
  const out = new Map<string, PropertyPath>();
  walkPaths(schema, [], out, false, 0);
  return [...out.values()];
}
/** Values by property name, across every document. */
const valuesByName = new Map<string, Json[]>();
for (const d of documents)
  for (const { path: p, values } of propertyPaths(d.document)) {
    const name = p[p.length - 1] as string;
    valuesByName.set(name, [...(valuesByName.get(name) ?? []), ...values]);
  }

/** The property paths of a document, grouped for choosing: conditional ones, and by depth. */
function pathChoices(schema: unknown) {
  const all = propertyPaths(schema);
  const byDepth = new Map<number, PropertyPath[]>();
  for (const p of all) byDepth.set(p.path.length, [...(byDepth.get(p.path.length) ?? []), p]);
  return { conditional: all.filter((p) => p.conditional), byDepth: [...byDepth.values()] };
}
type PathChoices = ReturnType<typeof pathChoices>;

function setPath(root: Json, choices: PathChoices, m: Extract<Mutation, { kind: "set" }>): Json {
  const group =
    m.focus && choices.conditional.length > 0
      ? choices.conditional
      : choices.byDepth[m.depth % Math.max(choices.byDepth.length, 1)];
  if (!group || group.length === 0) return root;
  const target = group[m.path % group.length] as PropertyPath;
  const name = target.path[target.path.length - 1] as string;
  const candidates =
    m.byName || target.values.length === 0 ? (valuesByName.get(name) ?? []) : target.values;
  if (candidates.length === 0) return root;
  let node: Json | undefined = root;
  for (const segment of target.path.slice(0, -1)) {
    if (segment === "*")
      node = Array.isArray(node) && node.length > 0 ? node[m.item % node.length] : undefined;
    else
      node =
        typeof node === "object" && node !== null && !Array.isArray(node)
          ? node[segment]
          : undefined;
    if (node === undefined) return root;
  }
  if (typeof node !== "object" || node === null || Array.isArray(node)) return root;
  node[name] = structuredClone(candidates[m.value % candidates.length] as Json);
  return root;
}

/** Every location in a JSON value: the paths of its nodes, the root first. */
function locations(value: Json, at: (string | number)[] = [], out: (string | number)[][] = []) {
  out.push(at);
  if (Array.isArray(value))
    for (const [i, item] of value.entries()) locations(item, [...at, i], out);
  else if (typeof value === "object" && value !== null)
    for (const [key, child] of Object.entries(value)) locations(child, [...at, key], out);
  return out;
}

function getAt(root: Json, at: (string | number)[]): Json {
  let node: Json = root;
  for (const key of at) node = (node as Record<string | number, Json>)[key] as Json;
  return node;
}

function mutate(root: Json, step: { at: number; mutation: Mutation }, paths: PathChoices): Json {
  const all = locations(root);
  const at = all[step.at % all.length] as (string | number)[];
  const node = getAt(root, at);
  const parent = at.length === 0 ? undefined : getAt(root, at.slice(0, -1));
  const key = at[at.length - 1];
  const set = (value: Json): Json => {
    if (parent === undefined || key === undefined) return value;
    (parent as Record<string | number, Json>)[key] = value;
    return root;
  };
  const m = step.mutation;
  switch (m.kind) {
    case "set":
      return setPath(root, paths, m);
    case "delete":
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else if (parent !== undefined && parent !== null && typeof parent === "object")
        delete parent[key as string];
      return root;
    case "replace":
      return set(structuredClone(m.value));
    case "long":
      return set(
        typeof node === "string" ? node + m.unit.repeat(m.length) : m.unit.repeat(m.length),
      );
    case "property":
      if (typeof node === "object" && node !== null && !Array.isArray(node)) {
        node[m.key] = structuredClone(m.value);
        return root;
      }
      return set({ [m.key]: structuredClone(m.value) });
    case "duplicate":
      if (Array.isArray(node) && node.length > 0) node.push(structuredClone(node[0] as Json));
      else if (Array.isArray(parent)) parent.push(structuredClone(node));
      return root;
    case "empty":
      return set(Array.isArray(node) ? [] : typeof node === "object" && node !== null ? {} : "");
    case "tweak":
      if (typeof node === "string") {
        const tweaked = {
          append: `${node}0`,
          truncate: node.slice(0, -1),
          upper: node.toUpperCase(),
          lower: node.toLowerCase(),
          emoji: `${node}😀`,
          plus: `${node}1`,
          minus: node.slice(1),
          half: node.slice(0, Math.ceil(node.length / 2)),
        }[m.how];
        return set(tweaked);
      }
      if (typeof node === "number") {
        const tweaked = { plus: node + 1, minus: node - 1, half: node / 2, append: node * 10 }[
          m.how as "plus"
        ];
        return set(tweaked ?? -node);
      }
      return root;
  }
}

const withExamples = documents.filter((d) => Array.isArray(d.document.examples));

// The two paths of createValidator: the fast path above, and the zod schema that gives the detailed
// issues of invalid payloads. They must agree on every payload (the zod schema adds the cross-field
// rules of the document).
const registryEntry = (id: string): PayloadEntry => payloadRegistry[id] as PayloadEntry;
const detailedAccepts = (id: string, data: unknown): boolean =>
  registryEntry(id).schema.safeParse(data).success;

describe("documents' examples", () => {
  it("every document has examples", () => {
    expect(withExamples.map((d) => d.file)).toEqual(documents.map((d) => d.file));
  });

  it.each(withExamples)("$file: examples are valid for the fast path and ajv", ({ document }) => {
    const id = document.$id as string;
    for (const example of document.examples as Json[]) {
      expect(fastCheck(id)(example)).toBe(true);
      expect(ajvCheck(id)(example)).toBe(true);
    }
  });

  it.each(withExamples)(
    "$file: mutated examples get the same answer as ajv, on both paths",
    ({ document }) => {
      const id = document.$id as string;
      const fast = fastCheck(id);
      const reference = ajvCheck(id);
      const examples = document.examples as Json[];
      const paths = pathChoices(document);
      let valid = 0;
      fc.assert(
        fc.property(
          fc.nat({ max: examples.length - 1 }),
          fc.array(mutation, { minLength: 1, maxLength: 4 }),
          (which, steps) => {
            let data = structuredClone(examples[which] as Json);
            for (const step of steps) data = mutate(data, step, paths);
            const expected = reference(data);
            if (expected) valid++;
            expect(fast(data)).toBe(expected);
            // The detailed path (zod) agrees too: it adds only the cross-field rules.
            expect(detailedAccepts(id, data)).toBe(
              expected && isConsistent(data, registryEntry(id).consistency),
            );
          },
        ),
        { numRuns: 1000 },
      );
      // The mutations are not all fatal: some stay valid (e.g. an optional property deleted).
      expect(valid).toBeGreaterThan(0);
    },
  );

  it.each(withExamples)(
    "$file: arbitrary values get the same answer, never a throw",
    ({ document }) => {
      const id = document.$id as string;
      const fast = fastCheck(id);
      const reference = ajvCheck(id);
      fc.assert(
        fc.property(fc.oneof(fc.jsonValue(), fc.anything()), (data) => {
          const expected = reference(data);
          expect(fast(data)).toBe(expected);
          expect(detailedAccepts(id, data)).toBe(
            expected && isConsistent(data, registryEntry(id).consistency),
          );
        }),
        { numRuns: 100 },
      );
    },
  );
});

// ---------------------------------------------------------------------------------------------
// Tricky semantics on the real documents.

const id = (database: string, name: string) =>
  `https://schemas.ndcvn.org/${database}/${name}/1.0.0`;
const attributed = {
  source: "population",
  updatedAt: "2025-09-14T08:30:00+07:00",
  assurance: "verified",
};
const citizen = {
  birthName: { fullName: "Trần Thị Bích Ngọc" },
  personalId: "040190004567",
  dateOfBirth: "1990-11-02",
  sex: "female",
  nationality: ["VN"],
};

describe.each([
  // unevaluatedProperties: false next to allOf: [{ $ref: Attributed }] and properties: { value }
  [
    "PersonProfile, Attributed's properties are evaluated through allOf/$ref",
    id("warehouse", "PersonProfile"),
    { personalId: "040190004567", sex: { value: "female", ...attributed } },
    true,
  ],
  [
    "PersonProfile, an unevaluated property",
    id("warehouse", "PersonProfile"),
    { personalId: "040190004567", sex: { value: "female", ...attributed, note: "x" } },
    false,
  ],
  [
    "PersonProfile, Attributed's required still applies",
    id("warehouse", "PersonProfile"),
    { personalId: "040190004567", sex: { value: "female", source: "population" } },
    false,
  ],
  [
    "PersonProfile, the local properties.value applies too",
    id("warehouse", "PersonProfile"),
    { personalId: "040190004567", sex: { value: "Female", ...attributed } },
    false,
  ],
  // code points, not UTF-16 units: fullName has maxLength 200
  [
    "PersonName, 200 emoji (400 UTF-16 units)",
    id("common", "PersonName"),
    { fullName: "😀".repeat(200) },
    true,
  ],
  ["PersonName, 201 emoji", id("common", "PersonName"), { fullName: "😀".repeat(201) }, false],
  ["PersonName, one emoji meets minLength 1", id("common", "PersonName"), { fullName: "😀" }, true],
  // integer: 1.0 is the integer 1 in JSON
  [
    "Money, 1.0 is an integer",
    id("common", "Money"),
    JSON.parse('{ "amount": 1.0, "currency": "VND" }'),
    true,
  ],
  ["Money, 1.5 is not", id("common", "Money"), { amount: 1.5, currency: "VND" }, false],
  [
    "Money, 1e3 is",
    id("common", "Money"),
    JSON.parse('{ "amount": 1e3, "currency": "VND" }'),
    true,
  ],
  [
    "Money, a numeric string is not",
    id("common", "Money"),
    { amount: "1", currency: "VND" },
    false,
  ],
  // uniqueItems, contains
  [
    "Citizen, nationality twice VN",
    id("population", "Citizen"),
    { ...citizen, nationality: ["VN", "VN"] },
    false,
  ],
  [
    "Citizen, nationality without VN",
    id("population", "Citizen"),
    { ...citizen, nationality: ["FR"] },
    false,
  ],
  [
    "Citizen, a second nationality",
    id("population", "Citizen"),
    { ...citizen, nationality: ["FR", "VN"] },
    true,
  ],
  // objects, not arrays or null
  ["Citizen, an array", id("population", "Citizen"), [citizen], false],
  ["Citizen, null", id("population", "Citizen"), null, false],
  [
    "Citizen, an unknown property",
    id("population", "Citizen"),
    { ...citizen, nickname: "Ngọc" },
    false,
  ],
  // if/then on the sex and the century digit of the personal ID
  [
    "Citizen, male with a female personal ID",
    id("population", "Citizen"),
    { ...citizen, sex: "male" },
    false,
  ],
  [
    "Citizen, born in the 1900s with a 2000s personal ID",
    id("population", "Citizen"),
    { ...citizen, sex: "male", personalId: "040290004567" },
    false,
  ],
  [
    "Citizen, born in the 2000s with a 2000s personal ID",
    id("population", "Citizen"),
    { ...citizen, dateOfBirth: "2003-05-01", personalId: "040303004567" },
    true,
  ],
] as [string, string, unknown, boolean][])("%s", (_name, schemaId, data, valid) => {
  it(`is ${valid ? "valid" : "invalid"} for the fast path and ajv`, () => {
    expect(fastCheck(schemaId)(data)).toBe(valid);
    expect(ajvCheck(schemaId)(data)).toBe(valid);
  });
});

// ---------------------------------------------------------------------------------------------
// Synthetic documents: compiled here, transpiled, evaluated and compared with ajv.

const FORMAT_NAMES = Object.keys(FORMAT_CHECKS);
const testId = (name: string) => `https://schemas.ndcvn.org/test/${name}/1.0.0`;
const entry = (
  name: string,
  schema: Record<string, unknown>,
  database = "test",
): DocumentEntry => ({
  file: `schemas/${database}/${name}.schema.json`,
  database,
  name,
  version: "1.0.0",
  document: {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: `https://schemas.ndcvn.org/${database}/${name}/1.0.0`,
    ...schema,
  },
});
const compile = (entries: DocumentEntry[]) =>
  compileFastPath(entries, "// test", { formats: FORMAT_NAMES });

/** Loads generated modules by transpiling them to CommonJS: `$id` → function. */
function load(entries: DocumentEntry[]): Map<string, FastPath> {
  const files = compile(entries);
  const source = (name: string) => files.get(`src/generated/fast-path/${name}`);
  const modules = new Map<string, Record<string, unknown>>();
  const require = (specifier: string): Record<string, unknown> => {
    if (specifier === "../../payload/formats.js") return { FORMAT_CHECKS };
    const name = specifier.replace(/^\.\//, "").replace(/\.js$/, ".ts");
    const cached = modules.get(name);
    if (cached) return cached;
    const exports: Record<string, unknown> = {};
    modules.set(name, exports);
    const code = source(name);
    if (code === undefined) throw new Error(`no module ${name}`);
    const js = ts.transpileModule(code, {
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
    }).outputText;
    new Function("exports", "require", js)(exports, require);
    return exports;
  };
  const out = new Map<string, FastPath>();
  for (const e of entries) {
    const { fastPaths: paths } = require(`./${e.database}.js`) as {
      fastPaths: Record<string, FastPath>;
    };
    out.set(e.document.$id as string, paths[e.document.$id as string] as FastPath);
  }
  return out;
}

/** Type errors of generated modules under the repository's strict options (in memory). */
function typeErrors(files: Map<string, string>): string[] {
  const dir = "/virtual/src/generated/fast-path";
  const sources = new Map<string, string>();
  for (const [file, content] of files) sources.set(`/virtual/${file}`, content);
  sources.set(
    "/virtual/src/payload/formats.ts",
    "export const FORMAT_CHECKS: Readonly<Record<string, (value: string) => boolean>> = {};\n",
  );
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    lib: ["lib.es2023.d.ts"],
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    strict: true,
    noUncheckedIndexedAccess: true,
    exactOptionalPropertyTypes: true,
    verbatimModuleSyntax: true,
    noFallthroughCasesInSwitch: true,
    isolatedModules: true,
    noEmit: true,
    types: [],
  };
  const host = ts.createCompilerHost(options);
  const fileExists = host.fileExists.bind(host);
  const readFile = host.readFile.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  const directoryExists = host.directoryExists?.bind(host);
  host.directoryExists = (d) =>
    [...sources.keys()].some((file) => file.startsWith(`${d}/`)) || (directoryExists?.(d) ?? false);
  host.fileExists = (file) => sources.has(file) || fileExists(file);
  host.readFile = (file) => sources.get(file) ?? readFile(file);
  host.getSourceFile = (file, language) => {
    const text = sources.get(file);
    return text === undefined
      ? getSourceFile(file, language)
      : ts.createSourceFile(file, text, language);
  };
  const roots = [...sources.keys()].filter((file) => file.startsWith(dir));
  const program = ts.createProgram(roots, options, host);
  return ts
    .getPreEmitDiagnostics(program)
    .map(
      (d) => `${d.file?.fileName ?? ""}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`,
    );
}

interface Case {
  data: unknown;
  valid: boolean;
}
/** Named synthetic documents with cases: the fast path and ajv must both give the labelled answer. */
const semantics: { name: string; documents: DocumentEntry[]; cases: Case[] }[] = [
  {
    name: "unevaluatedProperties with allOf + $ref",
    documents: [
      entry("Base", { type: "object", required: ["a"], properties: { a: { type: "string" } } }),
      entry("Derived", {
        allOf: [{ $ref: testId("Base") }],
        properties: { b: { type: "number" } },
        unevaluatedProperties: false,
      }),
    ],
    cases: [
      { data: { a: "x", b: 1 }, valid: true },
      { data: { a: "x" }, valid: true },
      { data: { a: "x", c: 1 }, valid: false },
      { data: { b: 1 }, valid: false },
      { data: { a: 1 }, valid: false },
    ],
  },
  {
    name: "unevaluatedProperties with if/then/else (annotations of the branch taken)",
    documents: [
      entry("Conditional", {
        type: "object",
        properties: { kind: { type: "string" } },
        if: { properties: { kind: { const: "x" } }, required: ["kind"] },
        // biome-ignore lint/suspicious/noThenProperty: a JSON Schema keyword
        then: { properties: { x: true } },
        else: { properties: { y: true } },
        unevaluatedProperties: false,
      }),
    ],
    cases: [
      { data: { kind: "x", x: 1 }, valid: true },
      { data: { kind: "x", y: 1 }, valid: false },
      { data: { kind: "z", y: 1 }, valid: true },
      { data: { kind: "z", x: 1 }, valid: false },
      { data: { y: 1 }, valid: true },
    ],
  },
  {
    name: "unevaluatedProperties with anyOf (annotations of passing branches only)",
    documents: [
      entry("AnyOf", {
        anyOf: [
          { properties: { p: { type: "string" } } },
          { properties: { q: { type: "string" } }, required: ["q"] },
        ],
        unevaluatedProperties: { type: "integer" },
      }),
    ],
    cases: [
      { data: { p: "s" }, valid: true },
      { data: { p: 1 }, valid: false }, // both branches fail
      { data: { q: "s", p: 3 }, valid: true }, // p is not evaluated (branch 0 fails) but an integer
      { data: { q: "s", p: 1.5 }, valid: false },
      { data: { q: "s", r: 2 }, valid: true },
      { data: { q: "s", r: "2" }, valid: false },
    ],
  },
  {
    name: "unevaluatedProperties beside additionalProperties in allOf (all evaluated)",
    documents: [
      entry("Closed", {
        allOf: [{ properties: { a: true }, additionalProperties: { type: "number" } }],
        unevaluatedProperties: false,
      }),
    ],
    cases: [
      { data: { a: "x", b: 1 }, valid: true },
      { data: { a: "x", b: "y" }, valid: false },
    ],
  },
  {
    name: "minLength and maxLength count code points",
    documents: [entry("Text", { type: "string", minLength: 2, maxLength: 3 })],
    cases: [
      { data: "😀", valid: false },
      { data: "😀😀", valid: true },
      { data: "😀😀😀", valid: true },
      { data: "😀😀😀😀", valid: false },
      { data: "\uD800\uD800", valid: true },
      { data: "ab", valid: true },
      { data: "abcd", valid: false },
      { data: 12, valid: false },
    ],
  },
  {
    name: "uniqueItems compares objects and arrays by value",
    documents: [entry("Unique", { type: "array", uniqueItems: true })],
    cases: [
      {
        data: [
          { a: 1, b: 2 },
          { b: 2, a: 1 },
        ],
        valid: false,
      },
      { data: [{ a: 1 }, { a: 2 }], valid: true },
      { data: [{ a: [1, { b: null }] }, { a: [1, { b: null }] }], valid: false },
      {
        data: [
          [1, 2],
          [1, 2],
        ],
        valid: false,
      },
      {
        data: [
          [1, 2],
          [2, 1],
        ],
        valid: true,
      },
      { data: [1, "1", true, null, {}, []], valid: true },
      { data: [{}, {}], valid: false },
      { data: JSON.parse("[1, 1.0]"), valid: false },
      { data: [...Array.from({ length: 20 }, (_, i) => ({ i })), { i: 3 }], valid: false },
      { data: Array.from({ length: 20 }, (_, i) => `${i}`), valid: true },
    ],
  },
  {
    name: "integer accepts 1.0, rejects 1.5; number rejects numeric strings",
    documents: [
      entry("Numbers", {
        type: "object",
        properties: {
          i: { type: "integer", minimum: 1, exclusiveMaximum: 10 },
          n: { type: ["number", "null"], exclusiveMinimum: 0, maximum: 1 },
        },
      }),
    ],
    cases: [
      { data: JSON.parse('{ "i": 1.0 }'), valid: true },
      { data: { i: 1.5 }, valid: false },
      { data: { i: 10 }, valid: false },
      { data: { i: 0 }, valid: false },
      { data: { n: null }, valid: true },
      { data: { n: 0 }, valid: false },
      { data: { n: 1 }, valid: true },
      { data: { n: "0.5" }, valid: false },
    ],
  },
  {
    name: "const and enum compare by value",
    documents: [
      entry("Constants", {
        type: "object",
        properties: {
          c: { const: { a: [1, { b: null }] } },
          e: { enum: [[1, 2], { x: "y" }, "z", null] },
          f: { enum: ["a", "b", "c", "d"] },
          d: { type: "string", format: "date" },
        },
      }),
    ],
    cases: [
      { data: { c: { a: [1, { b: null }] } }, valid: true },
      { data: { c: { a: [1, { b: 0 }] } }, valid: false },
      { data: { e: { x: "y" } }, valid: true },
      { data: { e: [2, 1] }, valid: false },
      { data: { e: null }, valid: true },
      { data: { f: "d" }, valid: true },
      { data: { f: "e" }, valid: false },
      { data: { d: "2025-02-29" }, valid: false },
      { data: { d: "2024-02-29" }, valid: true },
    ],
  },
  {
    name: "oneOf, not, contains, minProperties",
    documents: [
      entry("Combinators", {
        type: "object",
        minProperties: 1,
        properties: {
          one: { oneOf: [{ type: "integer" }, { type: "number", minimum: 5 }] },
          none: { not: { type: "string" } },
          list: { type: "array", contains: { type: "object", required: ["k"] }, maxItems: 3 },
        },
      }),
    ],
    cases: [
      { data: {}, valid: false },
      { data: { one: 1 }, valid: true },
      { data: { one: 7 }, valid: false },
      { data: { one: 7.5 }, valid: true },
      { data: { none: 1 }, valid: true },
      { data: { none: "1" }, valid: false },
      { data: { list: [1, { k: 1 }] }, valid: true },
      { data: { list: [1, { j: 1 }] }, valid: false },
      { data: { list: [{ k: 1 }, 1, 2, 3] }, valid: false },
    ],
  },
  {
    name: "$ref with a JSON pointer, across documents and recursively",
    documents: [
      entry("Tree", {
        $defs: { label: { type: "string", pattern: "^[a-z]+$" } },
        type: "object",
        required: ["label"],
        properties: {
          label: { $ref: "#/$defs/label" },
          children: { type: "array", items: { $ref: "#" } },
        },
        additionalProperties: false,
      }),
      entry(
        "Forest",
        {
          type: "object",
          properties: {
            trees: { type: "array", items: { $ref: testId("Tree") } },
            name: { $ref: `${testId("Tree")}#/$defs/label` },
            kids: { $ref: `${testId("Tree")}#/properties/children` },
          },
        },
        "other",
      ),
    ],
    cases: [
      { data: { trees: [{ label: "a", children: [{ label: "b" }] }], name: "x" }, valid: true },
      { data: { trees: [{ label: "a", children: [{ label: "B" }] }] }, valid: false },
      {
        data: { trees: [{ label: "a", children: [{ label: "b", children: [{}] }] }] },
        valid: false,
      },
      { data: { trees: [{ label: "a", extra: 1 }] }, valid: false },
      { data: { name: "X" }, valid: false },
      { data: { kids: [{ label: "c" }] }, valid: true },
      { data: { kids: [{}] }, valid: false },
    ],
  },
];

/**
 * Cases of the JSON-Schema-Test-Suite (draft2020-12/unevaluatedProperties.json, "with if/then/else,
 * then not defined") where ajv 8 keeps the annotations of a failed `if` and drops those of a passing
 * one: the fast path follows the specification (annotations only from subschemas that validate).
 * No document relies on this; the fast path is checked against the specification's answers alone.
 */
describe("unevaluatedProperties after an if without then (the specification, not ajv)", () => {
  const compiled = load([
    entry("IfElse", {
      type: "object",
      if: { properties: { foo: { const: "then" } }, required: ["foo"] },
      else: { properties: { baz: { type: "string" } }, required: ["baz"] },
      unevaluatedProperties: false,
    }),
  ]);
  const fast = compiled.get(testId("IfElse")) as FastPath;
  it.each([
    [{ foo: "then" }, true],
    [{ foo: "then", bar: "bar" }, false],
    [{ baz: "baz" }, true],
    [{ foo: "else", baz: "baz" }, false],
  ] as [unknown, boolean][])("%j → %s", (data, valid) => {
    expect(fast(data)).toBe(valid);
  });
});

it("synthetic documents compile to modules without type errors", () => {
  const entries = semantics.flatMap((s) => s.documents);
  expect(typeErrors(compile(entries))).toEqual([]);
});

describe.each(semantics)("$name", ({ documents: entries, cases }) => {
  const compiled = load(entries);
  const reference = createAjv(
    entries.map((e) => e.document),
    false,
  );
  const main = entries[entries.length - 1] as DocumentEntry;
  const mainId = main.document.$id as string;
  it.each(cases)("$data → $valid", ({ data, valid }) => {
    expect(compiled.get(mainId)?.(data)).toBe(valid);
    expect(reference.validate(mainId, data)).toBe(valid);
  });
  it("agrees with ajv on arbitrary values", () => {
    const fast = compiled.get(mainId) as FastPath;
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (data) => {
        expect(fast(data)).toBe(reference.validate(mainId, data));
      }),
      { numRuns: 300 },
    );
  });
});

// ---------------------------------------------------------------------------------------------

describe("the compiler fails loudly", () => {
  it.each([
    [
      "an unsupported keyword",
      { type: "object", patternProperties: { "^a": true } },
      /Bad\.schema\.json: unsupported keyword "patternProperties" \(at #\/patternProperties\)/,
    ],
    [
      "an unsupported keyword deep inside",
      { properties: { a: { items: { maxContains: 2 } } } },
      /unsupported keyword "maxContains" \(at #\/properties\/a\/items\/maxContains\)/,
    ],
    [
      "an unknown format",
      { type: "string", format: "vn-nothing" },
      /Bad\.schema\.json: unknown format "vn-nothing"/,
    ],
    [
      "an invalid pattern",
      { type: "string", pattern: "\\p{Nope}" },
      /not an ECMA-262 regular expression/,
    ],
    [
      "a $ref to no document",
      { $ref: "https://schemas.ndcvn.org/test/Nothing/1.0.0" },
      /names no document/,
    ],
    ["a $ref to an anchor", { $ref: "#node" }, /anchors/],
    ["a $ref pointer that does not resolve", { $ref: "#/$defs/none" }, /does not resolve/],
    ["items as an array (draft 7)", { items: [{ type: "string" }] }, /`items` must be a schema/],
    [
      "a nested $id",
      { properties: { a: { $id: "https://example.org/a" } } },
      /`\$id` in a subschema/,
    ],
    ["an unknown type", { type: "float" }, /unknown type "float"/],
  ] as [string, Record<string, unknown>, RegExp][])("on %s", (_name, schema, message) => {
    expect(() => compile([entry("Bad", schema)])).toThrow(message);
  });

  it("on a format the real FORMAT_CHECKS lack", () => {
    expect(() => compileFastPath([entry("Bad", { format: "vn-nothing" })], "// test")).toThrow(
      /unknown format "vn-nothing": FORMAT_CHECKS/,
    );
  });

  it("but ignores annotations", () => {
    const files = compile([
      entry("Annotated", {
        title: "T",
        description: "D",
        examples: [1],
        $comment: "c",
        default: 1,
        deprecated: false,
        "x-ndc-sensitivity": "public",
        type: "integer",
      }),
    ]);
    expect(files.get("src/generated/fast-path/test.ts")).toContain("export function isAnnotated");
  });
});
