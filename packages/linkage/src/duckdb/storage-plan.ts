// Which columns the DuckDB engine stores for each record, and how each pass key and veto value is
// read from them. Values that every record needs when it is read (admin units, whose raw values are
// objects, and the fields vetoes compare) are normalised on reading. The other fields are stored
// raw and normalised only when a pass needs them, once per distinct raw value, into a dictionary:
// like the JS engine, which normalises a field only for records still open when a pass needs it.
import type { FieldPlan, LinkagePlan } from "../normalise/plan.js";

/** How one part of a key, or a veto value, is read. */
export type ValueRef =
  | { readonly kind: "column"; readonly column: string }
  | {
      readonly kind: "lazy";
      /** The column of raw values. */
      readonly column: string;
      /** The dictionary table from raw to normalised values. */
      readonly dictionary: string;
      readonly field: FieldPlan;
    };

/** A field normalised on reading into its own column. */
export interface EagerColumn {
  readonly column: string;
  readonly field: FieldPlan;
}

/** Raw values read from the same `from` for one or more lazily normalised fields. */
export interface RawColumn {
  readonly column: string;
  /** A field whose `from` (the same for all of them) gives the paths. */
  readonly field: FieldPlan;
}

/** The columns of the records and how passes and vetoes read them. */
export interface StoragePlan {
  readonly mode: "cleartext" | "tokens";
  /** The VARCHAR columns after `src` and `pos`, in table order. */
  readonly columns: readonly string[];
  readonly eager: readonly EagerColumn[];
  readonly raw: readonly RawColumn[];
  /** Per pass, the parts of its key in key order. */
  readonly passKeys: readonly (readonly ValueRef[])[];
  /** Per veto, the column of its value. */
  readonly vetoes: readonly string[];
  /** Per pass, the names of the key's fields (for `agreed`); empty for tokens. */
  readonly agreedFields: readonly (readonly string[])[];
  readonly dictionaries: readonly { readonly table: string; readonly field: FieldPlan }[];
}

/** Storage of clear-text records. */
export function cleartextStorage(plan: LinkagePlan): StoragePlan {
  const inPass = new Set(plan.passes.flatMap((pass) => pass.fields));
  const inVeto = new Set(plan.vetoes.map((veto) => veto.field));
  const eager: EagerColumn[] = [];
  const raw: RawColumn[] = [];
  const rawByFrom = new Map<string, string>();
  const refs = new Map<number, ValueRef>();
  const dictionaries: { table: string; field: FieldPlan }[] = [];
  for (const field of plan.fields) {
    if (!inPass.has(field.index) && !inVeto.has(field.index)) continue;
    if (field.accepts === "admin-unit" || inVeto.has(field.index)) {
      const column = `v_${field.index}`;
      eager.push({ column, field });
      refs.set(field.index, { kind: "column", column });
      continue;
    }
    const from = JSON.stringify(field.from);
    let column = rawByFrom.get(from);
    if (column === undefined) {
      column = `r_${raw.length}`;
      rawByFrom.set(from, column);
      raw.push({ column, field });
    }
    const dictionary = `d_${field.index}`;
    dictionaries.push({ table: dictionary, field });
    refs.set(field.index, { kind: "lazy", column, dictionary, field });
  }
  const refOf = (index: number) => refs.get(index) as ValueRef;
  return {
    mode: "cleartext",
    columns: [...eager.map((e) => e.column), ...raw.map((r) => r.column)],
    eager,
    raw,
    passKeys: plan.passes.map((pass) => pass.fields.map(refOf)),
    vetoes: plan.vetoes.map((veto) => (refOf(veto.field) as { column: string }).column),
    agreedFields: plan.passes.map((pass) =>
      pass.fields.map((index) => (plan.fields[index] as FieldPlan).name),
    ),
    dictionaries,
  };
}

/** Storage of token sets: one column per pass key and per veto value. */
export function tokenStorage(plan: LinkagePlan): StoragePlan {
  const keys = plan.passes.map((_, p) => `k_${p}`);
  const vetoes = plan.vetoes.map((_, v) => `w_${v}`);
  return {
    mode: "tokens",
    columns: [...keys, ...vetoes],
    eager: [],
    raw: [],
    passKeys: keys.map((column) => [{ kind: "column", column }]),
    vetoes,
    agreedFields: plan.passes.map(() => []),
    dictionaries: [],
  };
}
