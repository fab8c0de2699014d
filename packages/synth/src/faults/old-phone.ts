// Old phone number: the 11-digit mobile number from before the 2018 renumbering (0166… for what is
// now 036…), in E.164 form (`+841662345678`), as records not updated since hold it. It is a valid
// phone number for the validators (mapped to the new one, with a warning). Applicable where the
// record holds the person's mobile number and that number was renumbered in 2018.
import type { DraftFault } from "./fault.js";

export const oldPhone: DraftFault = {
  name: "oldPhone",
  applies: (draft) => draft.phone === "current" && draft.person.phone?.before2018 !== undefined,
  apply(draft) {
    draft.phone = "before2018";
  },
};
