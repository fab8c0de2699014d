// Name normalisers: the name key of @ndcvn/validators (folded, lower case, one space; optionally
// without the middle name, with northern and southern family-name forms as one, or keeping
// diacritics), and the same words in sorted order for names written family-name last.
import type { JsonSchema } from "../spec/json-schema.js";
import { fastNameKey, type NameKeyOptions, sortedNameWords } from "./name-key.js";
import type { NormaliserDefinition } from "./normaliser.js";

const FLAG = (description: string): JsonSchema => ({ type: "boolean", description });

const KEY_OPTIONS = {
  familyNameVariants: FLAG("Huỳnh as Hoàng and Võ as Vũ in the family name. Default false."),
  keepDiacritics: FLAG("Keep diacritics (tone placement still canonical). Default false."),
};

function keyOptions(options: Readonly<Record<string, unknown>>): NameKeyOptions {
  return {
    familyNameVariants: options.familyNameVariants === true,
    dropMiddleName: options.dropMiddleName === true,
    keepDiacritics: options.keepDiacritics === true,
  };
}

export const nameKey: NormaliserDefinition = {
  name: "nameKey",
  summary:
    "The name key of a full name (nameKey of @ndcvn/validators): diacritics folded, lower case, one space (`Nguyễn  Thị Hoà` → `nguyen thi hoa`).",
  accepts: "string",
  options: {
    ...KEY_OPTIONS,
    dropMiddleName: FLAG(
      "Leave out the middle name(s): `Nguyễn Thị Thu Hà` → `nguyen ha`. Default false.",
    ),
  },
  costly: true,
  create: (options) => {
    const settings = keyOptions(options);
    return (value) => {
      if (typeof value !== "string") return undefined;
      const key = fastNameKey(value, settings);
      return key === "" ? undefined : key;
    };
  },
};

export const nameWords: NormaliserDefinition = {
  name: "nameWords",
  summary:
    "The words of the name key in sorted order, so that `Nguyễn Văn An` and `An Văn Nguyễn` agree.",
  accepts: "string",
  options: KEY_OPTIONS,
  costly: true,
  create: (options) => {
    const settings = keyOptions(options);
    return (value) => {
      if (typeof value !== "string") return undefined;
      const key = sortedNameWords(value, settings);
      return key === "" ? undefined : key;
    };
  },
};
