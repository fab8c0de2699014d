// "Present and not empty": what a field must be to count as filled in.

const MAX_DEPTH = 64;

/**
 * Whether a value counts as filled in: not `undefined` or `null`, not a blank string, and for
 * arrays and objects at least one filled-in item or property.
 */
export function isFilled(value: unknown, depth = 0): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === "string") return value.trim() !== "";
  if (typeof value !== "object") return true;
  if (depth >= MAX_DEPTH) return true;
  if (Array.isArray(value)) return value.some((item) => isFilled(item, depth + 1));
  const record = value as Readonly<Record<string, unknown>>;
  return Object.keys(record).some((key) => isFilled(record[key], depth + 1));
}
