// The options of startSandbox, and their check: a bad option is refused with a RangeError that
// names it, before anything starts.
import type { FaultRates } from "@ndcvn/synth";
import type { SandboxClientOptions } from "./auth/clients.js";
import { checkFaultRates } from "./faults/fault-injector.js";
import type { SandboxFaultRates } from "./faults/fault-kinds.js";
import type { SandboxInternalError } from "./http/exchange.js";
import type { WebhookOptions } from "./webhooks/delivery.js";

/** Options of `startSandbox`. */
export interface SandboxOptions {
  /** Port on 127.0.0.1 (the sandbox never listens beyond loopback). @default 0 (any free port) */
  readonly port?: number;
  /** Seed of the data, the feed, the faults and the default client's secret. @default 1 */
  readonly seed?: number;
  /** Size of the synthetic population. @default 1000 */
  readonly people?: number;
  /** Faults injected at random, by rate. @default none */
  readonly faults?: SandboxFaultRates;
  /** Lifetime of access tokens, in seconds. @default 900 */
  readonly tokenTtlSeconds?: number;
  /** Largest request body, in bytes; larger ones get `413 payload_too_large`. @default 1048576 */
  readonly maxBodyBytes?: number;
  /**
   * Check every response against the contract before sending it; one that breaks it is withheld
   * and answered `500 internal` (and counted in `stats().responseValidationFailures`).
   * @default true
   */
  readonly validateResponses?: boolean;
  /** More clients, besides the default one, with narrower grants. @default none */
  readonly clients?: readonly SandboxClientOptions[];
  /**
   * Data-quality faults of the database records (dropped diacritics, old ID cards, duplicates …),
   * as `extract` of @ndcvn/synth takes them. Person profiles are always clean.
   * @default DEFAULT_FAULTS of @ndcvn/synth
   */
  readonly recordFaults?: Partial<FaultRates>;
  /** How webhook notices are delivered. */
  readonly webhooks?: WebhookOptions;
  /** Told of anything that goes wrong inside the sandbox (it never logs by itself). */
  readonly onInternalError?: (error: SandboxInternalError) => void;
}

/** The options with their defaults, checked. */
export interface ResolvedOptions {
  readonly port: number;
  readonly seed: number;
  readonly people: number;
  readonly faults: SandboxFaultRates;
  readonly tokenTtlSeconds: number;
  readonly maxBodyBytes: number;
  readonly validateResponses: boolean;
  readonly webhooks: WebhookOptions;
}

function integer(name: string, value: unknown, min: number, max: number): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max)
    throw new RangeError(`startSandbox: ${name} must be an integer from ${min} to ${max}`);
  return value;
}

/** The options with their defaults; throws a RangeError for a bad one. */
export function resolveOptions(options: SandboxOptions): ResolvedOptions {
  const faults = options.faults ?? {};
  checkFaultRates(faults);
  const webhooks = options.webhooks ?? {};
  if (webhooks.attempts !== undefined) integer("webhooks.attempts", webhooks.attempts, 1, 10);
  if (webhooks.timeoutMs !== undefined)
    integer("webhooks.timeoutMs", webhooks.timeoutMs, 1, 600_000);
  return {
    port: integer("port", options.port ?? 0, 0, 65_535),
    seed: integer("seed", options.seed ?? 1, -(2 ** 31), 2 ** 31 - 1),
    people: integer("people", options.people ?? 1000, 1, 1_000_000),
    faults,
    tokenTtlSeconds: integer("tokenTtlSeconds", options.tokenTtlSeconds ?? 900, 1, 86_400 * 365),
    maxBodyBytes: integer("maxBodyBytes", options.maxBodyBytes ?? 1024 * 1024, 1, 2 ** 30),
    validateResponses: options.validateResponses ?? true,
    webhooks,
  };
}
