// Counters of what the sandbox did, for tests ("100 concurrent calls with an expired token cause
// one token request") and for the benchmark.

/** What the sandbox has done since it started. */
export interface SandboxStats {
  /** Every HTTP request received, preflights included. */
  readonly requests: number;
  /** Access tokens issued (successful token requests). */
  readonly tokensIssued: number;
  /** Requests per operation (`issueToken`, `getPerson` …), faulted ones included. */
  readonly byOperation: Readonly<Record<string, number>>;
  /** Faults injected, by fault name. */
  readonly faultsInjected: Readonly<Record<string, number>>;
  /** Responses (and webhook notices) withheld because they broke the contract. */
  readonly responseValidationFailures: number;
  /** Requests answered `500` because of an unexpected error in the sandbox. */
  readonly internalErrors: number;
}

/** The mutable counters behind {@link SandboxStats}. */
export class StatsRecorder {
  requests = 0;
  tokensIssued = 0;
  responseValidationFailures = 0;
  internalErrors = 0;
  readonly byOperation = new Map<string, number>();
  readonly faultsInjected = new Map<string, number>();

  count(map: Map<string, number>, key: string): void {
    map.set(key, (map.get(key) ?? 0) + 1);
  }

  snapshot(): SandboxStats {
    return {
      requests: this.requests,
      tokensIssued: this.tokensIssued,
      byOperation: Object.fromEntries(this.byOperation),
      faultsInjected: Object.fromEntries(this.faultsInjected),
      responseValidationFailures: this.responseValidationFailures,
      internalErrors: this.internalErrors,
    };
  }
}
