// Every normaliser a spec can name. The spec's JSON Schema is built from this table, so a normaliser
// and its options are written down once.
import { adminUnit } from "./admin-unit-normaliser.js";
import { date, partialDate, unorderedDayMonth, year } from "./date-normalisers.js";
import {
  legacyIdCard,
  personalId,
  phone,
  socialInsuranceNumber,
} from "./identifier-normalisers.js";
import { nameKey, nameWords } from "./name-normalisers.js";
import type { NormaliserDefinition } from "./normaliser.js";
import { sex } from "./sex-normaliser.js";
import { digits, fold, prefix, text, trim } from "./text-normalisers.js";

/** The normalisers by name. */
export const NORMALISERS: Readonly<Record<string, NormaliserDefinition>> = Object.freeze(
  Object.fromEntries(
    [
      trim,
      text,
      fold,
      digits,
      prefix,
      nameKey,
      nameWords,
      date,
      partialDate,
      year,
      unorderedDayMonth,
      personalId,
      legacyIdCard,
      socialInsuranceNumber,
      phone,
      adminUnit,
      sex,
    ].map((definition) => [definition.name, definition]),
  ),
);

/** The names of every normaliser, in the order of the table. */
export const NORMALISER_NAMES: readonly string[] = Object.keys(NORMALISERS);
