// Family/given order swapped: the family name entered as the given name and the reverse, as in
// systems that expect the Western order ("Nguyễn Văn An" → "An Văn Nguyễn"). Applicable where the
// two differ.
import type { DraftFault } from "./fault.js";

export const swappedNameOrder: DraftFault = {
  name: "swappedNameOrder",
  applies: (draft) => draft.name.familyName !== draft.name.givenName,
  apply(draft) {
    const { familyName, givenName } = draft.name;
    draft.name = { ...draft.name, familyName: givenName, givenName: familyName };
  },
};
