// Decides the fault of each request: the one the header asks for (within its `times`), or one
// drawn at the configured rates from a PRNG seeded by the sandbox's seed — the same sequence of
// requests gets the same faults in every run. Preflight requests never get a fault.
import type { IssueSpec } from "../http/reply.js";
import { randomFor } from "../support/random.js";
import { parseFaultHeader } from "./fault-header.js";
import {
  type FailureFault,
  type FaultPlan,
  SANDBOX_FAULTS,
  type SandboxFaultRates,
} from "./fault-kinds.js";

/** Header values whose `times` count is kept; beyond, the oldest is forgotten. */
const MAX_TRACKED_HEADERS = 10_000;

const NO_FAULT: FaultPlan = { latencyMs: 0 };

/** Checks fault rates; throws a RangeError naming the bad one. */
export function checkFaultRates(rates: SandboxFaultRates): void {
  let failures = 0;
  for (const [name, value] of Object.entries(rates)) {
    if (name === "latencyMs" || name === "retryAfterSeconds") {
      if (typeof value !== "number" || !Number.isInteger(value) || value < 0 || value > 86_400_000)
        throw new RangeError(`startSandbox: faults.${name} must be a non-negative integer`);
      continue;
    }
    if (!(SANDBOX_FAULTS as readonly string[]).includes(name))
      throw new RangeError(`startSandbox: faults.${name} is not a fault of the sandbox`);
    if (typeof value !== "number" || !(value >= 0 && value <= 1))
      throw new RangeError(`startSandbox: faults["${name}"] must be a rate between 0 and 1`);
    if (name !== "latency") failures += value;
  }
  if (failures > 1 + 1e-9)
    throw new RangeError("startSandbox: the failure rates of faults add up to more than 1");
}

/** The fault decisions of one sandbox. */
export class FaultInjector {
  readonly #rates: SandboxFaultRates;
  readonly #random: ReturnType<typeof randomFor>;
  readonly #failures: readonly [FailureFault, number][];
  readonly #used = new Map<string, number>();

  constructor(rates: SandboxFaultRates, seed: number) {
    this.#rates = rates;
    this.#random = randomFor(`${seed}|faults`);
    this.#failures = SANDBOX_FAULTS.filter((fault): fault is FailureFault => fault !== "latency")
      .map((fault): [FailureFault, number] => [fault, rates[fault] ?? 0])
      .filter(([, rate]) => rate > 0);
  }

  /** The plan of one request, given its `X-NDC-Sandbox-Fault` header. */
  plan(header: string | undefined): FaultPlan | IssueSpec {
    const drawn = this.#draw();
    if (header === undefined) return drawn;
    const asked = parseFaultHeader(header);
    if (!("plan" in asked)) return asked;
    if (asked.times !== undefined) {
      const used = this.#used.get(header) ?? 0;
      if (used >= asked.times) return NO_FAULT;
      if (this.#used.size >= MAX_TRACKED_HEADERS && !this.#used.has(header)) {
        const oldest = this.#used.keys().next().value;
        if (oldest !== undefined) this.#used.delete(oldest);
      }
      this.#used.set(header, used + 1);
    }
    return asked.plan;
  }

  // Every request draws the same amount, whatever it gets, so that one request's header does not
  // shift the faults of those after it.
  #draw(): FaultPlan {
    const latencyDraw = this.#random.next();
    const failureDraw = this.#random.next();
    const latencyMs = latencyDraw < (this.#rates.latency ?? 0) ? (this.#rates.latencyMs ?? 100) : 0;
    let threshold = 0;
    for (const [fault, rate] of this.#failures) {
      threshold += rate;
      if (failureDraw < threshold) {
        const retryAfter = this.#rates.retryAfterSeconds ?? 1;
        return {
          latencyMs,
          failure: fault === "429" || fault === "503" ? { fault, retryAfter } : { fault },
        };
      }
    }
    return latencyMs > 0 ? { latencyMs } : NO_FAULT;
  }
}
