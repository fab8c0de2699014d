// Writing a draft name as a `common/PersonName`.
import type { PersonName } from "@ndcvn/schemas";
import type { DraftName } from "./draft.js";

/** The full name: family name, middle name, given name, separated by spaces. */
export function fullNameOf(name: DraftName): string {
  return [name.familyName, name.middleName, name.givenName]
    .filter((part) => part !== undefined && part !== "")
    .join(" ");
}

/** The name with its parts (`parts`) or as the full name only (`full`, as some databases keep it). */
export function personName(name: DraftName, style: "parts" | "full"): PersonName {
  const fullName = fullNameOf(name);
  if (style === "full") return { fullName };
  return {
    fullName,
    familyName: name.familyName,
    ...(name.middleName !== undefined && name.middleName !== ""
      ? { middleName: name.middleName }
      : {}),
    givenName: name.givenName,
  };
}

/** The draft name of a person's name parts. */
export function draftNameOf(name: {
  readonly familyName: string;
  readonly middleName?: string;
  readonly givenName: string;
}): DraftName {
  return name.middleName !== undefined && name.middleName !== ""
    ? { familyName: name.familyName, middleName: name.middleName, givenName: name.givenName }
    : { familyName: name.familyName, givenName: name.givenName };
}
