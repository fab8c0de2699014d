// Đủ: for each field of the document, the records where it is present and not empty.
import { formatPointer, getAt, parsePointer } from "./json-pointer.js";
import { isFilled } from "./presence.js";
import { labelAt, listFields, type SchemaNode } from "./schema-tree.js";
import type { FieldCompleteness, FieldGroupSummary, FieldLabel } from "./types.js";

interface TrackedField {
  readonly pointer: string;
  readonly segments: readonly string[];
  readonly label: FieldLabel | undefined;
  readonly required: boolean;
  readonly recommended: boolean;
  present: number;
}

export class CompletenessTally {
  readonly #fields: TrackedField[];
  #records = 0;

  constructor(root: SchemaNode, recommended: readonly string[]) {
    const wanted = new Set(recommended);
    this.#fields = listFields(root).map((field) => {
      const pointer = formatPointer(field.segments);
      return {
        pointer,
        segments: field.segments,
        label: field.label,
        required: field.required,
        recommended: wanted.has(pointer),
        present: 0,
      };
    });
    const listed = new Set(this.#fields.map((field) => field.pointer));
    for (const pointer of recommended) {
      const segments = parsePointer(pointer);
      if (!segments || segments.length === 0 || listed.has(pointer)) continue;
      listed.add(pointer);
      this.#fields.push({
        pointer,
        segments,
        label: labelAt(root, segments),
        required: false,
        recommended: true,
        present: 0,
      });
    }
  }

  /** Count one record (a payload that is not an object has no field). */
  add(payload: unknown): void {
    this.#records++;
    for (const field of this.#fields) {
      if (isFilled(getAt(payload, field.segments))) field.present++;
    }
  }

  fields(): FieldCompleteness[] {
    return this.#fields.map((field) => ({
      pointer: field.pointer,
      ...(field.label ? { label: field.label } : {}),
      required: field.required,
      recommended: field.recommended,
      present: field.present,
      share: this.#records > 0 ? field.present / this.#records : null,
    }));
  }
}

/** The mean share of a group of fields. */
export function summariseGroup(fields: readonly FieldCompleteness[]): FieldGroupSummary {
  const shares = fields.map((field) => field.share).filter((share) => share !== null);
  return {
    fields: fields.length,
    meanShare:
      shares.length > 0 ? shares.reduce((sum, share) => sum + share, 0) / shares.length : null,
  };
}
