// The normalise stage: each record of a source read once into its id and the values of every named
// field; pass keys and veto values made from them. An engine in another language or a database
// reuses this stage (the DuckDB engine computes keys here and runs the pass semantics in SQL), so it
// knows nothing of passes being run or of other sources.
import { forEachRecord, type RecordInput } from "../engine/inputs.js";
import { InvalidRecordError } from "../errors/invalid-record-error.js";
import { type InputStatistics, KEY_SEPARATOR, type KeyedSource } from "./keyed-source.js";
import { acceptsRaw as accepts, type Normalise } from "./normaliser.js";
import { type FieldPlan, type LinkagePlan, sourceReading } from "./plan.js";
import { checkUniqueIds, orderById, recordIdOf } from "./record-order.js";
import { type CompiledPath, readFirst } from "./record-path.js";

/** Run a field's normalisers on an accepted raw value; `null` when the value is missing. */
export function normaliseValue(field: FieldPlan, raw: string | number | object): string | null {
  let value: string | undefined;
  try {
    const steps = field.steps;
    value = (steps[0] as Normalise)(raw);
    for (let k = 1; k < steps.length && value !== undefined; k++)
      value = (steps[k] as Normalise)(value);
  } catch {
    // A normaliser that throws on some odd input makes the value missing, never the run fail.
    value = undefined;
  }
  if (value === undefined || value === "" || value.includes(KEY_SEPARATOR)) return null;
  return value;
}

/** Paths read once per record, and the fields that use the value read. */
interface Reading {
  readonly paths: readonly CompiledPath[];
  readonly fields: readonly FieldPlan[];
  /** The raw value of each record (or, for fields normalised on reading, see `eager`). */
  readonly raw: unknown[];
}

/**
 * When a field's value is computed. Values are the same either way; only time and memory differ:
 *   - `eager`: on reading, kept normalised (raw values that are objects, which would cost memory);
 *   - `memo`: on first use, then kept (costly normalisers — names, text, phone numbers — and the
 *     fields vetoes compare, read for every proposed link);
 *   - `lazy`: on each use (cheap normalisers: identifiers, dates, codes).
 */
type Timing = "eager" | "memo" | "lazy";

function timingOf(field: FieldPlan, plan: LinkagePlan): Timing {
  if (field.accepts === "admin-unit") return "eager";
  // Veto fields are read for every proposed link: keep them too.
  const vetoed = plan.vetoes.some((veto) => veto.field === field.index);
  return field.costly || vetoed ? "memo" : "lazy";
}

/** One source read and normalised: ids, field values, pass keys and veto values. */
export class NormalisedSource implements KeyedSource {
  readonly mode = "cleartext" as const;
  readonly name: string;
  readonly ids: string[] = [];
  #order: Int32Array | undefined;
  readonly #plan: LinkagePlan;
  readonly #timing: readonly Timing[];
  /** Per field: the raw value of each record (`eager`: the normalised value), `null` when none. */
  readonly #raw: (unknown[] | undefined)[];
  /** Per `memo` field: the normalised value, `null` when missing, `undefined` until computed. */
  readonly #memo: ((string | null | undefined)[] | undefined)[];
  readonly #wrongType: number[];

  private constructor(plan: LinkagePlan, name: string) {
    this.#plan = plan;
    this.name = name;
    this.#timing = plan.fields.map((field) => timingOf(field, plan));
    this.#raw = plan.fields.map(() => undefined);
    this.#memo = plan.fields.map((field) => (timingOf(field, plan) === "memo" ? [] : undefined));
    this.#wrongType = plan.fields.map(() => 0);
  }

  /**
   * Read the records of source `name`. Throws {@link InvalidRecordError} for a record that is not
   * an object or has no usable id, DuplicateRecordIdError for a repeated id. `ordered`: sort the
   * ids now (a result will list every record in id order; the sort also finds repeated ids).
   */
  static async read(
    input: RecordInput,
    plan: LinkagePlan,
    name: string,
    ordered = false,
  ): Promise<NormalisedSource> {
    const source = new NormalisedSource(plan, name);
    const reading = sourceReading(plan, name);
    // Fields read from the same paths share the raw value; eager fields keep their own column.
    const groups = new Map<string, Reading>();
    const eager: { paths: readonly CompiledPath[]; field: FieldPlan; raw: unknown[] }[] = [];
    for (const field of plan.fields) {
      const paths = reading.fields[field.index];
      if (paths === undefined) continue;
      if (source.#timing[field.index] === "eager") {
        const raw: unknown[] = [];
        eager.push({ paths, field, raw });
        source.#raw[field.index] = raw;
        continue;
      }
      const key = JSON.stringify(paths);
      let group = groups.get(key);
      if (!group) {
        group = { paths, fields: [], raw: [] };
        groups.set(key, group);
      }
      (group.fields as FieldPlan[]).push(field);
      source.#raw[field.index] = group.raw;
    }
    const readings = [...groups.values()];
    await forEachRecord(input, (record, position) => {
      if (typeof record !== "object" || record === null || Array.isArray(record))
        throw new InvalidRecordError(name, position, "not_object");
      const rawId = readFirst(record, reading.recordId);
      if (rawId === undefined) throw new InvalidRecordError(name, position, "missing_id");
      const id = recordIdOf(rawId);
      if (id === undefined) throw new InvalidRecordError(name, position, "invalid_id");
      source.ids.push(id);
      for (let r = 0; r < readings.length; r++) {
        const group = readings[r] as Reading;
        const raw = readFirst(record, group.paths);
        if (raw === undefined) {
          group.raw.push(null);
          continue;
        }
        group.raw.push(raw);
        for (let f = 0; f < group.fields.length; f++) {
          const field = group.fields[f] as FieldPlan;
          if (!accepts(field.accepts, raw)) source.#countWrongType(field);
        }
      }
      for (let e = 0; e < eager.length; e++) {
        const { paths, field, raw: column } = eager[e] as (typeof eager)[number];
        const raw = readFirst(record, paths);
        if (raw === undefined) column.push(null);
        else if (!accepts(field.accepts, raw)) {
          source.#countWrongType(field);
          column.push(null);
        } else column.push(normaliseValue(field, raw as string | number | object));
      }
    });
    if (ordered) source.#order = orderById(source.ids, name);
    else checkUniqueIds(source.ids, name);
    // Filled now, so that values kept on first use are written into a dense array.
    source.#memo.forEach((_, field) => {
      if (source.#memo[field] !== undefined)
        source.#memo[field] = new Array(source.ids.length).fill(undefined);
    });
    return source;
  }

  #countWrongType(field: FieldPlan): void {
    this.#wrongType[field.index] = (this.#wrongType[field.index] as number) + 1;
  }

  get size(): number {
    return this.ids.length;
  }

  get order(): Int32Array {
    this.#order ??= orderById(this.ids);
    return this.#order;
  }

  /** The normalised value of field `field` for record `index`, or `null` when missing. */
  fieldValue(field: number, index: number): string | null {
    const raw = this.#raw[field];
    if (raw === undefined) return null;
    const timing = this.#timing[field];
    if (timing === "eager") return (raw[index] as string | null | undefined) ?? null;
    const memo = this.#memo[field];
    if (memo !== undefined) {
      const known = memo[index];
      if (known !== undefined) return known;
    }
    const value = raw[index];
    const plan = this.#plan.fields[field] as FieldPlan;
    const computed =
      value === null || value === undefined || !accepts(plan.accepts, value)
        ? null
        : normaliseValue(plan, value as string | number | object);
    if (memo !== undefined) memo[index] = computed;
    return computed;
  }

  passKey(pass: number, index: number): string | null {
    const fields = (this.#plan.passes[pass] as { fields: readonly number[] }).fields;
    if (fields.length === 1) return this.fieldValue(fields[0] as number, index);
    let key = "";
    for (let k = 0; k < fields.length; k++) {
      const value = this.fieldValue(fields[k] as number, index);
      if (value === null) return null;
      key = k === 0 ? value : key + KEY_SEPARATOR + value;
    }
    return key;
  }

  vetoValue(veto: number, index: number): string | null {
    const plan = this.#plan.vetoes[veto];
    return plan === undefined ? null : this.fieldValue(plan.field, index);
  }

  agreed(pass: number, index: number): Readonly<Record<string, string>> {
    const out: Record<string, string> = {};
    for (const field of (this.#plan.passes[pass] as { fields: readonly number[] }).fields) {
      const value = this.fieldValue(field, index);
      if (value !== null) out[(this.#plan.fields[field] as FieldPlan).name] = value;
    }
    return out;
  }

  /** Every field of every record (for engines that need them all at once, and for tokens). */
  fieldColumn(field: number): (string | null)[] {
    const out = new Array<string | null>(this.size);
    for (let i = 0; i < this.size; i++) out[i] = this.fieldValue(field, i);
    return out;
  }

  get statistics(): InputStatistics {
    const wrongType: Record<string, number> = {};
    for (const field of this.#plan.fields)
      if ((this.#wrongType[field.index] as number) > 0)
        wrongType[field.name] = this.#wrongType[field.index] as number;
    return { records: this.size, wrongType };
  }
}
