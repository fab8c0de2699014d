// The linkage spec: what a steward writes (JSON) to say how records are compared. The JSON Schema of
// this shape is `linkageSpecSchema` (spec-schema.ts); `validateSpec` checks both.

/** The version of the spec format this package reads. */
export const SPEC_VERSION = 1;

/**
 * A dotted path into a record (`envelope.data.birthName.fullName`); a segment of digits indexes an
 * array (`contacts.0.value`).
 */
export type RecordPath = string;

/** One path, or candidate paths tried in order: the first one that holds a value is used. */
export type RecordPaths = RecordPath | readonly RecordPath[];

/**
 * Where a field's value is read: paths for every source, or per source name. A source that the
 * object does not name has no value for the field.
 */
export type FieldSource = RecordPaths | Readonly<Record<string, RecordPaths>>;

/** A normaliser by name, or by name with its options (`{ "name": "nameKey", "dropMiddleName": true }`). */
export type NormaliserStep = string | { readonly name: string; readonly [option: string]: unknown };

/** A named field: where it is read and how it is normalised. */
export interface FieldSpec {
  readonly from: FieldSource;
  /** Normalisers applied in order. @default ["trim"] */
  readonly normalise?: readonly NormaliserStep[];
  readonly description?: string;
}

/** One pass: an exact-match key over normalised fields. */
export interface PassSpec {
  /** Unique name, reported on every link the pass makes. */
  readonly name: string;
  /** The fields whose normalised values make the key, in order. */
  readonly key: readonly string[];
  /** Overrides the spec's `maxKeyFrequency` for this pass. */
  readonly maxKeyFrequency?: number;
  readonly description?: string;
}

/** A veto: two records are never linked when the rule holds for them. */
export interface VetoSpec {
  readonly name: string;
  /** The field compared. */
  readonly field: string;
  /** `differ`: both records have the field and its normalised values differ. */
  readonly rule: "differ";
  /** The passes the veto applies to, by name. @default every pass */
  readonly passes?: readonly string[];
  readonly description?: string;
}

/** A source: a named set of records, and where its record ids are. */
export interface SourceSpec {
  readonly name: string;
  /** Where each record's id is. @default the spec's `recordId` */
  readonly recordId?: RecordPaths;
  readonly description?: string;
}

/** A linkage spec (version 1). */
export interface LinkageSpec {
  readonly specVersion: 1;
  readonly description?: string;
  /**
   * The sources, in order: `link` reads the first as left and the second as right; `dedupe` the
   * first. Without sources, `link` calls them `left` and `right`, `dedupe` `records`, and `linkMany`
   * uses the names it is given.
   */
  readonly sources?: readonly SourceSpec[];
  /** Where each record's id is, for sources without their own. @default "id" */
  readonly recordId?: RecordPaths;
  readonly fields: Readonly<Record<string, FieldSpec>>;
  readonly passes: readonly PassSpec[];
  readonly vetoes?: readonly VetoSpec[];
  /** Keys shared by more than this many records are reported and not used. @default no limit */
  readonly maxKeyFrequency?: number;
}
