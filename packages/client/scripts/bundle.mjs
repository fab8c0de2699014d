// Bundles the contract (openapi/ndc-sharing-api.yaml) into one self-contained OpenAPI 3.1 document:
// every schema document of @ndcvn/schemas it refers to by `$id` (and the documents those refer to)
// is embedded under components/schemas with its `$ref`s rewritten to local ones, and every
// `x-ndc-enum-from` is filled from its source, so that tools that cannot fetch
// https://schemas.ndcvn.org/... (or know nothing of our catalog and code lists) can use it.

const SCHEMA_HOST = "https://schemas.ndcvn.org/";

const isObject = (value) => typeof value === "object" && value !== null && !Array.isArray(value);

/** Deep copy of a JSON value through `visit(key, value)`, which may replace each object. */
function mapJson(value, visit) {
  if (Array.isArray(value)) return value.map((item) => mapJson(item, visit));
  if (!isObject(value)) return value;
  const out = {};
  for (const [key, child] of Object.entries(value)) out[key] = mapJson(child, visit);
  return visit(out);
}

function walkJson(value, visit) {
  if (Array.isArray(value)) for (const item of value) walkJson(item, visit);
  else if (isObject(value)) {
    visit(value);
    for (const child of Object.values(value)) walkJson(child, visit);
  }
}

function splitRef(ref) {
  const hash = ref.indexOf("#");
  return hash < 0 ? [ref, ""] : [ref.slice(0, hash), ref.slice(hash + 1)];
}

function resolvePointer(root, pointer, what) {
  let node = root;
  for (const token of pointer.split("/").slice(1)) {
    const key = token.replaceAll("~1", "/").replaceAll("~0", "~");
    if (!isObject(node) && !Array.isArray(node)) throw new Error(`${what}: no ${pointer}`);
    node = node[key];
    if (node === undefined) throw new Error(`${what}: no ${pointer}`);
  }
  return node;
}

/**
 * @param {any} contract the parsed YAML source
 * @param {{ documents: { name: string, database: string, version: string, document: any }[],
 *   catalog: { databases: { code: string }[] },
 *   codeLists: Map<string, { entries: { code: string }[] }>, banner: string }} sources
 * @returns {any} the bundled document
 */
export function bundleContract(contract, { documents, catalog, codeLists, banner }) {
  const byId = new Map(documents.map((d) => [d.document.$id, d]));
  const handWritten = new Set(Object.keys(contract.components?.schemas ?? {}));

  // Which documents are needed: those the contract names, and those they name, transitively.
  const needed = new Map();
  const need = (ref, where) => {
    const [base] = splitRef(ref);
    if (!base.startsWith(SCHEMA_HOST) || needed.has(base)) return;
    const entry = byId.get(base);
    if (!entry) throw new Error(`${where}: $ref to an unknown schema document ${base}`);
    needed.set(base, entry);
    walkJson(entry.document, (node) => {
      if (typeof node.$ref === "string") need(node.$ref, base);
    });
  };
  walkJson(contract, (node) => {
    if (typeof node.$ref === "string") need(node.$ref, "contract");
  });

  // Component names: the record type name, qualified by version where two versions are needed.
  const counts = new Map();
  for (const entry of needed.values()) counts.set(entry.name, (counts.get(entry.name) ?? 0) + 1);
  const nameOf = new Map();
  for (const [id, entry] of needed) {
    const name =
      counts.get(entry.name) === 1
        ? entry.name
        : `${entry.name}_${entry.version.replaceAll(".", "_")}`;
    if (handWritten.has(name))
      throw new Error(`components/schemas/${name} is both in the contract and ${id}`);
    nameOf.set(id, name);
  }

  const rewrite = (ref, localBase) => {
    const [base, fragment] = splitRef(ref);
    const target = base === "" ? localBase : nameOf.get(base);
    if (target === undefined) return ref; // a reference inside the contract itself
    return `#/components/schemas/${target}${fragment}`;
  };

  // Enumerations filled from their source.
  const enumFrom = (source, where) => {
    if (source === "catalog") return catalog.databases.map((d) => d.code);
    if (source === "codelists") return [...codeLists.keys()].sort();
    if (source.startsWith("codelist:")) {
      const list = codeLists.get(source.slice("codelist:".length));
      if (!list) throw new Error(`${where}: unknown code list in x-ndc-enum-from ${source}`);
      return list.entries.map((e) => e.code);
    }
    if (source.startsWith("properties:")) {
      const ref = source.slice("properties:".length);
      const [base, fragment] = splitRef(ref);
      const root = base === "" ? contract : byId.get(base)?.document;
      if (!root) throw new Error(`${where}: unknown schema document in x-ndc-enum-from ${source}`);
      return Object.keys(resolvePointer(root, fragment, where).properties ?? {});
    }
    throw new Error(`${where}: unknown x-ndc-enum-from ${source}`);
  };

  const withEnums = mapJson(contract, (node) => {
    if (typeof node["x-ndc-enum-from"] !== "string") return node;
    if ("enum" in node)
      throw new Error(`x-ndc-enum-from ${node["x-ndc-enum-from"]} beside an enum`);
    return { ...node, enum: enumFrom(node["x-ndc-enum-from"], "contract") };
  });
  const bundled = mapJson(withEnums, (node) =>
    typeof node.$ref === "string" ? { ...node, $ref: rewrite(node.$ref, undefined) } : node,
  );

  const embedded = [...needed]
    .map(([id, entry]) => {
      const name = nameOf.get(id);
      const { $schema: _dialect, $id: _id, ...rest } = entry.document;
      const schema = mapJson(rest, (node) =>
        typeof node.$ref === "string" ? { ...node, $ref: rewrite(node.$ref, name) } : node,
      );
      return [name, { "x-ndc-schema-id": id, ...schema }];
    })
    .sort(([a], [b]) => a.localeCompare(b));

  return {
    openapi: bundled.openapi,
    "x-generated": banner,
    ...bundled,
    components: {
      ...bundled.components,
      schemas: { ...bundled.components.schemas, ...Object.fromEntries(embedded) },
    },
  };
}
