// Year-only date: the date of birth reduced to its year ("1987-03-14" → "1987"), as old registers
// and forms with only a year of birth hold it — a valid partial date in every schema document.
// Applicable where the record has a full date of birth.
import type { DraftFault } from "./fault.js";

export const yearOnlyDate: DraftFault = {
  name: "yearOnlyDate",
  applies: (draft) => draft.dateOfBirth.length === 10,
  apply(draft) {
    draft.dateOfBirth = draft.dateOfBirth.slice(0, 4);
  },
};
