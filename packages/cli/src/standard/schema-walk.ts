// Following a path through a schema document: `$ref`s to other documents, `items` of arrays, and
// the branches of `allOf`/`anyOf`/`oneOf`.

/** A JSON Schema (sub)document as plain JSON. */
export type SchemaNode = Readonly<Record<string, unknown>>;

/** Resolves an absolute `$ref` to its document. */
export type SchemaResolver = (id: string) => SchemaNode | undefined;

function isNode(value: unknown): value is SchemaNode {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The node a `$ref` chain ends at (at most 16 steps: documents do not loop, but be safe). */
export function dereference(node: SchemaNode, resolve: SchemaResolver): SchemaNode {
  let current = node;
  for (let step = 0; step < 16 && typeof current.$ref === "string"; step++) {
    const target = resolve(current.$ref);
    if (!target) break;
    current = target;
  }
  return current;
}

/** The branches of a node's combinators. */
export function branches(node: SchemaNode): SchemaNode[] {
  const out: SchemaNode[] = [];
  for (const keyword of ["allOf", "anyOf", "oneOf"]) {
    const list = node[keyword];
    if (Array.isArray(list)) for (const item of list) if (isNode(item)) out.push(item);
  }
  return out;
}

/** The sub-schemas a path leads to (several when combinators branch). */
export function nodesAt(
  node: SchemaNode,
  segments: readonly string[],
  resolve: SchemaResolver,
  depth = 0,
): SchemaNode[] {
  if (depth > 64) return [];
  const here = dereference(node, resolve);
  const out: SchemaNode[] = [];
  if (segments.length === 0) out.push(here);
  else {
    const [head, ...rest] = segments as [string, ...string[]];
    let next: unknown;
    if (/^[0-9]+$/.test(head)) {
      const prefix = here.prefixItems;
      next =
        Array.isArray(prefix) && Number(head) < prefix.length ? prefix[Number(head)] : here.items;
    } else if (isNode(here.properties)) {
      next = Object.hasOwn(here.properties, head) ? here.properties[head] : undefined;
    }
    if (isNode(next)) out.push(...nodesAt(next, rest, resolve, depth + 1));
  }
  for (const branch of branches(here)) out.push(...nodesAt(branch, segments, resolve, depth + 1));
  return out;
}
