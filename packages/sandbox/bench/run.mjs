// `pnpm bench sandbox`: requests per second of getPerson on loopback with response validation on,
// against two baselines measured in the same run: the sandbox without response validation, and a
// bare node:http server answering the same bytes (the ceiling of the transport and of the load
// generator). Each server runs in a worker thread (one core); the load — N concurrent fetch loops
// for a fixed number of requests, after a warm-up — runs on the main thread (the other core). The
// server's own cost per request is read from its event-loop utilisation, which the load generator
// does not share. Writes { sandbox: { requestsPerSecond, p50Ms, p99Ms, requests, concurrency, … } }
// to NDCVN_BENCH_RESULTS.
//
// In the same run and against the same sandbox (the one with response validation), it measures
// `client.people.get` of @ndcvn/client against raw `fetch` with the same headers (the same token,
// client, purpose and Accept; a fresh X-Request-Id per request on both sides), and ky alone as the
// client calls it (the floor of any client over ky): the same requests, concurrency and number of
// calls, in rounds whose order rotates, after a warm-up; one call at a time (the latency the
// client adds) and under the sandbox's load. With the size of the client's core in a browser
// bundle (esbuild, minified, gzip, as scripts/check-size.mjs measures it), that goes to
// client.json in NDCVN_BENCH_DIR (default bench/results/).
import { randomUUID } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import { cpus, loadavg, tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath, pathToFileURL } from "node:url";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import { gzipSync } from "node:zlib";

const here = path.dirname(fileURLToPath(import.meta.url));
const REQUESTS = Number(process.env.SANDBOX_BENCH_REQUESTS ?? 20_000);
const CONCURRENCY = Number(process.env.SANDBOX_BENCH_CONCURRENCY ?? 32);
const WARM_UP = 2_000;
const CLIENT_REQUESTS = Number(process.env.CLIENT_BENCH_REQUESTS ?? 10_000);
const CLIENT_ROUNDS = 10;
const FIELDS = ["name", "dateOfBirth", "sex", "permanentResidence"];
const ACCEPT = "application/json, application/problem+json";
const GOALS = { ratioP50Max: 1.15, sandboxRequestsPerSecondMin: 2000, clientCoreGzipKbMax: 15 };

/** The worker: a server, its URL out, its event-loop utilisation on request. */
async function serve() {
  let url;
  let info = {};
  let close;
  if (workerData.kind === "bare") {
    const body = Buffer.from(workerData.body);
    const server = createServer((req, res) => {
      req.resume();
      res.writeHead(200, {
        "Content-Type": "application/json",
        "Content-Length": String(body.length),
        "Cache-Control": "no-store",
        "X-Request-Id": "bench",
      });
      res.end(body);
    });
    await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${server.address().port}`;
    close = () =>
      new Promise((resolve) => {
        server.close(resolve);
        server.closeAllConnections();
      });
  } else {
    const { startSandbox } = await import(path.join(here, "../dist/index.js"));
    const sandbox = await startSandbox({
      seed: 1,
      people: 1000,
      validateResponses: workerData.validateResponses,
    });
    url = sandbox.url;
    info = {
      credentials: sandbox.credentials,
      samples: sandbox.samples,
      stats: () => sandbox.stats(),
    };
    close = () => sandbox.close();
  }
  let mark = performance.eventLoopUtilization();
  parentPort.postMessage({ url, credentials: info.credentials, samples: info.samples });
  parentPort.on("message", async (message) => {
    if (message === "mark") {
      mark = performance.eventLoopUtilization();
      parentPort.postMessage({ marked: true });
    } else if (message === "report") {
      const elu = performance.eventLoopUtilization(mark);
      parentPort.postMessage({ activeMs: elu.active, stats: info.stats?.() });
    } else if (message === "close") {
      await close();
      parentPort.close();
    }
  });
}

/** Starts a server in a worker; answers how to talk to it. */
async function startWorker(data) {
  const worker = new Worker(fileURLToPath(import.meta.url), { workerData: data });
  const next = (key) =>
    new Promise((resolve) => {
      const listener = (message) => {
        if (key in message) {
          worker.off("message", listener);
          resolve(message);
        }
      };
      worker.on("message", listener);
    });
  const ready = await next("url");
  return {
    ...ready,
    mark: () => {
      worker.postMessage("mark");
      return next("marked");
    },
    report: () => {
      worker.postMessage("report");
      return next("activeMs");
    },
    close: () =>
      new Promise((resolve) => {
        worker.once("exit", resolve);
        worker.postMessage("close");
      }),
  };
}

/** N concurrent fetch loops for `total` requests of `pathFor(i)`. */
async function load(url, headers, pathFor, total) {
  const latencies = [];
  let issued = 0;
  let failures = 0;
  const loop = async () => {
    while (issued < total) {
      const path = pathFor(issued++);
      const start = performance.now();
      const response = await fetch(`${url}${path}`, { headers });
      await response.arrayBuffer();
      latencies.push(performance.now() - start);
      if (response.status !== 200) failures++;
    }
  };
  const start = performance.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, loop));
  const seconds = (performance.now() - start) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))];
  return {
    requestsPerSecond: Math.round(latencies.length / seconds),
    p50Ms: Number(at(0.5).toFixed(2)),
    p99Ms: Number(at(0.99).toFixed(2)),
    requests: latencies.length,
    failures,
  };
}

async function token(server) {
  const response = await fetch(`${server.url}/oauth/token`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({
      grant_type: "client_credentials",
      client_id: server.credentials.clientId,
      client_secret: server.credentials.clientSecret,
    }),
  });
  return (await response.json()).access_token;
}

/** One measured run against a server: warm-up, then the load, with the server's own cost. */
async function measure(server, headers, pathFor) {
  await load(server.url, headers, pathFor, WARM_UP);
  await server.mark();
  const result = await load(server.url, headers, pathFor, REQUESTS);
  const { activeMs, stats } = await server.report();
  return {
    ...result,
    serverMsPerRequest: Number((activeMs / result.requests).toFixed(4)),
    serverCapacityRequestsPerSecond: Math.round(result.requests / (activeMs / 1000)),
    stats,
  };
}

const LOAD_AT_START = loadavg().map((n) => Number(n.toFixed(2)));

/** p50, p99 and requests per second of latencies gathered over `seconds` of calls. */
function summary(latencies, seconds) {
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return {
    p50Ms: Number(at(0.5).toFixed(3)),
    p99Ms: Number(at(0.99).toFixed(3)),
    requestsPerSecond: Math.round(sorted.length / seconds),
    requests: sorted.length,
  };
}

/** `concurrency` loops of `call(i)` for `total` calls: every latency, the time, the failures. */
async function calls(call, total, concurrency) {
  const latencies = [];
  let issued = 0;
  let failures = 0;
  const loop = async () => {
    while (issued < total) {
      const i = issued++;
      const start = performance.now();
      if (!(await call(i))) failures++;
      latencies.push(performance.now() - start);
    }
  };
  const start = performance.now();
  await Promise.all(Array.from({ length: concurrency }, loop));
  return { latencies, seconds: (performance.now() - start) / 1000, failures };
}

/**
 * The client against raw fetch (and ky alone) at one concurrency: a warm-up of each, then rounds
 * whose order rotates (client, raw, ky; raw, ky, client; …), so that drift in the machine's load
 * falls on all alike.
 */
async function compare(modes, concurrency) {
  for (const call of Object.values(modes)) await calls(call, WARM_UP, concurrency);
  const gathered = Object.fromEntries(
    Object.keys(modes).map((name) => [name, { latencies: [], seconds: 0, failures: 0 }]),
  );
  const perRound = Math.ceil(CLIENT_REQUESTS / CLIENT_ROUNDS);
  for (let round = 0; round < CLIENT_ROUNDS; round++) {
    const names = Object.keys(modes);
    const order = [...names.slice(round % names.length), ...names.slice(0, round % names.length)];
    for (const name of order) {
      globalThis.gc?.();
      const run = await calls(modes[name], perRound, concurrency);
      const into = gathered[name];
      into.latencies.push(...run.latencies);
      into.seconds += run.seconds;
      into.failures += run.failures;
    }
  }
  const results = Object.fromEntries(
    Object.entries(gathered).map(([name, run]) => [name, summary(run.latencies, run.seconds)]),
  );
  const ratio = (a, b) => Number((a.p50Ms / b.p50Ms).toFixed(3));
  return {
    concurrency,
    ...results,
    ratioP50: ratio(results.client, results.rawFetch),
    kyAloneRatioP50: ratio(results.kyAlone, results.rawFetch),
    failures: Object.values(gathered).reduce((sum, run) => sum + run.failures, 0),
  };
}

/** The ky the client depends on (not a dependency of the sandbox itself). */
async function kyOfClient() {
  const clientEntry = fileURLToPath(import.meta.resolve("@ndcvn/client"));
  const kyEntry = createRequire(clientEntry).resolve("ky");
  return (await import(pathToFileURL(kyEntry).href)).default;
}

/** `client.people.get` against raw fetch with the same headers, on the same sandbox. */
async function compareClient(server) {
  const { createClient } = await import("@ndcvn/client");
  const bearer = await token(server);
  const { agency } = server.credentials;
  const purpose = server.samples.purpose;
  const ids = server.samples.personalIds;
  // The same token on both sides: the client's cache hands it out as it would its own.
  const client = createClient(
    { baseUrl: server.url, tokenProvider: async () => ({ accessToken: bearer, expiresIn: 900 }) },
    { agency, purpose },
  );
  const query = `?fields=${FIELDS.join(",")}`;
  const headersOf = () => ({
    accept: ACCEPT,
    "x-ndc-client": agency,
    "x-ndc-purpose": purpose,
    "x-request-id": randomUUID(),
    authorization: `Bearer ${bearer}`,
  });
  // ky as the client calls it, once per attempt, with nothing of the client around it: the least
  // any client over ky can cost.
  const ky = await kyOfClient();
  const fetchOfKy = globalThis.fetch.bind(globalThis);
  const modes = {
    client: async (i) => {
      try {
        const person = await client.people.get(ids[i % ids.length], { fields: FIELDS });
        return person.personalId === ids[i % ids.length];
      } catch {
        return false;
      }
    },
    rawFetch: async (i) => {
      const response = await fetch(`${server.url}/people/${ids[i % ids.length]}${query}`, {
        headers: headersOf(),
      });
      const person = await response.json();
      return response.status === 200 && person.personalId === ids[i % ids.length];
    },
    kyAlone: async (i) => {
      const timer = new AbortController();
      const handle = setTimeout(() => timer.abort(), 30_000);
      try {
        const response = await ky(`${server.url}/people/${ids[i % ids.length]}${query}`, {
          method: "GET",
          headers: new Headers(headersOf()),
          body: null,
          signal: timer.signal,
          fetch: fetchOfKy,
          redirect: "error",
          retry: 0,
          timeout: false,
          throwHttpErrors: false,
        });
        const person = JSON.parse(await response.text());
        return response.status === 200 && person.personalId === ids[i % ids.length];
      } finally {
        clearTimeout(handle);
      }
    },
  };
  return { sequential: await compare(modes, 1), underLoad: await compare(modes, CONCURRENCY) };
}

/**
 * What a browser app downloads when it imports `createClient`: esbuild, minified, ESM for the
 * browser with code splitting, gzipped; the chunks loaded by `import()` (the validators, only
 * with `validateResponses`) are counted apart. As scripts/check-size.mjs measures it.
 */
async function clientCoreSize() {
  const { build } = await import("esbuild");
  const outdir = mkdtempSync(path.join(tmpdir(), "ndcvn-client-size-"));
  // Paths in the metafile are relative to the working directory: fixed, whatever the cwd.
  const workDir = path.join(here, "..");
  try {
    const { metafile } = await build({
      absWorkingDir: workDir,
      stdin: {
        contents: 'import { createClient } from "@ndcvn/client"; console.log(createClient);',
        resolveDir: workDir,
        sourcefile: "entry.mjs",
        loader: "js",
      },
      bundle: true,
      splitting: true,
      format: "esm",
      platform: "browser",
      minify: true,
      treeShaking: true,
      metafile: true,
      outdir,
      entryNames: "entry",
      logLevel: "error",
    });
    const outputs = metafile.outputs;
    // Chunks loaded by import() have an entry point too: the page's own is the one from stdin.
    const entry = Object.keys(outputs).find((file) => outputs[file].entryPoint === "entry.mjs");
    const initial = new Set();
    const visit = (file) => {
      if (initial.has(file)) return;
      initial.add(file);
      for (const imported of outputs[file].imports)
        if (imported.kind === "import-statement" && !imported.external) visit(imported.path);
    };
    if (entry === undefined) throw new TypeError("client size: esbuild gave no entry chunk");
    visit(entry);
    const gzip = (file) => gzipSync(readFileSync(path.resolve(workDir, file))).length;
    const kb = (files) => Number((files.reduce((sum, f) => sum + gzip(f), 0) / 1024).toFixed(2));
    const lazy = Object.keys(outputs).filter((file) => file.endsWith(".js") && !initial.has(file));
    return { initialKb: kb([...initial]), lazyKb: kb(lazy) };
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

async function main() {
  const core = await clientCoreSize();
  const runs = {};
  let sampleBody;
  let comparison;
  for (const validateResponses of [true, false]) {
    const server = await startWorker({ kind: "sandbox", validateResponses });
    const headers = {
      Authorization: `Bearer ${await token(server)}`,
      "X-NDC-Client": server.credentials.agency,
      "X-NDC-Purpose": server.samples.purpose,
    };
    const ids = server.samples.personalIds;
    const pathFor = (i) => `/people/${ids[i % ids.length]}?fields=${FIELDS.join(",")}`;
    sampleBody ??= await (await fetch(`${server.url}${pathFor(0)}`, { headers })).text();
    runs[validateResponses ? "sandbox" : "withoutResponseValidation"] = await measure(
      server,
      headers,
      pathFor,
    );
    if (validateResponses) comparison = await compareClient(server);
    await server.close();
  }
  const bare = await startWorker({ kind: "bare", body: sampleBody });
  runs.bareNodeHttp = await measure(bare, {}, () => "/people/x");
  await bare.close();

  const { stats, failures, ...sandbox } = runs.sandbox;
  const problems =
    failures +
    runs.withoutResponseValidation.failures +
    runs.bareNodeHttp.failures +
    stats.responseValidationFailures +
    stats.internalErrors;
  if (problems > 0) {
    console.error("sandbox bench: failed requests", runs);
    process.exitCode = 1;
  }
  const strip = ({ stats: _stats, failures: _failures, ...rest }) => rest;
  const output = {
    sandbox: {
      ...sandbox,
      concurrency: CONCURRENCY,
      operation: "getPerson",
      responseValidation: true,
      goalRequestsPerSecond: 2000,
      baselines: {
        withoutResponseValidation: strip(runs.withoutResponseValidation),
        bareNodeHttp: strip(runs.bareNodeHttp),
      },
    },
  };
  console.log(JSON.stringify(output, null, 2));
  const file =
    process.env.NDCVN_BENCH_RESULTS ??
    path.join(here, "..", "..", "..", "bench", "results", "sandbox.json");
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(output, null, 2)}\n`);

  const ratio = comparison.sequential.ratioP50;
  const clientOutput = {
    operation: "getPerson",
    fields: FIELDS,
    requests: CLIENT_REQUESTS,
    rounds: CLIENT_ROUNDS,
    concurrency: 1,
    client: comparison.sequential.client,
    rawFetch: comparison.sequential.rawFetch,
    kyAlone: comparison.sequential.kyAlone,
    ratioP50: ratio,
    kyAloneRatioP50: comparison.sequential.kyAloneRatioP50,
    underLoad: {
      concurrency: comparison.underLoad.concurrency,
      client: comparison.underLoad.client,
      rawFetch: comparison.underLoad.rawFetch,
      kyAlone: comparison.underLoad.kyAlone,
      ratioP50: comparison.underLoad.ratioP50,
      kyAloneRatioP50: comparison.underLoad.kyAloneRatioP50,
    },
    sandbox: {
      requestsPerSecond: sandbox.requestsPerSecond,
      p50Ms: sandbox.p50Ms,
      p99Ms: sandbox.p99Ms,
      requests: sandbox.requests,
      concurrency: CONCURRENCY,
      responseValidation: true,
      serverCapacityRequestsPerSecond: sandbox.serverCapacityRequestsPerSecond,
    },
    clientCoreGzipKb: core.initialKb,
    clientLazyChunksGzipKb: core.lazyKb,
    goals: GOALS,
    met: {
      ratioP50: ratio <= GOALS.ratioP50Max,
      ratioP50UnderLoad: comparison.underLoad.ratioP50 <= GOALS.ratioP50Max,
      sandboxRequestsPerSecond: sandbox.requestsPerSecond >= GOALS.sandboxRequestsPerSecondMin,
      clientCoreGzipKb: core.initialKb <= GOALS.clientCoreGzipKbMax,
    },
    environment: {
      node: process.version,
      cpus: cpus().length,
      loadAverageAtStart: LOAD_AT_START,
    },
  };
  console.log(JSON.stringify(clientOutput, null, 2));
  const failed = comparison.sequential.failures + comparison.underLoad.failures;
  if (failed > 0) {
    console.error("client bench: failed requests", failed);
    process.exitCode = 1;
  }
  const dir = process.env.NDCVN_BENCH_DIR ?? path.join(here, "..", "..", "..", "bench", "results");
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "client.json"), `${JSON.stringify(clientOutput, null, 2)}\n`);
}

if (isMainThread) await main();
else await serve();
