// The faults the sandbox injects, so that clients can be tested against real failure: a slow
// answer, rate limiting, server and gateway errors, a connection reset, a body cut short, a body
// that is not JSON, an HTML page where JSON was due.

/** The faults, by the name the `X-NDC-Sandbox-Fault` header and the `faults` option use. */
export const SANDBOX_FAULTS = [
  "latency",
  "429",
  "500",
  "502",
  "503",
  "504",
  "reset",
  "truncated",
  "malformed-json",
  "wrong-content-type",
] as const;

/** A fault the sandbox can inject. */
export type SandboxFault = (typeof SANDBOX_FAULTS)[number];

/** A fault that replaces the answer (every fault but latency, which only delays it). */
export type FailureFault = Exclude<SandboxFault, "latency">;

/**
 * How often each fault is injected (a rate in [0, 1] per fault name, drawn per request from a
 * PRNG seeded by the sandbox's seed) and how it behaves. The failure rates (all but `latency`)
 * add up to at most 1: a request gets at most one failure, and independently maybe latency.
 *
 * @example
 * ```ts
 * const faults: SandboxFaultRates = { latency: 0.2, latencyMs: 150, "503": 0.05, reset: 0.01 };
 * ```
 */
export type SandboxFaultRates = { readonly [F in SandboxFault]?: number } & {
  /** Delay of the `latency` fault, in milliseconds. @default 100 */
  readonly latencyMs?: number;
  /** `Retry-After` of the `429` and `503` faults, in seconds. @default 1 */
  readonly retryAfterSeconds?: number;
};

/** The header that asks for a fault on one request (sandbox only; not part of the contract). */
export const FAULT_HEADER = "X-NDC-Sandbox-Fault";

/** What to do to one request. */
export interface FaultPlan {
  /** Delay before answering, in milliseconds (0 for none). */
  readonly latencyMs: number;
  readonly failure?: {
    readonly fault: FailureFault;
    /** `Retry-After` seconds of a 429 or 503, when one is sent. */
    readonly retryAfter?: number;
  };
}
