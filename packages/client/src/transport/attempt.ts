import ky from "ky";

/** What one attempt gave: an answer with its whole body, a timeout, or a network failure. */
export type AttemptOutcome =
  | { readonly kind: "response"; readonly response: Response; readonly text: string }
  | { readonly kind: "timeout" }
  | { readonly kind: "network"; readonly message: string; readonly code: string | undefined };

/** The request of one attempt. */
export interface AttemptRequest {
  readonly url: string;
  readonly method: string;
  readonly headers: Headers;
  readonly body: string | URLSearchParams | undefined;
}

/** Either signal aborts it; `AbortSignal.any` where the platform has it (not before Safari 17.4). */
function eitherSignal(a: AbortSignal, b: AbortSignal): AbortSignal {
  if (typeof AbortSignal.any === "function") return AbortSignal.any([a, b]);
  const controller = new AbortController();
  const forward = (source: AbortSignal) => () => controller.abort(source.reason);
  if (a.aborted) controller.abort(a.reason);
  else a.addEventListener("abort", forward(a), { once: true });
  b.addEventListener("abort", forward(b), { once: true });
  return controller.signal;
}

const describe = (error: unknown): { message: string; code: string | undefined } => {
  const outer = error as { message?: unknown; code?: unknown; cause?: unknown } | undefined;
  const inner = outer?.cause as { message?: unknown; code?: unknown } | undefined;
  const message = [outer?.message, inner?.message].filter((m) => typeof m === "string").join(": ");
  const code = [inner?.code, outer?.code].find((c) => typeof c === "string") as string | undefined;
  return { message: message || "network failure", code };
};

/**
 * Sends one attempt through ky and reads the whole body, both under one timer: a server that sends
 * its headers and then stalls times out as surely as one that never answers. ky's own retry and
 * timeout are off — the client's retry loop needs the budget, `Retry-After` and per-operation
 * idempotency that they do not know — and HTTP errors come back as responses, not exceptions.
 * Redirects are not followed (a network failure). An abort of the caller's signal rejects with
 * its reason, as `fetch` does.
 */
export async function attempt(
  fetch: typeof globalThis.fetch,
  request: AttemptRequest,
  timeoutMs: number,
  signal: AbortSignal | undefined,
): Promise<AttemptOutcome> {
  const timer = new AbortController();
  const handle = setTimeout(() => timer.abort(), timeoutMs);
  try {
    const response = await ky(request.url, {
      method: request.method,
      headers: request.headers,
      body: request.body ?? null,
      signal: signal ? eitherSignal(signal, timer.signal) : timer.signal,
      fetch,
      // A redirect would carry the token and the personal data of the URL elsewhere.
      redirect: "error",
      retry: 0,
      timeout: false,
      throwHttpErrors: false,
    });
    const text = await response.text();
    return { kind: "response", response, text };
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    if (timer.signal.aborted) return { kind: "timeout" };
    return { kind: "network", ...describe(error) };
  } finally {
    clearTimeout(handle);
  }
}
