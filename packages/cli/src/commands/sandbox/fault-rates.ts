// `--faults 503=0.05,reset=0.01,latency=0.2,latencyMs=150`: the fault rates of the sandbox, checked
// here so that a typo is a usage error with the list of faults rather than a stack trace.
import { SANDBOX_FAULTS, type SandboxFaultRates } from "@ndcvn/sandbox";
import { CliError } from "../../framework/cli-error.js";
import { sandboxMessages as m } from "./sandbox-messages.js";

/** Settings of faults that are durations, not rates. */
const DURATIONS = ["latencyMs", "retryAfterSeconds"] as const;

/** The longest duration a fault setting takes (one day, in milliseconds). */
const MAX_DURATION = 86_400_000;

function invalid(): CliError {
  const faults = SANDBOX_FAULTS.join(", ");
  return new CliError("invalid_value", {
    option: "--faults",
    expected: {
      vi: m.faultsExpected.vi.replace("{faults}", faults),
      en: m.faultsExpected.en.replace("{faults}", faults),
    },
  });
}

/** The rates of a `--faults` value (none when absent). */
export function parseFaultRates(value: string | undefined): SandboxFaultRates {
  if (value === undefined) return {};
  const rates: Record<string, number> = {};
  let failures = 0;
  for (const part of value.split(",")) {
    if (part.trim() === "") continue;
    const match = /^\s*([A-Za-z0-9-]+)\s*=\s*([0-9.]+)\s*$/.exec(part);
    if (!match) throw invalid();
    const [, name = "", text = ""] = match;
    const number = Number(text);
    if (!Number.isFinite(number) || Object.hasOwn(rates, name)) throw invalid();
    if ((DURATIONS as readonly string[]).includes(name)) {
      if (!Number.isInteger(number) || number > MAX_DURATION) throw invalid();
    } else if ((SANDBOX_FAULTS as readonly string[]).includes(name)) {
      if (number < 0 || number > 1) throw invalid();
      if (name !== "latency") failures += number;
    } else {
      throw invalid();
    }
    rates[name] = number;
  }
  if (failures > 1 + 1e-9) throw invalid();
  return rates;
}

/** The rates as the user would write them, for the banner. */
export function describeFaultRates(rates: SandboxFaultRates): string {
  return Object.entries(rates)
    .map(([name, rate]) => `${name}=${rate}`)
    .join(",");
}
