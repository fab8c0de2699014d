// The faults an extract can carry and how often. Each rate is the probability that the fault is
// applied to a record where it is applicable (a record without a middle name cannot lose it), drawn
// independently for each record and fault.

/** The rate (0–1) of each fault, among the records where it is applicable. */
export interface FaultRates {
  /** Name written without diacritics ("Nguyễn Thị Hoà" → "Nguyen Thi Hoa"). */
  readonly droppedDiacritics: number;
  /** Name with the other tone-mark placement in oa/oe/uy ("Hoà" ↔ "Hòa", "Thuỷ" ↔ "Thủy"). */
  readonly tonePlacement: number;
  /** Every text of the record in Unicode NFD (decomposed) instead of NFC. */
  readonly nfdText: number;
  /** One character of a name substituted (keyboard neighbour), transposed or deleted. */
  readonly typo: number;
  /** Family and given name swapped ("Nguyễn Văn An" → "An Văn Nguyễn"). */
  readonly swappedNameOrder: number;
  /** The middle name left out ("Nguyễn Văn An" → "Nguyễn An"). */
  readonly missingMiddleName: number;
  /** Day and month of the date of birth swapped (only where the day is 12 or less). */
  readonly swappedDayMonth: number;
  /** Only the year of the date of birth. */
  readonly yearOnlyDate: number;
  /** The pre-2025 three-level address (district, old codes) in a record dated after 2025-07-01. */
  readonly oldAddress: number;
  /** The pre-2018 11-digit mobile number instead of the current one. */
  readonly oldPhone: number;
  /** The old 9-digit ID card (CMND) and no personal identification number. */
  readonly oldIdCard: number;
  /** One optional identifier left out. */
  readonly missingIdentifier: number;
  /** A second record of the same person under another record id (counted on the duplicate). */
  readonly duplicate: number;
  /** `updatedAt` two to eight years older than the record's real last update. */
  readonly staleUpdatedAt: number;
}

/** The name of a fault. */
export type FaultName = keyof FaultRates;

/** Every fault, in the order they are applied to a record (NFD after rendering, duplicates last). */
export const FAULT_NAMES: readonly FaultName[] = [
  "missingMiddleName",
  "swappedNameOrder",
  "typo",
  "tonePlacement",
  "droppedDiacritics",
  "yearOnlyDate",
  "swappedDayMonth",
  "oldAddress",
  "oldPhone",
  "oldIdCard",
  "missingIdentifier",
  "staleUpdatedAt",
  "nfdText",
  "duplicate",
];

/**
 * Realistic small rates (project estimates, not measurements of real databases): the default of
 * `extract`.
 */
export const DEFAULT_FAULTS: Readonly<FaultRates> = Object.freeze({
  droppedDiacritics: 0.05,
  tonePlacement: 0.1,
  nfdText: 0.03,
  typo: 0.03,
  swappedNameOrder: 0.02,
  missingMiddleName: 0.04,
  swappedDayMonth: 0.02,
  yearOnlyDate: 0.03,
  oldAddress: 0.08,
  oldPhone: 0.1,
  oldIdCard: 0.1,
  missingIdentifier: 0.05,
  duplicate: 0.02,
  staleUpdatedAt: 0.05,
});

/** Every rate 0: a clean extract, whose records all validate against their schema documents. */
export const NO_FAULTS: Readonly<FaultRates> = Object.freeze(
  Object.fromEntries(FAULT_NAMES.map((name) => [name, 0])) as unknown as FaultRates,
);

/**
 * The full set of rates: `DEFAULT_FAULTS` overridden by the given ones (pass `NO_FAULTS`, or spread
 * it, to start from none). Throws a `RangeError` for a rate outside [0, 1] and a `TypeError` for an
 * unknown fault name.
 */
export function resolveFaultRates(rates: Partial<FaultRates> = {}): FaultRates {
  const resolved: Record<string, number> = { ...DEFAULT_FAULTS };
  for (const [name, rate] of Object.entries(rates)) {
    if (!Object.hasOwn(DEFAULT_FAULTS, name)) throw new TypeError(`Unknown fault: ${name}`);
    if (rate === undefined) continue;
    if (typeof rate !== "number" || !(rate >= 0 && rate <= 1))
      throw new RangeError(`The rate of ${name} must be a number from 0 to 1, got ${String(rate)}`);
    resolved[name] = rate;
  }
  return resolved as unknown as FaultRates;
}
