// Dropped diacritics: the name typed or stored without tone marks, circumflex, breve, horn and with
// đ as d, as ASCII-only systems and keyboards without Vietnamese input write it.
// Applicable where the name has a diacritic.
import { foldDiacritics } from "@ndcvn/validators";
import type { DraftFault } from "./fault.js";
import { changesName, mapNameParts } from "./name-parts.js";

export const droppedDiacritics: DraftFault = {
  name: "droppedDiacritics",
  applies: (draft) => changesName(draft.name, foldDiacritics),
  apply(draft) {
    draft.name = mapNameParts(draft.name, foldDiacritics);
  },
};
