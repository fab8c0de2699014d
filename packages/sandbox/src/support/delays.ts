// Waits that end early when the sandbox closes, so that a latency fault never holds a closed
// sandbox open.

/** Cancellable waits. */
export interface Delays {
  /** Resolves after `ms` milliseconds, or at once when cancelled. */
  delay(ms: number): Promise<void>;
  /** Ends every wait now. */
  cancelAll(): void;
}

export function createDelays(): Delays {
  const pending = new Set<{ readonly timer: NodeJS.Timeout; readonly resolve: () => void }>();
  return {
    delay: (ms) =>
      new Promise((resolve) => {
        const entry = {
          timer: setTimeout(() => {
            pending.delete(entry);
            resolve();
          }, ms),
          resolve,
        };
        pending.add(entry);
      }),
    cancelAll() {
      for (const entry of pending) {
        clearTimeout(entry.timer);
        entry.resolve();
      }
      pending.clear();
    },
  };
}
