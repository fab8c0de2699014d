// Tuned specs ready to use.
import type { LinkageSpec } from "../spec/spec.js";
import { vietnamesePerson } from "./vietnamese-person.js";

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null) {
    for (const item of Object.values(value)) deepFreeze(item);
    Object.freeze(value);
  }
  return value;
}

/**
 * Specs ready to use (frozen; copy one to change it). `vietnamesePerson` links Vietnamese person
 * records of any national database: personal ID; CMND and date of birth; social insurance number
 * and date of birth; full name, date of birth, sex and birth province; full name, date of birth and
 * commune; then the same with one field dropped, names without middle name or in another order,
 * swapped day and month, and year-only births with more fields.
 *
 * @example
 * ```ts
 * import { link, presets } from "@ndcvn/linkage";
 * const result = await link(citizens, insuranceRecords, presets.vietnamesePerson);
 * console.log(result.passes.map((pass) => `${pass.name}: ${pass.links}`));
 * ```
 */
export const presets: { readonly vietnamesePerson: LinkageSpec } = deepFreeze({ vietnamesePerson });
