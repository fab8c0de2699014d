// The faults applied to record drafts, in the order they are applied: name structure, then name
// text, then dates, address, phone, identifiers, timestamp. A fault is applicable or not on the
// draft as the faults before it left it (a name without diacritics has no tone to move).
import { droppedDiacritics } from "./dropped-diacritics.js";
import type { DraftFault } from "./fault.js";
import { missingIdentifier } from "./missing-identifier.js";
import { missingMiddleName } from "./missing-middle-name.js";
import { oldAddress } from "./old-address.js";
import { oldIdCard } from "./old-id-card.js";
import { oldPhone } from "./old-phone.js";
import { staleUpdatedAt } from "./stale-updated-at.js";
import { swappedDayMonth } from "./swapped-day-month.js";
import { swappedNameOrder } from "./swapped-name-order.js";
import { tonePlacement } from "./tone-placement.js";
import { typo } from "./typo.js";
import { yearOnlyDate } from "./year-only-date.js";

export const DRAFT_FAULTS: readonly DraftFault[] = [
  missingMiddleName,
  swappedNameOrder,
  typo,
  tonePlacement,
  droppedDiacritics,
  yearOnlyDate,
  swappedDayMonth,
  oldAddress,
  oldPhone,
  oldIdCard,
  missingIdentifier,
  staleUpdatedAt,
];
