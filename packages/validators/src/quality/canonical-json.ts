// Canonical JSON: object keys sorted, no white space, so that the same data gives the same text
// whatever the key order. Only for hashing: values JSON cannot hold get a fixed stand-in, cycles and
// very deep nesting a marker, and the function never throws.

const MAX_DEPTH = 200;

/** The canonical JSON text of a value (sorted keys, JSON.stringify for primitives). */
export function canonicalJson(value: unknown): string {
  const parts: string[] = [];
  const stack = new Set<object>();
  write(value, 0);
  return parts.join("");

  function write(current: unknown, depth: number): void {
    switch (typeof current) {
      case "string":
        parts.push(JSON.stringify(current));
        return;
      case "number":
        parts.push(Number.isFinite(current) ? JSON.stringify(current) : "null");
        return;
      case "boolean":
        parts.push(current ? "true" : "false");
        return;
      case "bigint":
        parts.push(`${current.toString()}n`);
        return;
      case "object":
        break;
      default:
        // undefined, functions and symbols: as JSON.stringify writes them inside an array.
        parts.push("null");
        return;
    }
    if (current === null) {
      parts.push("null");
      return;
    }
    if (depth >= MAX_DEPTH || stack.has(current)) {
      parts.push('"\u2026"');
      return;
    }
    if (current instanceof Date) {
      parts.push(Number.isNaN(current.getTime()) ? "null" : JSON.stringify(current.toISOString()));
      return;
    }
    stack.add(current);
    if (Array.isArray(current)) {
      parts.push("[");
      for (let i = 0; i < current.length; i++) {
        if (i > 0) parts.push(",");
        write(current[i], depth + 1);
      }
      parts.push("]");
    } else {
      const record = current as Record<string, unknown>;
      parts.push("{");
      let first = true;
      for (const key of Object.keys(record).sort()) {
        const item = record[key];
        if (item === undefined || typeof item === "function" || typeof item === "symbol") continue;
        if (!first) parts.push(",");
        first = false;
        parts.push(JSON.stringify(key), ":");
        write(item, depth + 1);
      }
      parts.push("}");
    }
    stack.delete(current);
  }
}
