// Which raw values a field's first normaliser takes: the same test as NormalisedSource's (which
// keeps it private); a value it does not take is missing for that record and counted.
import type { NormaliserInput } from "../normalise/normaliser.js";

/** Whether a normaliser that accepts `input` takes `value`. */
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
