// Education: the highest level completed, codes of the `education-levels` list.
//
// Source: Viet Nam Population and Housing Census 2019, educational attainment and professional
// qualification of the population aged 15 and over (e.g. 2019: about 5 % never attended school;
// university and above ≈ 9 % of those 15+, most of them born after 1975). The per-cohort shares
// below are approximate reconstructions (L): they follow the census' rise of attainment from the
// oldest to the youngest cohorts, rounded. Urban residents (wards) draw higher, ethnic minorities
// of the northern mountains and Central Highlands lower (census differentials, L for the size).

/** Levels in order of attainment (the order the draws rely on). */
export const ATTAINMENT_LEVELS = [
  "none",
  "primary",
  "lower-secondary",
  "upper-secondary",
  "vocational-elementary",
  "vocational-intermediate",
  "college",
  "university",
  "master",
  "doctorate",
] as const;

export type AttainmentLevel = (typeof ATTAINMENT_LEVELS)[number];

/**
 * Lifetime attainment by birth decade (index: 0 before 1950, 1 the 1950s … 5 the 1990s, 6 from
 * 2000), percent per level in ATTAINMENT_LEVELS order.
 */
export const ATTAINMENT_BY_DECADE: readonly (readonly number[])[] = [
  [25, 40, 20, 7, 2, 3, 1, 2, 0, 0],
  [12, 33, 30, 11, 3, 5, 2, 4, 0.2, 0.05],
  [7, 25, 35, 15, 4, 5, 2.5, 6, 0.4, 0.1],
  [5, 20, 33, 18, 5, 5, 3, 10, 0.8, 0.15],
  [3, 15, 28, 22, 5, 6, 4, 15, 1.5, 0.15],
  [2, 9, 24, 28, 5, 6, 5, 19, 1.5, 0.1],
  [1.5, 5, 20, 35, 5, 6, 5, 21, 1.2, 0.1],
];

/** Exponents applied to the uniform draw: below 1 pushes towards higher levels. L. */
export const ATTAINMENT_SKEW = { urban: 0.75, minorityRemote: 1.6, default: 1 } as const;

/**
 * The youngest age at which each level can have been completed (Law on Education 43/2019/QH14:
 * primary from 6 for 5 years, lower secondary 4 years, upper secondary 3 years; vocational and
 * higher levels after that). H for the school ages, M for the higher levels.
 */
export const COMPLETION_AGE: Readonly<Record<AttainmentLevel, number>> = {
  none: 0,
  primary: 11,
  "lower-secondary": 15,
  "upper-secondary": 18,
  "vocational-elementary": 19,
  "vocational-intermediate": 20,
  college: 21,
  university: 22,
  master: 24,
  doctorate: 28,
};

/** Levels of young children, by age: under 3 none, 3–5 nursery completed, 6–10 kindergarten completed. */
export const EARLY_CHILDHOOD = { nurseryFrom: 3, kindergartenFrom: 6 } as const;

/** Age at which people with each level start working (first job), min and max. L. */
export const WORK_START_AGE: Readonly<Record<AttainmentLevel, readonly [number, number]>> = {
  none: [15, 18],
  primary: [15, 18],
  "lower-secondary": [16, 19],
  "upper-secondary": [18, 21],
  "vocational-elementary": [19, 21],
  "vocational-intermediate": [20, 22],
  college: [21, 23],
  university: [22, 24],
  master: [24, 27],
  doctorate: [28, 32],
};
