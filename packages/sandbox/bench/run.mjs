// `pnpm bench sandbox`: requests per second of getPerson on loopback with response validation on,
// against two baselines measured in the same run: the sandbox without response validation, and a
// bare node:http server answering the same bytes (the ceiling of the transport and of the load
// generator). Each server runs in a worker thread (one core); the load — N concurrent fetch loops
// for a fixed number of requests, after a warm-up — runs on the main thread (the other core). The
// server's own cost per request is read from its event-loop utilisation, which the load generator
// does not share. Writes { sandbox: { requestsPerSecond, p50Ms, p99Ms, requests, concurrency, … } }
// to NDCVN_BENCH_RESULTS.
import { mkdirSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";

const here = path.dirname(fileURLToPath(import.meta.url));
const REQUESTS = Number(process.env.SANDBOX_BENCH_REQUESTS ?? 20_000);
const CONCURRENCY = Number(process.env.SANDBOX_BENCH_CONCURRENCY ?? 32);
const WARM_UP = 2_000;

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

async function main() {
  const FIELDS = "name,dateOfBirth,sex,permanentResidence";
  const runs = {};
  let sampleBody;
  for (const validateResponses of [true, false]) {
    const server = await startWorker({ kind: "sandbox", validateResponses });
    const headers = {
      Authorization: `Bearer ${await token(server)}`,
      "X-NDC-Client": server.credentials.agency,
      "X-NDC-Purpose": server.samples.purpose,
    };
    const ids = server.samples.personalIds;
    const pathFor = (i) => `/people/${ids[i % ids.length]}?fields=${FIELDS}`;
    sampleBody ??= await (await fetch(`${server.url}${pathFor(0)}`, { headers })).text();
    runs[validateResponses ? "sandbox" : "withoutResponseValidation"] = await measure(
      server,
      headers,
      pathFor,
    );
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
}

if (isMainThread) await main();
else await serve();
