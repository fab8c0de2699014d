// Missing identifier: one optional identifier of the record left out (the personal ID where it is
// optional, the old ID card, the health-insurance card code, the old tax code, the learner id…,
// as each record type lists them). Required identifiers are never removed. Applicable where the
// record carries an optional identifier.
import type { DraftFault } from "./fault.js";

export const missingIdentifier: DraftFault = {
  name: "missingIdentifier",
  applies: (draft) => draft.identifiers.size > 0,
  apply(draft, random) {
    draft.identifiers.delete(random.pick([...draft.identifiers]));
  },
};
