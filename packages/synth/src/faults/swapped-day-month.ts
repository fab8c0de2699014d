// Swapped day and month: a date read in the other order (14/03 vs 03/14). Only dates whose day is
// 12 or less can be read both ways and stay real dates, and the day must differ from the month, so
// the fault applies there and the result is always a valid date.
import type { DraftFault } from "./fault.js";

export function swapDayMonth(date: string): string | undefined {
  if (date.length !== 10) return undefined;
  const month = date.slice(5, 7);
  const day = date.slice(8, 10);
  if (day === month || Number(day) > 12) return undefined;
  return `${date.slice(0, 4)}-${day}-${month}`;
}

export const swappedDayMonth: DraftFault = {
  name: "swappedDayMonth",
  applies: (draft) => swapDayMonth(draft.dateOfBirth) !== undefined,
  apply(draft) {
    draft.dateOfBirth = swapDayMonth(draft.dateOfBirth) ?? draft.dateOfBirth;
  },
};
