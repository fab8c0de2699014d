// Reading the sources into DuckDB, one record at a time: the normalise stage of the JS engine
// (NormalisedSource) with the same paths, normalisers, counts of wrong types and errors, but
// streamed into the `input` table instead of kept in memory. Only the record ids stay in memory:
// the results list them, and their order (orderById) is the order of every result.
import { NORMALIZER_VERSION } from "@ndcvn/validators";
import { forEachRecord, isAsyncIterable, isIterable, type RecordInput } from "../engine/inputs.js";
import type { SourceInput } from "../engine/prepare.js";
import { readSource } from "../engine/prepare.js";
import { InvalidInputError } from "../errors/invalid-input-error.js";
import { InvalidRecordError } from "../errors/invalid-record-error.js";
import { TokenSetError } from "../errors/token-set-error.js";
import type { InputStatistics } from "../normalise/keyed-source.js";
import { normaliseValue } from "../normalise/normalised-source.js";
import { acceptsRaw as accepts } from "../normalise/normaliser.js";
import { type FieldPlan, type LinkagePlan, sourceReading } from "../normalise/plan.js";
import { orderById, recordIdOf } from "../normalise/record-order.js";
import { type CompiledPath, readFirst } from "../normalise/record-path.js";
import { isTokenSet, type TokenSet } from "../tokens/token-set.js";
import type { ChunkAppender } from "./chunk-appender.js";
import type { StoragePlan } from "./storage-plan.js";
import { encodeRaw, encodeValue } from "./value-encoding.js";

/** A source once read: what the results need of it besides the database. */
export interface LoadedSource {
  readonly name: string;
  readonly mode: "cleartext" | "tokens";
  /** Record ids in input order. */
  readonly ids: readonly string[];
  /** Record indexes in id order. */
  readonly order: Int32Array;
  readonly statistics: InputStatistics;
}

/** One set of paths read once per record, and what is done with the value. */
interface Read {
  readonly paths: readonly CompiledPath[];
  /** Every field read from these paths (for the counts of wrong types). */
  readonly fields: FieldPlan[];
  /** Eager fields: their appender column. */
  readonly eager: { readonly field: FieldPlan; readonly column: number }[];
  /** Appender columns of raw values read from these paths. */
  readonly raw: number[];
}

// Appender columns: 0 source index, 1 position, then the storage columns.
const FIRST_VALUE_COLUMN = 2;

function readsOf(plan: LinkagePlan, storage: StoragePlan, name: string) {
  const reading = sourceReading(plan, name);
  const columnOf = (column: string) => FIRST_VALUE_COLUMN + storage.columns.indexOf(column);
  const reads = new Map<string, Read>();
  const readOf = (paths: readonly CompiledPath[]): Read => {
    const key = JSON.stringify(paths);
    let read = reads.get(key);
    if (!read) {
      read = { paths, fields: [], eager: [], raw: [] };
      reads.set(key, read);
    }
    return read;
  };
  for (const field of plan.fields) {
    const paths = reading.fields[field.index];
    if (paths !== undefined) readOf(paths).fields.push(field);
  }
  const written = new Set<number>();
  for (const { column, field } of storage.eager) {
    const paths = reading.fields[field.index];
    if (paths === undefined) continue;
    readOf(paths).eager.push({ field, column: columnOf(column) });
    written.add(columnOf(column));
  }
  for (const { column, field } of storage.raw) {
    const paths = reading.fields[field.index];
    if (paths === undefined) continue;
    readOf(paths).raw.push(columnOf(column));
    written.add(columnOf(column));
  }
  const empty = storage.columns.map(columnOf).filter((column) => !written.has(column));
  return { recordId: reading.recordId, reads: [...reads.values()], empty };
}

/** Read clear-text records of source `name` (index `s`) into the appender. */
export async function loadRecords(
  input: RecordInput,
  plan: LinkagePlan,
  storage: StoragePlan,
  name: string,
  s: number,
  appender: ChunkAppender,
): Promise<LoadedSource> {
  const { recordId, reads, empty } = readsOf(plan, storage, name);
  const ids: string[] = [];
  const wrongType = plan.fields.map(() => 0);
  await forEachRecord(input, (record, position) => {
    if (typeof record !== "object" || record === null || Array.isArray(record))
      throw new InvalidRecordError(name, position, "not_object");
    const rawId = readFirst(record, recordId);
    if (rawId === undefined) throw new InvalidRecordError(name, position, "missing_id");
    const id = recordIdOf(rawId);
    if (id === undefined) throw new InvalidRecordError(name, position, "invalid_id");
    ids.push(id);
    appender.set(0, s);
    appender.set(1, position);
    for (let r = 0; r < reads.length; r++) {
      const read = reads[r] as Read;
      const raw = readFirst(record, read.paths);
      if (raw !== undefined)
        for (let f = 0; f < read.fields.length; f++) {
          const field = read.fields[f] as FieldPlan;
          if (!accepts(field.accepts, raw))
            wrongType[field.index] = (wrongType[field.index] as number) + 1;
        }
      for (let e = 0; e < read.eager.length; e++) {
        const { field, column } = read.eager[e] as Read["eager"][number];
        const value =
          raw === undefined || !accepts(field.accepts, raw)
            ? null
            : normaliseValue(field, raw as string | number | object);
        appender.set(column, value === null ? null : encodeValue(value));
      }
      if (read.raw.length > 0) {
        const stored =
          typeof raw === "string" || (typeof raw === "number" && Number.isFinite(raw))
            ? encodeRaw(raw)
            : null;
        for (const column of read.raw) appender.set(column, stored);
      }
    }
    for (const column of empty) appender.set(column, null);
    appender.endRow();
  });
  const order = orderById(ids, name);
  const counts: Record<string, number> = {};
  for (const field of plan.fields)
    if ((wrongType[field.index] as number) > 0)
      counts[field.name] = wrongType[field.index] as number;
  return {
    name,
    mode: "cleartext",
    ids,
    order,
    statistics: { records: ids.length, wrongType: counts },
  };
}

/** Read a token set as source `name` (index `s`) into the appender. */
export async function loadTokens(
  tokens: TokenSet,
  plan: LinkagePlan,
  name: string,
  s: number,
  appender: ChunkAppender,
): Promise<LoadedSource> {
  // The JS engine's reading of a token set checks it against the plan and its ids.
  const source = await readSource(tokens, plan, name, true);
  const order = source.order;
  const passes = plan.passes.length;
  for (let i = 0; i < source.size; i++) {
    appender.set(0, s);
    appender.set(1, i);
    for (let p = 0; p < passes; p++) {
      const key = source.passKey(p, i);
      appender.set(FIRST_VALUE_COLUMN + p, key === null ? null : encodeValue(key));
    }
    for (let v = 0; v < plan.vetoes.length; v++) {
      const value = source.vetoValue(v, i);
      appender.set(FIRST_VALUE_COLUMN + passes + v, value === null ? null : encodeValue(value));
    }
    appender.endRow();
  }
  return { name, mode: "tokens", ids: source.ids, order, statistics: source.statistics };
}

/** The checks of readSources (engine/prepare.ts) on the inputs as a whole; the normaliser version. */
export function checkInputs(inputs: readonly SourceInput[], names: readonly string[]): string {
  const tokenSets = inputs.filter(isTokenSet);
  if (tokenSets.length > 0 && tokenSets.length < inputs.length)
    throw new InvalidInputError("mixed_inputs");
  const first = tokenSets[0];
  for (const [k, set] of tokenSets.entries()) {
    if (first && set.keyId !== first.keyId) throw new TokenSetError("key_mismatch");
    if (first && set.normalizerVersion !== first.normalizerVersion)
      throw new TokenSetError("normalizer_mismatch", names[k]);
  }
  return first?.normalizerVersion ?? NORMALIZER_VERSION;
}

/** Whether an input is records the engine can read (else InvalidInputError `not_records`). */
export function checkRecords(input: SourceInput, name: string): RecordInput {
  if (!Array.isArray(input) && !isAsyncIterable(input) && !isIterable(input))
    throw new InvalidInputError("not_records", name);
  return input as RecordInput;
}
