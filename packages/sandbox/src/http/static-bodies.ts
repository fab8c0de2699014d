// Bodies that never change (the catalog, code lists): serialised once and checked against the
// operation's response once, then sent as they are.
import type { Ajv2020, ValidateFunction } from "ajv/dist/2020.js";
import { compileOnce } from "../contract/ajv.js";
import { isObject, type OperationSpec } from "../contract/openapi.js";
import type { SandboxInternalError } from "./exchange.js";
import type { StatsRecorder } from "./stats.js";

/** Serialises a static body; `undefined` when it breaks the contract (recorded). */
export type StaticBody = (operationId: string, status: number, body: unknown) => string | undefined;

export function createStaticBodies(
  ajv: Ajv2020,
  operations: ReadonlyMap<string, { readonly spec: OperationSpec }>,
  validateResponses: boolean,
  stats: StatsRecorder,
  onInternalError: ((error: SandboxInternalError) => void) | undefined,
): StaticBody {
  const checks = new Map<string, ValidateFunction>();
  return (operationId, status, body) => {
    const text = JSON.stringify(body);
    if (!validateResponses) return text;
    const key = `${operationId}|${status}`;
    let check = checks.get(key);
    if (!check) {
      const schema = operations
        .get(operationId)
        ?.spec.responses.get(status)
        ?.content.get("application/json");
      check = compileOnce(ajv, isObject(schema) ? schema : { not: {} });
      checks.set(key, check);
    }
    if (check(JSON.parse(text))) return text;
    stats.responseValidationFailures++;
    onInternalError?.({
      kind: "response-validation",
      operationId,
      status,
      issues: (check.errors ?? []).map((error) => ({
        where: "body" as const,
        pointer: error.instancePath,
        rule: error.keyword,
      })),
    });
    return undefined;
  };
}
