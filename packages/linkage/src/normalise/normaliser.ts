// The shape of a normaliser: a named, deterministic function from a raw value to the string that
// keys compare, with the JSON Schema of its options (from which the spec's schema is built).
import type { JsonSchema } from "../spec/json-schema.js";

/** What the first normaliser of a field accepts as the raw value read from a record. */
export type NormaliserInput = "string" | "string-or-number" | "admin-unit";

/** A normalised value, or `undefined` when the value is missing or cannot be read. */
export type Normalise = (value: string | number | object) => string | undefined;

/** A normaliser that a spec can name. */
export interface NormaliserDefinition {
  readonly name: string;
  /** One sentence: what the output is. */
  readonly summary: string;
  /** What it accepts as a raw value; after the first step every normaliser receives a string. */
  readonly accepts: NormaliserInput;
  /** The JSON Schema of each option. */
  readonly options: Readonly<Record<string, JsonSchema>>;
  /** Options that must be given. */
  readonly requiredOptions?: readonly string[];
  /**
   * Expensive enough to be computed only for records that reach a pass needing it (names, free
   * text, phone numbers). Only a matter of speed: the value is the same either way.
   */
  readonly costly: boolean;
  /** The function, with its options (already validated against `options`). */
  create(options: Readonly<Record<string, unknown>>): Normalise;
}

/**
 * Whether a normaliser that reads `input` takes the raw value `value`; a value it does not take is
 * missing for that record and counted (`inputs.wrongType`). Every engine reads records this way.
 */
export function acceptsRaw(input: NormaliserInput, value: unknown): boolean {
  switch (input) {
    case "string":
      return typeof value === "string";
    case "string-or-number":
      return typeof value === "string" || (typeof value === "number" && Number.isFinite(value));
    case "admin-unit":
      return (
        typeof value === "string" ||
        (typeof value === "object" && value !== null && !Array.isArray(value))
      );
  }
}
