// The record types of each database, in the order their records are made for a person, with the
// prefix of their record ids. A record type's position is its slot in the record id.
import { birthRegistration, deathRegistration } from "./civil-status.js";
import { learner, qualification } from "./education.js";
import { healthRecordSummary } from "./health.js";
import { healthInsuranceCard, socialInsuranceParticipation } from "./insurance.js";
import { citizen } from "./population.js";
import { taxpayer } from "./tax.js";
import type { ExtractDatabase, RecordType } from "./types.js";

export interface DatabaseRecords {
  /** Prefix of the record ids. */
  readonly prefix: string;
  // biome-ignore lint/suspicious/noExplicitAny: each record type has its own facts
  readonly types: readonly RecordType<any>[];
}

export const DATABASE_RECORDS: Readonly<Record<ExtractDatabase, DatabaseRecords>> = {
  population: { prefix: "pop", types: [citizen] },
  insurance: { prefix: "ins", types: [socialInsuranceParticipation, healthInsuranceCard] },
  tax: { prefix: "tax", types: [taxpayer] },
  education: { prefix: "edu", types: [learner, qualification] },
  health: { prefix: "hlt", types: [healthRecordSummary] },
  "civil-status": { prefix: "civ", types: [birthRegistration, deathRegistration] },
};

/** The databases `extract` can make records of. */
export const EXTRACT_DATABASES: readonly ExtractDatabase[] = Object.keys(
  DATABASE_RECORDS,
) as ExtractDatabase[];

/** The schema documents (`$id`) of the records of a database's extracts. */
export function extractSchemas(database: ExtractDatabase): readonly string[] {
  return DATABASE_RECORDS[database].types.map((type) => type.schema);
}
