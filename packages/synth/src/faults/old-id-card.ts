// Old ID card instead of the personal ID: the record identifies the person by the 9-digit people's
// ID card (CMND) and carries no personal identification number, as records made before the chip
// card do. Only record types with a place for the old card and an optional personal ID can show it
// without breaking their schema document (of the extracts: the civil-status death registration);
// elsewhere the personal ID is required or there is no place for the CMND, and the fault is not
// applicable. Applicable where the person has a CMND and the record carries both numbers.
import type { DraftFault } from "./fault.js";

export const oldIdCard: DraftFault = {
  name: "oldIdCard",
  applies: (draft) =>
    draft.legacyIdKey !== undefined &&
    draft.identifiers.has(draft.legacyIdKey) &&
    draft.identifiers.has("personalId"),
  apply(draft) {
    draft.identifiers.delete("personalId");
  },
};
