// Locations reduced to the paths a schema knows: array indexes become `*`, and anything the
// document does not describe becomes one `…` segment — so that a report lists field names of the
// standard only, never a key taken from the data, and the number of distinct paths stays small.
import { formatPointer, parsePointer } from "./json-pointer.js";
import type { SchemaNode } from "./schema-tree.js";

/** Marks an array index in a path pattern. */
export const ANY_INDEX = "*";
/** Marks the part of a path the schema does not describe. */
export const UNKNOWN = "\u2026";

/** The path pattern of a location given as segments. */
export function patternOfSegments(root: SchemaNode, segments: readonly string[]): string {
  const out: string[] = [];
  let node: SchemaNode | undefined = root;
  for (const segment of segments) {
    if (node?.isArray && /^\d+$/.test(segment)) {
      out.push(ANY_INDEX);
      node = node.items;
      continue;
    }
    const next: SchemaNode | undefined = node?.properties?.get(segment);
    if (!next) {
      out.push(UNKNOWN);
      break;
    }
    out.push(segment);
    node = next;
  }
  return formatPointer(out);
}

/** The path pattern of an issue path: a JSON Pointer string or an array of segments. */
export function patternOfPath(root: SchemaNode, path: unknown): string {
  if (typeof path === "string") {
    const segments = parsePointer(path);
    return segments ? patternOfSegments(root, segments) : formatPointer([UNKNOWN]);
  }
  if (Array.isArray(path)) {
    return patternOfSegments(
      root,
      path.map((segment) => String(segment)),
    );
  }
  return formatPointer([UNKNOWN]);
}

/** The pattern one step below a pattern: into an array item, a known property or the unknown. */
export function childPattern(
  node: SchemaNode | undefined,
  pattern: string,
  key: string | number,
): { node: SchemaNode | undefined; pattern: string } {
  if (pattern.endsWith(`/${UNKNOWN}`)) return { node: undefined, pattern };
  if (typeof key === "number") {
    return node?.isArray
      ? { node: node.items, pattern: `${pattern}/${ANY_INDEX}` }
      : { node: undefined, pattern: `${pattern}/${UNKNOWN}` };
  }
  const next = node?.properties?.get(key);
  if (!next) return { node: undefined, pattern: `${pattern}/${UNKNOWN}` };
  return { node: next, pattern: pattern + formatPointer([key]) };
}
