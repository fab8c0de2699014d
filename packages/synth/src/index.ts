// @ndcvn/synth — a seeded synthetic Vietnamese population. No real personal data: every person,
// name, identifier and address line is generated.

// The data model and the population generator.
export * from "./person.js";
export type { SyntheticEmployer } from "./population/context.js";
export {
  createPopulation,
  generateHouseholds,
  generatePopulation,
  type HouseholdWithMembers,
  POPULATION_BLOCK_SIZE,
  type Population,
  populationChunks,
} from "./population/generate.js";
export { MAX_POPULATION } from "./population/options.js";

// Per-database extracts with faults, and their writers.

export { EXTRACT_DATABASES, extractSchemas } from "./extract/databases.js";
export { DEFAULT_AS_OF, extract } from "./extract/extract.js";
export { type Random, randomFor } from "./extract/prng.js";
export type { ExtractDatabase, ExtractedRecord, ExtractOptions } from "./extract/types.js";
export {
  DEFAULT_FAULTS,
  FAULT_NAMES,
  type FaultName,
  type FaultRates,
  NO_FAULTS,
  resolveFaultRates,
} from "./faults/rates.js";
export { type FaultCount, FaultTally, tallyFaults } from "./faults/tally.js";
export { type CsvOptions, csvColumns, toCsv } from "./writers/csv.js";
export { toNdjson } from "./writers/ndjson.js";
export { type TruthOptions, truthOf, writeTruth } from "./writers/truth.js";
