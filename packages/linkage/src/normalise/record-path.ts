// Reading values from records by dotted path. A path that runs into anything but an object or array
// gives no value. Spec paths never name `__proto__`, `prototype` or `constructor`, and a function is
// never a value, so what an object inherits (its methods) is never read.
import type { RecordPaths } from "../spec/spec.js";

/** A path split into its segments. */
export type CompiledPath = readonly string[];

/** Candidate paths, each split into segments. */
export function compilePaths(paths: RecordPaths): CompiledPath[] {
  const list = typeof paths === "string" ? [paths] : paths;
  return list.map((path) => path.split("."));
}

/** The value at a path, or `undefined`. */
export function readPath(record: unknown, path: CompiledPath): unknown {
  let value = record;
  for (let k = 0; k < path.length; k++) {
    if (typeof value !== "object" || value === null) return undefined;
    value = (value as Record<string, unknown>)[path[k] as string];
  }
  return typeof value === "function" ? undefined : value;
}

/** The value of the first candidate path that holds one (neither `undefined` nor `null`). */
export function readFirst(record: unknown, paths: readonly CompiledPath[]): unknown {
  for (const path of paths) {
    const value = readPath(record, path);
    if (value !== undefined && value !== null) return value;
  }
  return undefined;
}
