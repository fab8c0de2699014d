// Which operation a request is for: the contract's path templates matched segment by segment
// (`/people/{personalId}`, `/people:verify`), path parameters percent-decoded.
import type { OperationSpec } from "./openapi.js";

/** The outcome of routing a request. */
export type Route =
  | {
      readonly kind: "operation";
      readonly operation: OperationSpec;
      readonly pathParams: Readonly<Record<string, string>>;
    }
  | { readonly kind: "method-not-allowed"; readonly allowed: readonly string[] }
  | { readonly kind: "no-such-path" };

interface Template {
  readonly operation: OperationSpec;
  /** A literal segment, or `{ name }` for a parameter. */
  readonly segments: readonly (string | { readonly name: string })[];
}

function templateOf(operation: OperationSpec): Template {
  return {
    operation,
    segments: operation.path
      .split("/")
      .slice(1)
      .map((segment) => {
        const parameter = /^\{(\w+)\}$/.exec(segment);
        return parameter ? { name: parameter[1] as string } : segment;
      }),
  };
}

function decode(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

function matches(template: Template, segments: readonly string[]): Record<string, string> | null {
  if (template.segments.length !== segments.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < segments.length; i++) {
    const expected = template.segments[i];
    const actual = segments[i] as string;
    if (typeof expected === "string") {
      if (expected !== actual) return null;
    } else {
      const value = decode(actual);
      if (value === undefined || value === "") return null;
      params[expected?.name ?? ""] = value;
    }
  }
  return params;
}

/** A router over the contract's operations. */
export function createRouter(
  operations: readonly OperationSpec[],
): (method: string, path: string) => Route {
  const templates = operations.map(templateOf);
  return (method, path) => {
    const segments = path.split("/").slice(1);
    const allowed: string[] = [];
    for (const template of templates) {
      const params = matches(template, segments);
      if (!params) continue;
      if (template.operation.method === method) {
        return { kind: "operation", operation: template.operation, pathParams: params };
      }
      allowed.push(template.operation.method);
    }
    return allowed.length > 0 ? { kind: "method-not-allowed", allowed } : { kind: "no-such-path" };
  };
}
