// Seeded randomness. Everything the sandbox invents (histories of records, fault draws, the records
// that `recordChange` picks) comes from synth's generators seeded by a hash of what it is about, so
// that the same seed gives the same data, the same feed and the same faults in every process.
export { type Random, randomFor } from "@ndcvn/synth";
