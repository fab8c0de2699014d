// The options and the result of the data-quality report. The result is plain JSON: numbers,
// strings, booleans, arrays, objects and `null` — never a value taken from the records.
import type { PayloadValidator } from "../payload/payload-issue.js";

/** A JSON Schema document or sub-schema, as plain JSON. */
export type JsonSchemaObject = Readonly<Record<string, unknown>>;

/** A key for finding records of the same entity written twice, e.g. name + date of birth. */
export interface DuplicateKeySpec {
  /** Name shown in the report, e.g. `name+dateOfBirth`. */
  readonly name: string;
  /**
   * JSON Pointers of the fields the key is made of. A field whose last segment ends in `name`
   * (`fullName`, `givenName`…) is compared by `nameKey`; other strings by `normalizeVietnamese`
   * in lower case; other values by their canonical JSON. A record that lacks one of the fields has
   * no key.
   */
  readonly fields: readonly string[];
}

/** Options of {@link assessQuality}. */
export interface QualityOptions {
  /** The validator of the records' schema (a payload validator or anything with the same shape). */
  readonly validator: Pick<PayloadValidator, "validate" | "schemaId">;
  /** The schema document of the records: the source of the field list. */
  readonly document: JsonSchemaObject;
  /**
   * Resolves a `$ref` (an absolute `$id`) to its document, so that the field list reaches into the
   * common types (`PersonName`, `Address`…). Without it, a `$ref`'d property is one field.
   */
  readonly documents?: (id: string) => JsonSchemaObject | undefined;
  /** The time the report is made at: ages and codes in force are measured against it. Required, so that a report can be made again. */
  readonly now: Date | string;
  /** A record updated at most this many days before `now` is fresh. @default 365 */
  readonly freshnessDays?: number;
  /**
   * JSON Pointer of the update time in a record that is not a `RecordEnvelope`.
   * @default "/updatedAt"
   */
  readonly updatedAtPath?: string;
  /** JSON Pointers of fields that are optional in the schema but expected in this dataset. */
  readonly recommendedFields?: readonly string[];
  /**
   * Keys for near duplicates. Default: one key of the name (`nameKey` of the first `fullName`),
   * `/dateOfBirth` and `/personalId`, made of those that the document has (at least two).
   */
  readonly duplicateKeys?: readonly DuplicateKeySpec[];
  /** Longest lists in the report (issue codes, administrative codes, text fields). @default 20 */
  readonly top?: number;
}

/** A count and its share of a whole (`share` is `null` when the whole is 0). */
export interface Share {
  readonly count: number;
  readonly share: number | null;
}

/** One issue code and where it occurs. */
export interface IssueSummary {
  readonly code: string;
  /** Issues with this code (a record may have several). */
  readonly count: number;
  /** Records with at least one issue of this code. */
  readonly records: number;
  readonly errors: number;
  readonly warnings: number;
  /** Where the issues occur most: JSON Pointers with array indexes as `*`, most frequent first. */
  readonly paths: readonly { readonly path: string; readonly count: number }[];
}

/** Bilingual text from the schema annotations (`x-ndc-label-vi`, `title`). */
export interface FieldLabel {
  readonly vi: string;
  readonly en: string;
}

/** Completeness of one field. */
export interface FieldCompleteness {
  /** JSON Pointer of the field, e.g. `/birthName/fullName`. */
  readonly pointer: string;
  /** The labels of each step of the pointer, joined by ` › `; absent for a field the document does not describe. */
  readonly label?: FieldLabel;
  /** Required at every level from the root (a conditional requirement does not count). */
  readonly required: boolean;
  /** Listed in `recommendedFields`. */
  readonly recommended: boolean;
  /** Records where the field is present and not empty. */
  readonly present: number;
  /** `present` / all records. */
  readonly share: number | null;
}

/** The mean completeness of a group of fields. */
export interface FieldGroupSummary {
  readonly fields: number;
  /** Mean of the fields' shares; `null` when the group is empty or there are no records. */
  readonly meanShare: number | null;
}

/** A key for near duplicates and what it found. */
export interface KeyDuplicates {
  readonly name: string;
  readonly fields: readonly string[];
  /** Records that have every field of the key. */
  readonly keyed: number;
  /** Records beyond the first of each key value (exact duplicates included). */
  readonly duplicates: number;
  /** Key values shared by two records or more. */
  readonly groups: number;
}

/** Where non-canonical text occurs. */
export interface TextFieldSummary {
  /** JSON Pointer with array indexes as `*`. */
  readonly path: string;
  readonly count: number;
}

/** What the first unit a retired code went into on 2025-07-01. */
export interface SuccessorSummary {
  readonly code: string;
  /** `whole`: the old unit went entirely into it; `part`: it was split. */
  readonly kind: "whole" | "part";
  /** The successor's official name (public data), when the list has it. */
  readonly name?: string;
}

/** An administrative code that is not in force at `now`, or that no list knows. */
export interface AdministrativeCodeSummary {
  readonly code: string;
  readonly level: "province" | "district" | "commune";
  /** `retired`: a unit that ended before `now`; `unknown`: no unit of that level ever had it. */
  readonly status: "retired" | "unknown";
  /** The official name of the retired unit (public data). */
  readonly name?: string;
  /** The last day the retired unit was in force. */
  readonly validTo?: string;
  /** References to it. */
  readonly count: number;
  /** References dated (`asOf`) after the unit ended: the old code kept in use. */
  readonly usedAfterEnd: number;
  /** What `migrateAdministrativeUnit` gives (an empty list for a district: the level was abolished). */
  readonly successors: readonly SuccessorSummary[];
}

/** One bar of the age histogram: ages in whole days in `[fromDays, toDays)`. */
export interface AgeBucket {
  readonly fromDays: number;
  /** `null` for the last, open bucket. */
  readonly toDays: number | null;
  readonly count: number;
}

/** The report of {@link assessQuality}: plain JSON, with no value taken from the records. */
export interface QualityReport {
  /** Version of this report's format. */
  readonly reportVersion: string;
  /** `$id` of the schema the records were assessed against. */
  readonly schemaId: string;
  /** The time of the report (ISO 8601, UTC). */
  readonly now: string;
  /** The day `now` falls on in Vietnam (UTC+7): the date of "in force". */
  readonly today: string;
  /** The text-normalisation version used for canonical text and keys. */
  readonly normalizerVersion: string;
  /** The settings the report used. */
  readonly settings: {
    readonly freshnessDays: number;
    readonly updatedAtPath: string;
    readonly recommendedFields: readonly string[];
    readonly duplicateKeys: readonly DuplicateKeySpec[];
  };
  readonly records: {
    /** Records read. */
    readonly total: number;
    /** Records that came in a `RecordEnvelope` (`data` was assessed). */
    readonly envelopes: number;
    /** Envelopes whose `schema` is not the validator's `schemaId`. */
    readonly otherSchema: number;
    /** Records (or envelope data) that are not JSON objects. */
    readonly notObjects: number;
  };
  /** Scores 0–100 (one decimal); `null` when there are no records. */
  readonly scores: {
    readonly overall: number | null;
    readonly correct: number | null;
    readonly sufficient: number | null;
    readonly clean: number | null;
    readonly live: number | null;
  };
  /** Đúng: records that pass the validator, and the most frequent issues. */
  readonly correct: {
    readonly score: number | null;
    readonly valid: Share;
    readonly invalid: number;
    /** Records with warnings only. */
    readonly withWarnings: number;
    /** Different issue codes seen. */
    readonly issueCodes: number;
    /** The most frequent issue codes (at most `top`). */
    readonly topIssues: readonly IssueSummary[];
  };
  /** Đủ: completeness per field. */
  readonly sufficient: {
    readonly score: number | null;
    readonly required: FieldGroupSummary;
    readonly recommended: FieldGroupSummary;
    readonly optional: FieldGroupSummary;
    /** Every field, in document order (recommended fields the document lacks come last). */
    readonly fields: readonly FieldCompleteness[];
  };
  /** Sạch: duplicates, non-canonical text, administrative codes not in force. */
  readonly clean: {
    readonly score: number | null;
    readonly exactDuplicates: { readonly duplicates: number; readonly groups: number };
    readonly keyDuplicates: readonly KeyDuplicates[];
    /** The largest duplicate count of the exact and key checks: the records that repeat another. */
    readonly duplicateRecords: Share;
    readonly nonCanonicalText: {
      /** Records with at least one string that `normalizeVietnamese` changes. */
      readonly records: Share;
      /** Strings that `normalizeVietnamese` changes. */
      readonly values: number;
      /** Why (a string may have several reasons). */
      readonly reasons: {
        /** Not in Unicode NFC (decomposed letters, as some Mac and legacy systems send them). */
        readonly nfd: number;
        /** Double, leading, trailing or non-space white space, or invisible characters. */
        readonly whitespace: number;
        /** Tone marks on the old-style vowel ("Hòa" for "Hoà"). */
        readonly toneMarks: number;
      };
      readonly fields: readonly TextFieldSummary[];
    };
    readonly administrativeCodes: {
      /** Administrative unit references (`{ code, level, asOf }`) checked. */
      readonly checked: number;
      readonly retired: number;
      readonly unknown: number;
      /** Records with at least one retired or unknown code. */
      readonly records: Share;
      /** Distinct codes not in force (at most `top`, most frequent first). */
      readonly codes: readonly AdministrativeCodeSummary[];
    };
  };
  /** Sống: the age of the last update. */
  readonly live: {
    readonly score: number | null;
    readonly freshnessDays: number;
    /** Records with an update time. */
    readonly dated: number;
    /** Records without an update time, or with one that is not a date-time. */
    readonly undated: number;
    /** Records updated after `now` (bad clocks or bad data); not in the histogram. */
    readonly future: number;
    /** Records updated at most `freshnessDays` before `now`. */
    readonly fresh: Share;
    /** Median age in whole days of the dated records (future ones excluded). */
    readonly medianAgeDays: number | null;
    readonly oldestAgeDays: number | null;
    readonly histogram: readonly AgeBucket[];
  };
}
