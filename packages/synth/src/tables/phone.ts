// Mobile numbers. Numbering plan: the 10-digit mobile prefixes in use (Ministry of Information and
// Communications' numbering plan; FACTS §6, H/M) and the 2018 conversion of 11-digit numbers
// (`01xx` → `0xx`, the subscriber digits unchanged, the same table as
// @ndcvn/validators' phone-renumbering-2018.ts; H/M).
//
// The prefixes are split into ten groups, one for each leading digit of a permuted person index:
// a current prefix belongs to one group only, and the remaining seven digits of the permuted index
// are the subscriber number, so no two persons share a number. Each group mixes prefixes that were
// 10-digit before 2018 with converted ranges, weighted so that about 30 % of phone holders have a
// number converted in 2018 (their `before2018` form exists). Operator market shares (Viettel about
// half, VinaPhone and MobiFone a fifth each) are L.

/**
 * One prefix: current 3-digit prefix (national, with the 0), the pre-2018 4-digit prefix if it was
 * converted, weight within its group, and, for prefixes only partly allocated, the allowed first
 * subscriber digits (the numbering plan as libphonenumber-js "max" metadata has it: 089 only
 * 0896–0899, 099 not 0992; H for the metadata). A number whose subscriber digits fall outside takes
 * the first unrestricted prefix of its group instead.
 */
export interface MobilePrefix {
  readonly current: string;
  readonly before2018?: string;
  readonly weight: number;
  readonly firstDigits?: string;
}

export const MOBILE_PREFIX_GROUPS: readonly (readonly MobilePrefix[])[] = [
  // Viettel
  [
    { current: "086", weight: 5 },
    { current: "032", before2018: "0162", weight: 4 },
  ],
  [
    { current: "096", weight: 5 },
    { current: "033", before2018: "0163", weight: 4 },
  ],
  [
    { current: "097", weight: 5 },
    { current: "034", before2018: "0164", weight: 2 },
    { current: "035", before2018: "0165", weight: 2 },
  ],
  [
    { current: "098", weight: 5 },
    { current: "036", before2018: "0166", weight: 2 },
    { current: "037", before2018: "0167", weight: 2 },
  ],
  [
    { current: "038", before2018: "0168", weight: 2 },
    { current: "039", before2018: "0169", weight: 2 },
    // Post-2018 subscriptions in the same range have no old form: see NEW_IN_CONVERTED_RANGE.
  ],
  // MobiFone
  [
    { current: "090", weight: 3 },
    { current: "093", weight: 2 },
    { current: "070", before2018: "0120", weight: 2 },
    { current: "079", before2018: "0121", weight: 2 },
  ],
  [
    { current: "089", weight: 4, firstDigits: "6789" },
    { current: "077", before2018: "0122", weight: 2 },
    { current: "076", before2018: "0126", weight: 1 },
    { current: "078", before2018: "0128", weight: 2 },
  ],
  // VinaPhone
  [
    { current: "091", weight: 3 },
    { current: "094", weight: 2 },
    { current: "083", before2018: "0123", weight: 2 },
    { current: "084", before2018: "0124", weight: 2 },
  ],
  [
    { current: "088", weight: 4 },
    { current: "085", before2018: "0125", weight: 2 },
    { current: "081", before2018: "0127", weight: 1 },
    { current: "082", before2018: "0129", weight: 1 },
  ],
  // Vietnamobile and Gmobile
  [
    { current: "092", weight: 3 },
    { current: "056", before2018: "0186", weight: 2 },
    { current: "058", before2018: "0188", weight: 2 },
    { current: "099", weight: 1, firstDigits: "013456789" },
    { current: "059", before2018: "0199", weight: 1 },
  ],
];

/**
 * Share of numbers in a converted range that were subscribed after the 2018 conversion (no old
 * 11-digit form), among people who could have had one before. L.
 */
export const NEW_IN_CONVERTED_RANGE = 0.38;

/** The conversion took effect from 2018-09-15; people born after 2004 got their number after it. M. */
export const CONVERSION_DATE = "2018-09-15";
export const LAST_BIRTH_YEAR_WITH_OLD_NUMBER = 2004;

/** Share of people with a mobile number, by age. L (mobile subscriptions ≈ 1.3 per adult; GSO ICT survey). */
export const PHONE_OWNERSHIP: readonly (readonly [number, number])[] = [
  [12, 0],
  [15, 0.4],
  [18, 0.8],
  [70, 0.96],
  [80, 0.8],
  [200, 0.55],
];
