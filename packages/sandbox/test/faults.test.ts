// Faults: each kind through the X-NDC-Sandbox-Fault header and through rates, `times=` bursts,
// reproducible draws from the seed, and a change-feed iteration that survives them: resumed from
// its cursor after each failure, it reads every change exactly once.
import { request } from "node:http";
import type { ChangeFeedEntry, ChangeFeedPage } from "@ndcvn/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SANDBOX_FAULTS, startSandbox } from "../src/index.js";
import {
  call,
  headersOf,
  LEAK,
  schemaErrors,
  startTestSandbox,
  type TestSandbox,
  tokenOf,
} from "./support.js";

let sandbox: TestSandbox;
let token: string;

beforeAll(async () => {
  sandbox = await startTestSandbox({ seed: 21, people: 100 });
  token = await tokenOf(sandbox);
});
afterAll(async () => {
  expect(sandbox.internalErrors).toEqual([]);
  await sandbox.close();
});

const withFault = (fault: string) => headersOf(sandbox, token, { "X-NDC-Sandbox-Fault": fault });

/** A raw GET: what arrived before the connection ended, and how it ended. */
function rawGet(url: string, headers: Record<string, string>) {
  return new Promise<{
    status?: number;
    contentType?: string;
    declared?: number;
    body: string;
    error?: string;
  }>((resolve) => {
    const req = request(url, { headers, agent: false }, (response) => {
      let body = "";
      response.on("data", (chunk: Buffer) => {
        body += chunk.toString("utf8");
      });
      const done = (error?: string) =>
        resolve({
          status: response.statusCode as number,
          contentType: response.headers["content-type"] as string,
          declared: Number(response.headers["content-length"]),
          body,
          ...(error ? { error } : {}),
        });
      response.on("end", () => done());
      response.on("error", (error: NodeJS.ErrnoException) => done(error.code ?? "error"));
      response.on("aborted", () => done("aborted"));
    });
    req.on("error", (error: NodeJS.ErrnoException) =>
      resolve({ body: "", error: error.code ?? "error" }),
    );
    req.end();
  });
}

describe("faults by header", () => {
  it.each([
    ["429", 429, "rate_limited", "1"],
    ["429;retry-after=7", 429, "rate_limited", "7"],
    ["500", 500, "internal", null],
    ["502", 502, "unavailable", null],
    ["503", 503, "unavailable", null],
    ["503;retry-after=2", 503, "unavailable", "2"],
    ["504", 504, "unavailable", null],
  ] as const)("%s answers %i %s as problem+json", async (fault, status, code, retryAfter) => {
    const answer = await call<{ code: string; status: number }>(sandbox, "/databases", {
      headers: withFault(fault),
    });
    expect(answer.status).toBe(status);
    expect(answer.headers.get("content-type")).toBe("application/problem+json");
    expect(answer.body).toMatchObject({ code, status });
    expect(schemaErrors("Problem", answer.body)).toEqual([]);
    expect(answer.headers.get("retry-after")).toBe(retryAfter);
    expect(answer.text).not.toMatch(LEAK);
  });

  it("latency delays the answer, which is otherwise normal", async () => {
    const start = performance.now();
    const answer = await call(sandbox, "/databases", { headers: withFault("latency;ms=120") });
    expect(answer.status).toBe(200);
    expect(performance.now() - start).toBeGreaterThanOrEqual(110);
  });

  it("reset destroys the connection without an answer", async () => {
    const result = await rawGet(`${sandbox.url}/databases`, withFault("reset"));
    expect(result.status).toBeUndefined();
    expect(result.error).toMatch(/ECONNRESET|socket hang up|error/);
    await expect(
      fetch(`${sandbox.url}/databases`, { headers: withFault("reset") }),
    ).rejects.toThrow();
  });

  it("truncated sends less than its Content-Length, then closes", async () => {
    const result = await rawGet(`${sandbox.url}/databases`, withFault("truncated"));
    expect(result.status).toBe(200);
    expect(Buffer.byteLength(result.body)).toBeLessThan(result.declared as number);
    await expect(
      fetch(`${sandbox.url}/databases`, { headers: withFault("truncated") }).then((r) => r.text()),
    ).rejects.toThrow();
  });

  it("malformed-json answers 200 with a body that is not JSON", async () => {
    const response = await fetch(`${sandbox.url}/databases`, {
      headers: withFault("malformed-json"),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json");
    await expect(response.json()).rejects.toThrow(SyntaxError);
  });

  it("wrong-content-type answers 200 with an HTML page", async () => {
    const response = await fetch(`${sandbox.url}/databases`, {
      headers: withFault("wrong-content-type"),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/html/);
    expect(await response.text()).toContain("<html>");
  });

  it("times=N faults the first N requests with exactly this header value, then lets them through", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      statuses.push(
        (await call(sandbox, "/databases", { headers: withFault("503;times=3;key=burst-a") }))
          .status,
      );
    }
    expect(statuses).toEqual([503, 503, 503, 200, 200]);
    // Another key has its own count.
    const other = await call(sandbox, "/databases", {
      headers: withFault("503;times=1;key=burst-b"),
    });
    expect(other.status).toBe(503);
  });

  it("answers 400 for a fault it does not know or a bad parameter", async () => {
    for (const fault of ["teapot", "latency;ms=-5", "429;retry-after=soon", "503;times=0"]) {
      const answer = await call<{ code: string; errors: { header: string }[] }>(
        sandbox,
        "/databases",
        {
          headers: withFault(fault),
        },
      );
      expect(answer.status, fault).toBe(400);
      expect(answer.body.code).toBe("invalid_request");
      expect(answer.body.errors[0]?.header).toBe("X-NDC-Sandbox-Fault");
    }
  });

  it("counts injected faults", () => {
    const { faultsInjected } = sandbox.stats();
    for (const fault of SANDBOX_FAULTS) expect(faultsInjected[fault], fault).toBeGreaterThan(0);
  });
});

describe("faults by rate", () => {
  it("draws the same faults for the same seed and the same requests", async () => {
    const run = async () => {
      const own = await startSandbox({ seed: 77, people: 20, faults: { "503": 0.3, "429": 0.2 } });
      try {
        const statuses: number[] = [];
        for (let i = 0; i < 40; i++) {
          statuses.push((await fetch(`${own.url}/nowhere`)).status);
        }
        return { statuses, injected: own.stats().faultsInjected };
      } finally {
        await own.close();
      }
    };
    const [first, second] = [await run(), await run()];
    expect(second).toEqual(first);
    expect(new Set(first.statuses)).toEqual(new Set([404, 429, 503]));
    expect((first.injected["503"] ?? 0) + (first.injected["429"] ?? 0)).toBe(
      first.statuses.filter((status) => status !== 404).length,
    );
  });

  it("injects every kind at its rate", async () => {
    const rates = Object.fromEntries(
      SANDBOX_FAULTS.filter((fault) => fault !== "latency").map((fault) => [fault, 0.09]),
    );
    const own = await startSandbox({
      seed: 78,
      people: 20,
      faults: { ...rates, latency: 0.1, latencyMs: 5 },
    });
    try {
      for (let i = 0; i < 300; i++) {
        await fetch(`${own.url}/databases`)
          .then((r) => r.text())
          .catch(() => undefined);
      }
      const { faultsInjected } = own.stats();
      for (const fault of SANDBOX_FAULTS) expect(faultsInjected[fault], fault).toBeGreaterThan(5);
    } finally {
      await own.close();
    }
  });

  it("refuses rates out of range or adding up to more than 1", async () => {
    await expect(startSandbox({ faults: { "500": 1.5 } })).rejects.toThrow(RangeError);
    await expect(startSandbox({ faults: { "500": 0.6, "503": 0.6 } })).rejects.toThrow(RangeError);
    await expect(startSandbox({ faults: { teapot: 0.1 } as never })).rejects.toThrow(RangeError);
  });
});

describe("a change feed read through faults", () => {
  it("yields every change exactly once when resumed from its cursor after each failure", async () => {
    const own = await startTestSandbox({
      seed: 31,
      people: 150,
      faults: {
        "429": 0.08,
        "500": 0.05,
        "503": 0.08,
        reset: 0.05,
        truncated: 0.05,
        "malformed-json": 0.05,
        "wrong-content-type": 0.04,
        retryAfterSeconds: 0,
      },
    });
    try {
      let bearer: string | undefined;
      while (!bearer) bearer = await tokenOf(own).catch(() => undefined);
      const headers = headersOf(own, bearer, { "X-NDC-Purpose": "data-synchronisation" });
      const read: ChangeFeedEntry[] = [];
      let cursor: string | undefined;
      let failures = 0;
      for (let attempts = 0; attempts < 5000; attempts++) {
        const query = `limit=40${cursor ? `&cursor=${cursor}` : ""}`;
        const page = await fetch(`${own.url}/databases/insurance/records?${query}`, { headers })
          .then(async (response) => {
            if (
              response.status !== 200 ||
              response.headers.get("content-type") !== "application/json"
            ) {
              return undefined;
            }
            return (await response.json()) as ChangeFeedPage;
          })
          .catch(() => undefined);
        if (!page) {
          failures++;
          continue;
        }
        read.push(...page.entries);
        cursor = page.nextCursor;
        if (!page.hasMore) break;
      }
      expect(failures).toBeGreaterThan(3);
      // The same feed, read without faults.
      const clean = await startTestSandbox({ seed: 31, people: 150 });
      try {
        const cleanToken = await tokenOf(clean);
        const all: ChangeFeedEntry[] = [];
        let next = "";
        for (;;) {
          const answer = await call<ChangeFeedPage>(
            clean,
            `/databases/insurance/records?limit=1000${next}`,
            {
              headers: headersOf(clean, cleanToken, { "X-NDC-Purpose": "data-synchronisation" }),
            },
          );
          all.push(...answer.body.entries);
          if (!answer.body.hasMore) break;
          next = `&cursor=${answer.body.nextCursor}`;
        }
        expect(read).toEqual(all);
        const keys = read.map((entry) => `${entry.recordId}@${entry.version}`);
        expect(new Set(keys).size).toBe(keys.length);
      } finally {
        await clean.close();
      }
    } finally {
      await own.close();
    }
  });
});
