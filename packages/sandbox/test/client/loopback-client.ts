// Test support for the client against the sandbox: a client of the sandbox's default credentials
// over real loopback HTTP (the platform's fetch, never a mock), fresh fault keys, and counts of
// what the sandbox received between two points of a test.
import {
  type CallErrorEvent,
  type ClientHooks,
  type ClientOptions,
  createClient,
  type NdcClient,
  type PurposeCode,
  type RequestEvent,
  type ResponseEvent,
  type RetryEvent,
} from "@ndcvn/client";
import type { Sandbox, SandboxStats } from "../../src/index.js";

/** Retries as the client does them, with short waits so that bursts are ridden out quickly. */
export const QUICK_RETRY = { limit: 3, budgetMs: 20_000, backoff: { baseMs: 5, maxMs: 40 } };

/** A client of the sandbox's default client (every scope, purpose, database and field). */
export function clientOf(sandbox: Sandbox, options: Partial<ClientOptions> = {}): NdcClient {
  const { clientId, clientSecret, agency } = sandbox.credentials;
  return createClient(
    { baseUrl: sandbox.url, clientId, clientSecret },
    { agency, purpose: sandbox.samples.purpose as PurposeCode, retry: QUICK_RETRY, ...options },
  );
}

let keys = 0;

/**
 * `X-NDC-Sandbox-Fault` with a key of its own, so that its `times` count is not shared with
 * another test (the sandbox counts per header value).
 */
export function fault(spec: string): { readonly "X-NDC-Sandbox-Fault": string } {
  keys += 1;
  return { "X-NDC-Sandbox-Fault": `${spec};key=t${keys}-${Math.random().toString(36).slice(2)}` };
}

/** What the sandbox received between two snapshots of its stats. */
export interface StatsDelta {
  /** Requests of an operation (`issueToken`, `getPerson` …), faulted ones included. */
  readonly of: (operationId: string) => number;
  /** Faults injected, by fault name. */
  readonly faults: (name: string) => number;
  readonly tokensIssued: number;
}

/** Counts from now on: call the answer to learn what the sandbox received since. */
export function countFrom(sandbox: Sandbox): () => StatsDelta {
  const before = sandbox.stats();
  return () => {
    const after: SandboxStats = sandbox.stats();
    return {
      of: (id) => (after.byOperation[id] ?? 0) - (before.byOperation[id] ?? 0),
      faults: (name) => (after.faultsInjected[name] ?? 0) - (before.faultsInjected[name] ?? 0),
      tokensIssued: after.tokensIssued - before.tokensIssued,
    };
  };
}

/** What a promise settled with, so that a test asserts on a rejection without try/catch. */
export async function settle<T>(
  promise: Promise<T>,
): Promise<{ ok: true; value: T } | { ok: false; error: unknown }> {
  try {
    return { ok: true, value: await promise };
  } catch (error) {
    return { ok: false, error };
  }
}

/** The rejection of a promise that must reject. */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  const settled = await settle(promise);
  if (settled.ok) throw new TypeError("expected the call to fail, and it succeeded");
  return settled.error;
}

/** Every hook event of a client, as it was given. */
export interface HookLog {
  readonly hooks: ClientHooks;
  readonly requests: RequestEvent[];
  readonly responses: ResponseEvent[];
  readonly retries: RetryEvent[];
  readonly errors: CallErrorEvent[];
  /** Forgets what was recorded. */
  clear(): void;
}

/** Hooks that record every event. */
export function recordHooks(): HookLog {
  const log = {
    requests: [] as RequestEvent[],
    responses: [] as ResponseEvent[],
    retries: [] as RetryEvent[],
    errors: [] as CallErrorEvent[],
  };
  return {
    ...log,
    hooks: {
      onRequest: (event) => void log.requests.push(event),
      onResponse: (event) => void log.responses.push(event),
      onRetry: (event) => void log.retries.push(event),
      onError: (event) => void log.errors.push(event),
    },
    clear() {
      for (const events of Object.values(log)) events.length = 0;
    },
  };
}
