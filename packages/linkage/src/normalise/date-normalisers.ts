// Date normalisers: the full date, the date as far as it is known, the year, and the date with day
// and month in either order (for the swap of day and month, which only dates with a day of 12 or
// less can suffer).
import type { JsonSchema } from "../spec/json-schema.js";
import { type DayMonthOrder, formatDate, isIsoDay, parseDate } from "./calendar-date.js";
import type { NormaliserDefinition } from "./normaliser.js";

const ORDER_OPTION: JsonSchema = {
  enum: ["dmy", "mdy"],
  description:
    "How `a/b/yyyy` is read: day first (`dmy`, the Vietnamese way) or month first (`mdy`). Default `dmy`.",
};

const orderOf = (options: Readonly<Record<string, unknown>>): DayMonthOrder =>
  options.order === "mdy" ? "mdy" : "dmy";

export const date: NormaliserDefinition = {
  name: "date",
  summary:
    "The full date as `YYYY-MM-DD`; a date known only to the month or year is missing for this normaliser.",
  accepts: "string-or-number",
  options: { order: ORDER_OPTION },
  costly: false,
  create: (options) => {
    const order = orderOf(options);
    return (value) => {
      if (typeof value === "string" && isIsoDay(value)) return value;
      const parts = parseDate(value, order);
      return parts?.day === undefined ? undefined : formatDate(parts);
    };
  },
};

export const partialDate: NormaliserDefinition = {
  name: "partialDate",
  summary: "The date as far as it is known: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.",
  accepts: "string-or-number",
  options: { order: ORDER_OPTION },
  costly: false,
  create: (options) => {
    const order = orderOf(options);
    return (value) => {
      const parts = parseDate(value, order);
      return parts === undefined ? undefined : formatDate(parts);
    };
  },
};

export const year: NormaliserDefinition = {
  name: "year",
  summary: "The year `YYYY` of a full or partial date.",
  accepts: "string-or-number",
  options: { order: ORDER_OPTION },
  costly: false,
  create: (options) => {
    const order = orderOf(options);
    return (value) => {
      if (typeof value === "string" && isIsoDay(value)) return value.slice(0, 4);
      const parts = parseDate(value, order);
      return parts === undefined ? undefined : formatDate({ year: parts.year });
    };
  },
};

export const unorderedDayMonth: NormaliserDefinition = {
  name: "unorderedDayMonth",
  summary:
    "A full date with its day and month written smaller first when both are 12 or less (`1990-12-05` and `1990-05-12` both give `1990-05-12`), so that a date and its day/month swap agree; other dates as `YYYY-MM-DD`. A key, not a date.",
  accepts: "string-or-number",
  options: { order: ORDER_OPTION },
  costly: false,
  create: (options) => {
    const order = orderOf(options);
    return (value) => {
      const parts = parseDate(value, order);
      if (parts?.day === undefined || parts.month === undefined) return undefined;
      if (parts.day > 12) return formatDate(parts);
      const low = Math.min(parts.day, parts.month);
      const high = Math.max(parts.day, parts.month);
      return formatDate({ year: parts.year, month: low, day: high });
    };
  },
};
