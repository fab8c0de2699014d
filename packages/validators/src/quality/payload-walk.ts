// One walk over a payload that reports every string and every object with its path pattern.
import { childPattern } from "./path-pattern.js";
import type { SchemaNode } from "./schema-tree.js";

const MAX_DEPTH = 64;

export interface PayloadVisitor {
  string?(value: string, pattern: string): void;
  object?(value: Readonly<Record<string, unknown>>, pattern: string): void;
}

/** Visit the strings and objects of a payload, depth-first in key order. Never throws on cycles. */
export function walkPayload(payload: unknown, root: SchemaNode, visitor: PayloadVisitor): void {
  const stack = new Set<object>();
  const visit = (value: unknown, node: SchemaNode | undefined, pattern: string, depth: number) => {
    if (typeof value === "string") {
      visitor.string?.(value, pattern);
      return;
    }
    if (typeof value !== "object" || value === null || depth >= MAX_DEPTH || stack.has(value)) {
      return;
    }
    stack.add(value);
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const next = childPattern(node, pattern, i);
        visit(value[i], next.node, next.pattern, depth + 1);
      }
    } else {
      const record = value as Readonly<Record<string, unknown>>;
      visitor.object?.(record, pattern);
      for (const key of Object.keys(record)) {
        const next = childPattern(node, pattern, key);
        visit(record[key], next.node, next.pattern, depth + 1);
      }
    }
    stack.delete(value);
  };
  visit(payload, root, "", 0);
}
