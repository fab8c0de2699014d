// `ndc sandbox`: the Sharing API on synthetic data on 127.0.0.1, until the user stops it.
import { SANDBOX_FAULTS, type Sandbox, startSandbox } from "@ndcvn/sandbox";
import { defineCommand } from "../../framework/command.js";
import { EXIT_CODES } from "../../framework/exit-codes.js";
import { formatNumber } from "../../framework/format-number.js";
import { say } from "../../framework/locale.js";
import { parseInteger } from "../../framework/option-values.js";
import { parseFaultRates } from "./fault-rates.js";
import { listenError, probePort } from "./port-probe.js";
import { renderSandboxBanner } from "./sandbox-banner.js";
import { sandboxMessages as m } from "./sandbox-messages.js";

/** The port of `ndc sandbox` unless told otherwise. */
export const DEFAULT_SANDBOX_PORT = 4010;

/** Resolves when the signal is aborted (never without a signal). */
function stopped(signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) resolve();
    else signal?.addEventListener("abort", () => resolve(), { once: true });
  });
}

const faultList = SANDBOX_FAULTS.join(", ");

export const sandboxCommand = defineCommand({
  name: "sandbox",
  summary: m.summary,
  description: m.description,
  usage: "[--port <n>] [--seed <n>] [--people <n>] [--faults <name=rate,…>] [--token-ttl <s>]",
  arguments: [],
  options: {
    port: {
      type: "string",
      short: "p",
      value: "<n>",
      description: m.optPort,
      default: { vi: String(DEFAULT_SANDBOX_PORT), en: String(DEFAULT_SANDBOX_PORT) },
    },
    seed: { type: "string", value: "<n>", description: m.optSeed, default: { vi: "1", en: "1" } },
    people: {
      type: "string",
      short: "n",
      value: "<n>",
      description: m.optPeople,
      default: { vi: "1000", en: "1000" },
    },
    faults: {
      type: "string",
      value: "<name=rate,…>",
      description: {
        vi: m.optFaults.vi.replace("{faults}", faultList),
        en: m.optFaults.en.replace("{faults}", faultList),
      },
      default: m.optFaultsDefault,
    },
    "token-ttl": {
      type: "string",
      value: "<seconds>",
      description: m.optTokenTtl,
      default: { vi: "900", en: "900" },
    },
  },
  examples: [
    "ndc sandbox",
    "ndc sandbox --port 0 --people 20000 --seed 7",
    "ndc sandbox --faults 503=0.05,reset=0.01,latency=0.2,latencyMs=150 --token-ttl 60",
  ],
  async run({ io, locale, options }) {
    const port = parseInteger(
      options.port,
      "--port",
      { min: 0, max: 65_535 },
      DEFAULT_SANDBOX_PORT,
    );
    const seed = parseInteger(options.seed, "--seed", { min: 0, max: 2 ** 31 - 1 }, 1);
    const people = parseInteger(options.people, "--people", { min: 1, max: 1_000_000 }, 1000);
    const tokenTtlSeconds = parseInteger(
      options["token-ttl"],
      "--token-ttl",
      { min: 1, max: 86_400 * 365 },
      900,
    );
    const faults = parseFaultRates(options.faults);
    await probePort(port);
    if (io.isTTY) {
      io.stderr.write(
        `${say(m.starting, locale, { people: formatNumber(people, locale), seed })}\n`,
      );
    }
    let sandbox: Sandbox;
    try {
      sandbox = await startSandbox({ port, seed, people, faults, tokenTtlSeconds });
    } catch (error) {
      throw listenError(port, error) ?? error;
    }
    try {
      io.stdout.write(
        renderSandboxBanner(sandbox, { people, seed, faults, tokenTtlSeconds }, locale),
      );
      await stopped(io.signal);
    } finally {
      await sandbox.close();
    }
    const stats = sandbox.stats();
    const faultsInjected = Object.values(stats.faultsInjected).reduce((a, b) => a + b, 0);
    io.stdout.write(
      `${say(m.stopped, locale, {
        requests: formatNumber(stats.requests, locale),
        tokens: formatNumber(stats.tokensIssued, locale),
        faults: formatNumber(faultsInjected, locale),
      })}\n`,
    );
    return EXIT_CODES.ok;
  },
});
