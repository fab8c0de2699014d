// `X-NDC-Sandbox-Fault: <fault>[;param=value]…` — a fault for one request. Parameters: `ms`
// (latency), `retry-after` (429, 503), `times` (only the first N requests carrying exactly this
// header value get the fault); any other parameter, such as `key=abc`, only makes the value
// distinct, so that two tests keep separate `times` counts.
import type { IssueSpec } from "../http/reply.js";
import { FAULT_HEADER, type FaultPlan, SANDBOX_FAULTS, type SandboxFault } from "./fault-kinds.js";

/** A fault asked for by the header. */
export interface HeaderFault {
  readonly plan: FaultPlan;
  /** Only the first `times` requests with this header value get it; all of them when undefined. */
  readonly times: number | undefined;
}

const LIMITS = {
  ms: [0, 60_000],
  "retry-after": [0, 86_400],
  times: [1, 1_000_000],
} as const satisfies Record<string, readonly [number, number]>;

function integerParam(
  params: ReadonlyMap<string, string>,
  name: keyof typeof LIMITS,
): number | IssueSpec | undefined {
  const text = params.get(name);
  if (text === undefined) return undefined;
  const [min, max] = LIMITS[name];
  const value = /^\d{1,9}$/.test(text) ? Number(text) : Number.NaN;
  if (value >= min && value <= max) return value;
  return {
    header: FAULT_HEADER,
    code: "faultParameter",
    message: "issueFaultParameter",
    params: { parameter: name, min, max },
  };
}

const isIssue = (value: unknown): value is IssueSpec => typeof value === "object";

/** Reads the header: the fault asked for, or the issue that makes it unreadable. */
export function parseFaultHeader(value: string): HeaderFault | IssueSpec {
  const [head = "", ...rest] = value.split(";");
  const fault = head.trim().toLowerCase();
  if (!(SANDBOX_FAULTS as readonly string[]).includes(fault)) {
    return { header: FAULT_HEADER, code: "enum", message: "issueFaultUnknown" };
  }
  const params = new Map<string, string>();
  for (const part of rest) {
    const [name = "", text = ""] = part.split("=", 2);
    params.set(name.trim().toLowerCase(), text.trim());
  }
  const ms = integerParam(params, "ms");
  const retryAfter = integerParam(params, "retry-after");
  const times = integerParam(params, "times");
  for (const checked of [ms, retryAfter, times]) if (isIssue(checked)) return checked;
  const kind = fault as SandboxFault;
  const plan: FaultPlan =
    kind === "latency"
      ? { latencyMs: (ms as number | undefined) ?? 100 }
      : {
          latencyMs: 0,
          failure:
            kind === "429"
              ? { fault: kind, retryAfter: (retryAfter as number | undefined) ?? 1 }
              : kind === "503" && retryAfter !== undefined
                ? { fault: kind, retryAfter: retryAfter as number }
                : { fault: kind },
        };
  return { plan, times: times as number | undefined };
}
