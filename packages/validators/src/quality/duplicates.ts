// Sạch: exact duplicates (same canonical JSON) and near duplicates (same normalised key). Only
// 128-bit hashes are kept, one per distinct record or key, with a count.
import { nameKey } from "../text/name-key.js";
import { normalizeVietnamese } from "../text/normalize-vietnamese.js";
import { canonicalJson } from "./canonical-json.js";
import { hash128Key } from "./hash128.js";
import { formatPointer, getAt, parsePointer } from "./json-pointer.js";
import { isFilled } from "./presence.js";
import type { SchemaNode } from "./schema-tree.js";
import type { DuplicateKeySpec, KeyDuplicates } from "./types.js";

/** Counts repeats of hashed values: records beyond the first of each value, and repeated values. */
class RepeatCounter {
  readonly #seen = new Map<string, number>();
  duplicates = 0;
  groups = 0;

  add(hash: string): boolean {
    const count = this.#seen.get(hash) ?? 0;
    this.#seen.set(hash, count + 1);
    if (count === 0) return false;
    this.duplicates++;
    if (count === 1) this.groups++;
    return true;
  }
}

/** The comparison form of one key field's value. */
function keyPart(segments: readonly string[], value: unknown): string {
  if (typeof value !== "string") return canonicalJson(value);
  const last = segments[segments.length - 1] ?? "";
  if (/name$/i.test(last)) {
    const key = nameKey(value);
    if (key !== "") return key;
  }
  return normalizeVietnamese(value, { case: "lower" });
}

interface TrackedKey {
  readonly spec: DuplicateKeySpec;
  readonly segments: readonly (readonly string[])[];
  readonly counter: RepeatCounter;
  keyed: number;
}

export class DuplicateTally {
  readonly #exact = new RepeatCounter();
  readonly #keys: TrackedKey[];

  constructor(specs: readonly DuplicateKeySpec[]) {
    this.#keys = specs.map((spec) => ({
      spec,
      segments: spec.fields.map((field) => parsePointer(field) ?? []),
      counter: new RepeatCounter(),
      keyed: 0,
    }));
  }

  /** Count one payload; whether it repeats an earlier one exactly. */
  add(payload: unknown): void {
    this.#exact.add(hash128Key(canonicalJson(payload)));
    for (const key of this.#keys) {
      const parts: string[] = [];
      for (const segments of key.segments) {
        const value = getAt(payload, segments);
        if (!isFilled(value)) break;
        parts.push(keyPart(segments, value));
      }
      if (parts.length !== key.segments.length || parts.length === 0) continue;
      key.keyed++;
      key.counter.add(hash128Key(JSON.stringify(parts)));
    }
  }

  get exact(): { duplicates: number; groups: number } {
    return { duplicates: this.#exact.duplicates, groups: this.#exact.groups };
  }

  keys(): KeyDuplicates[] {
    return this.#keys.map((key) => ({
      name: key.spec.name,
      fields: [...key.spec.fields],
      keyed: key.keyed,
      duplicates: key.counter.duplicates,
      groups: key.counter.groups,
    }));
  }
}

/**
 * The default near-duplicate key: the name (the first `fullName` leaf at the root or one level
 * down), `/dateOfBirth` and `/personalId`, of those the document has — when it has two or more.
 */
export function defaultDuplicateKeys(root: SchemaNode): DuplicateKeySpec[] {
  const properties = root.properties;
  if (!properties) return [];
  const fields: { part: string; pointer: string }[] = [];
  const nameField = properties.get("fullName");
  if (nameField && !nameField.properties && !nameField.isArray) {
    fields.push({ part: "name", pointer: "/fullName" });
  } else {
    for (const [name, child] of properties) {
      const inner = child.isArray ? undefined : child.properties?.get("fullName");
      if (inner && !inner.properties && !inner.isArray) {
        fields.push({ part: "name", pointer: formatPointer([name, "fullName"]) });
        break;
      }
    }
  }
  for (const name of ["dateOfBirth", "personalId"]) {
    const child = properties.get(name);
    if (child && !child.isArray) fields.push({ part: name, pointer: `/${name}` });
  }
  if (fields.length < 2) return [];
  return [
    { name: fields.map((field) => field.part).join("+"), fields: fields.map((f) => f.pointer) },
  ];
}
