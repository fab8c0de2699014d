// How persons are put together into households. The population is generated in blocks of
// persons whose ages and sexes follow the census pyramid exactly; inside a block, men are paired
// with women, children with mothers of a plausible age, widowed elders with a child's household.
// Every share here is L (assumptions shaped on the 2019 census: 26.9 M households, 3.6 persons per
// household; about 3 in 4 adults aged 30–59 married; widowhood far more frequent among older
// women; mothers' mean age at birth ≈ 27; age difference between spouses ≈ 3–4 years).

/** Probability that a man of this age (years) lives with a wife: [up to age, probability]. */
export const MAN_MARRIED: readonly (readonly [number, number])[] = [
  [19, 0.02],
  [24, 0.2],
  [29, 0.58],
  [34, 0.84],
  [39, 0.9],
  [59, 0.91],
  [69, 0.88],
  [79, 0.8],
  [200, 0.6],
];

/** Husband's age minus wife's age, in years: [difference, weight]. */
export const SPOUSE_AGE_GAP: readonly (readonly [number, number])[] = [
  [-4, 1],
  [-3, 2],
  [-2, 3],
  [-1, 5],
  [0, 8],
  [1, 10],
  [2, 12],
  [3, 12],
  [4, 10],
  [5, 8],
  [6, 6],
  [7, 5],
  [8, 3],
  [9, 2],
  [10, 2],
  [11, 1],
  [12, 1],
  [14, 1],
];

/** Youngest age of a spouse. Law on Marriage and Family 52/2014/QH13 art. 8: men 20, women 18 (H). */
export const MARRIAGE_AGE = { male: 20, female: 18 } as const;

/** Share of couple households whose head is the wife. */
export const WIFE_HEAD_SHARE = 0.15;

/** Mother's age at the child's birth: [age, weight]. */
export const MOTHER_AGE_AT_BIRTH: readonly (readonly [number, number])[] = [
  [18, 2],
  [19, 3],
  [20, 4],
  [21, 5],
  [22, 6],
  [23, 7],
  [24, 8],
  [25, 8],
  [26, 8],
  [27, 8],
  [28, 7],
  [29, 7],
  [30, 6],
  [31, 5],
  [32, 5],
  [33, 4],
  [34, 3],
  [35, 3],
  [36, 2],
  [37, 2],
  [38, 1],
  [39, 1],
  [40, 1],
  [42, 0.5],
];

/** How far (years) from the wanted mother's age to look for one. */
export const MOTHER_SEARCH_YEARS = 4;

/** Probability that a mother with n children in the household accepts one more (index n, last repeats). */
export const ANOTHER_CHILD = [1, 1, 0.45, 0.2, 0.08] as const;

/** Probability that an unmarried adult lives with their parents: [up to age, probability]. */
export const ADULT_CHILD_AT_HOME: readonly (readonly [number, number])[] = [
  [24, 0.88],
  [29, 0.75],
  [39, 0.5],
  [200, 0.25],
];

/** Share of women without a husband in the household, aged SINGLE_MOTHER_AGES, who live with children. */
export const SINGLE_MOTHER_SHARE = 0.7;
export const SINGLE_MOTHER_AGES = [22, 60] as const;

/**
 * Probability that a family unit of the parents' generation (a couple, possibly with unmarried
 * children, or a single parent) lives with a married child's family, by the age of its eldest
 * adult woman (or man): the three-generation households, about a quarter of all households.
 */
export const PARENTS_WITH_CHILD: readonly (readonly [number, number])[] = [
  [44, 0],
  [49, 0.15],
  [54, 0.3],
  [59, 0.45],
  [64, 0.55],
  [69, 0.6],
  [79, 0.7],
  [200, 0.75],
];
/** Share of parents living with their son's family (patrilocal custom) rather than their daughter's. */
export const ELDER_HEADS_SIDE = 0.7;
/** The parents' generation heads the household while its eldest adult is under this age (else the child does). */
export const ELDER_HEAD_UNTIL = 70;

/** Marital status of people without a spouse in the household: [up to age, never, divorced, widowed]. */
export const UNPAIRED_MARITAL: readonly (readonly [number, number, number, number])[] = [
  [17, 1, 0, 0],
  [29, 0.96, 0.035, 0.005],
  [44, 0.6, 0.3, 0.1],
  [59, 0.25, 0.3, 0.45],
  [200, 0.05, 0.08, 0.87],
];

/**
 * Share of people who died in the three years before `asOf`, by age at asOf (they stay in the
 * population with `dateOfDeath`; household heads are never among them). Source: crude death rate
 * ≈ 6 per 1,000 (GSO); L.
 */
export const DEATH_WINDOW_YEARS = 3;
export const DECEASED_SHARE: readonly (readonly [number, number])[] = [
  [49, 0.002],
  [64, 0.008],
  [74, 0.025],
  [84, 0.06],
  [200, 0.15],
];
