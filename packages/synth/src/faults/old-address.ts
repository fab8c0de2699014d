// Old address: a record dated after the 2025 reorganisation still holding the person's address in
// its pre-2025 three-level form — district, old commune and old province codes, `asOf` before
// 2025-07-01 — as records not updated since do (the codes are reused by new units, so an old code
// read today can point elsewhere). Applicable where the record writes the current two-level address
// of a residence the person already had before 2025-07-01.
import { REORGANISATION_DATE } from "../extract/dates.js";
import type { DraftFault } from "./fault.js";

export const oldAddress: DraftFault = {
  name: "oldAddress",
  applies: (draft) =>
    draft.address === "current" && draft.person.residence.since < REORGANISATION_DATE,
  apply(draft) {
    draft.address = "legacy";
  },
};
