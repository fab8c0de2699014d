// A validated spec compiled for use: fields with their normaliser functions, passes and vetoes by
// index, and the paths each source reads. Compiled once per call of link, dedupe, linkMany or
// tokenize.
import type { FieldSource, LinkageSpec, RecordPaths } from "../spec/spec.js";
import { specHash } from "../spec/spec-hash.js";
import type { Normalise, NormaliserInput } from "./normaliser.js";
import { NORMALISERS } from "./normalisers.js";
import { type CompiledPath, compilePaths } from "./record-path.js";

/** A field ready to normalise values. */
export interface FieldPlan {
  readonly name: string;
  readonly index: number;
  /** What the first normaliser accepts as the raw value. */
  readonly accepts: NormaliserInput;
  /** Computed when first needed rather than when the record is read (see NormaliserDefinition). */
  readonly costly: boolean;
  readonly steps: readonly Normalise[];
  readonly from: FieldSource;
}

/** A pass by index. */
export interface PassPlan {
  readonly name: string;
  readonly index: number;
  /** Indexes of the key's fields, in key order. */
  readonly fields: readonly number[];
  /** The most records a key may be shared by to be used (`Infinity` for no limit). */
  readonly maxKeyFrequency: number;
  /** Indexes of the vetoes that apply in this pass. */
  readonly vetoes: readonly number[];
  /**
   * Of those, the vetoes whose field is not in the key: between two records of one group only
   * these can hold (the key's values are equal).
   */
  readonly vetoesBesideKey: readonly number[];
}

/** A veto by index. */
export interface VetoPlan {
  readonly name: string;
  readonly index: number;
  readonly field: number;
  /** Indexes of the passes it applies to. */
  readonly passes: readonly number[];
}

/** A compiled spec. */
export interface LinkagePlan {
  readonly spec: LinkageSpec;
  readonly specHash: string;
  readonly fields: readonly FieldPlan[];
  readonly passes: readonly PassPlan[];
  readonly vetoes: readonly VetoPlan[];
}

const DEFAULT_STEPS = ["trim"] as const;

/** Compile a spec that `validateSpec` accepted. */
export function compilePlan(spec: LinkageSpec): LinkagePlan {
  const names = Object.keys(spec.fields);
  const fields = names.map((name, index): FieldPlan => {
    const field = spec.fields[name];
    if (!field) throw new Error(`compilePlan: no field ${name}`);
    const stepSpecs =
      field.normalise && field.normalise.length > 0 ? field.normalise : DEFAULT_STEPS;
    const definitions = stepSpecs.map((step) => {
      const stepName = typeof step === "string" ? step : step.name;
      const definition = NORMALISERS[stepName];
      if (!definition) throw new Error(`compilePlan: no normaliser ${stepName}`);
      return { definition, options: typeof step === "string" ? {} : step };
    });
    const first = definitions[0];
    if (!first) throw new Error("compilePlan: no normaliser");
    return {
      name,
      index,
      accepts: first.definition.accepts,
      costly: definitions.some(({ definition }) => definition.costly),
      steps: definitions.map(({ definition, options }) => definition.create(options)),
      from: field.from,
    };
  });
  const fieldIndex = new Map(names.map((name, index) => [name, index]));
  const indexOf = (name: string) => {
    const index = fieldIndex.get(name);
    if (index === undefined) throw new Error(`compilePlan: no field ${name}`);
    return index;
  };
  const passNames = spec.passes.map((pass) => pass.name);
  const vetoes = (spec.vetoes ?? []).map((veto, index) => ({
    name: veto.name,
    index,
    field: indexOf(veto.field),
    passes: veto.passes
      ? veto.passes.map((name) => passNames.indexOf(name))
      : passNames.map((_, p) => p),
  }));
  return {
    spec,
    specHash: specHash(spec),
    fields,
    passes: spec.passes.map((pass, index) => {
      const keyFields = pass.key.map(indexOf);
      const applying = vetoes.filter((veto) => veto.passes.includes(index));
      return {
        name: pass.name,
        index,
        fields: keyFields,
        maxKeyFrequency: pass.maxKeyFrequency ?? spec.maxKeyFrequency ?? Number.POSITIVE_INFINITY,
        vetoes: applying.map((veto) => veto.index),
        vetoesBesideKey: applying
          .filter((veto) => !keyFields.includes(veto.field))
          .map((veto) => veto.index),
      };
    }),
    vetoes,
  };
}

/** Where one source reads its record ids and each field. */
export interface SourceReading {
  readonly recordId: readonly CompiledPath[];
  /** Per field: candidate paths, or undefined when the source has no value for the field. */
  readonly fields: readonly (readonly CompiledPath[] | undefined)[];
}

function isPaths(from: FieldSource): from is RecordPaths {
  return typeof from === "string" || Array.isArray(from);
}

/** The paths a source reads, from the spec's `recordId`, the source's own and each field's `from`. */
export function sourceReading(plan: LinkagePlan, source: string): SourceReading {
  const declared = plan.spec.sources?.find((candidate) => candidate.name === source);
  const recordId = declared?.recordId ?? plan.spec.recordId ?? "id";
  return {
    recordId: compilePaths(recordId),
    fields: plan.fields.map((field) => {
      if (isPaths(field.from)) return compilePaths(field.from);
      const paths = Object.hasOwn(field.from, source)
        ? (field.from as Readonly<Record<string, RecordPaths>>)[source]
        : undefined;
      return paths === undefined ? undefined : compilePaths(paths);
    }),
  };
}
