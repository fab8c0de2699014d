import type { PopulationOptions } from "../person.js";
import { parseDate } from "./dates.js";

/** The largest population: identifiers are unique by construction up to this size. */
export const MAX_POPULATION = 100_000_000;

/** The default `asOf`. */
export const DEFAULT_AS_OF = "2026-01-01";

/** Options after checking, with their defaults. */
export interface ResolvedOptions {
  readonly size: number;
  readonly seed: number;
  readonly asOf: string;
  readonly asOfDay: number;
}

/** Check and complete the options; throws a RangeError or TypeError on bad input. */
export function resolveOptions(options: PopulationOptions): ResolvedOptions {
  if (typeof options !== "object" || options === null)
    throw new TypeError("generatePopulation needs an options object { size, seed, asOf? }.");
  const { size, seed } = options;
  const asOf = options.asOf ?? DEFAULT_AS_OF;
  if (!Number.isSafeInteger(size) || size < 0 || size > MAX_POPULATION)
    throw new RangeError(`size must be an integer from 0 to ${MAX_POPULATION}; got ${size}.`);
  if (!Number.isSafeInteger(seed) || seed < 0)
    throw new RangeError(`seed must be a non-negative safe integer; got ${seed}.`);
  const asOfDay = typeof asOf === "string" ? parseDate(asOf) : undefined;
  if (asOfDay === undefined || asOf < "2000-01-01" || asOf > "2099-12-31")
    throw new RangeError(`asOf must be a date YYYY-MM-DD from 2000 to 2099; got ${String(asOf)}.`);
  return { size, seed, asOf, asOfDay };
}
