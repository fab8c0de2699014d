// Changing every part of a draft name with one text function.
import type { DraftName } from "../extract/draft.js";

/** The name with each part mapped by `change`. */
export function mapNameParts(name: DraftName, change: (part: string) => string): DraftName {
  const out: DraftName = { familyName: change(name.familyName), givenName: change(name.givenName) };
  if (name.middleName !== undefined) out.middleName = change(name.middleName);
  return out;
}

/** Whether `change` alters some part of the name. */
export function changesName(name: DraftName, change: (part: string) => string): boolean {
  return (
    change(name.familyName) !== name.familyName ||
    change(name.givenName) !== name.givenName ||
    (name.middleName !== undefined && change(name.middleName) !== name.middleName)
  );
}
