// Duplicate record: the database holds the person twice, under two record ids — a second
// registration, a migration that merged two sources. The second record is made like the first
// (same person, its own record id, its own faults and timestamp) and carries this fault; the rate
// is the share of records that get a duplicate. Applicable to every record that is not itself a
// duplicate. The decision is made in `extract`; this module names and documents it.
import type { FaultName } from "./rates.js";

export const duplicate: { readonly name: FaultName } = { name: "duplicate" };
