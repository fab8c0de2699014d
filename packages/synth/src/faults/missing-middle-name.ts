// Missing middle name: the record keeps the family and given name only ("Nguyễn Văn An" →
// "Nguyễn An"), as forms with two name boxes do. Applicable where the name has a middle name.
import type { DraftFault } from "./fault.js";

export const missingMiddleName: DraftFault = {
  name: "missingMiddleName",
  applies: (draft) => draft.name.middleName !== undefined,
  apply(draft) {
    draft.name = { familyName: draft.name.familyName, givenName: draft.name.givenName };
  },
};
