// Age and sex structure of the synthetic population.
//
// Source: Viet Nam Population and Housing Census 2019 (General Statistics Office, 1 April 2019),
// completed results and population pyramid. Confidence L for each 5-year share: the shares are
// approximate, read off the published pyramid and rounded to 0.1 point, then adjusted so that they
// agree with the census figures quoted exactly (M): 0–14 years 24.3 %, 15–64 years 68.0 %,
// 65 and over 7.7 %; 47,881,061 males and 48,327,923 females (sex ratio 99.1). The sex ratios per
// group are approximate (L), chosen to give ≈ 111 males per 100 females in the youngest cohorts
// (census sex ratio at birth 111.5) and ≈ 99.4 overall. The table is applied to ages at `asOf`
// whatever that date is: it is the census structure, not a projection.

/** One 5-year age group: first and last age (inclusive), percent of the population, males per 100 females. */
export interface AgeGroup {
  readonly from: number;
  readonly to: number;
  readonly percent: number;
  readonly sexRatio: number;
}

/** The oldest age generated; the open group 85+ spreads over 85…OLDEST_AGE. */
export const OLDEST_AGE = 100;

export const AGE_GROUPS: readonly AgeGroup[] = [
  { from: 0, to: 4, percent: 8.2, sexRatio: 111 },
  { from: 5, to: 9, percent: 8.6, sexRatio: 110 },
  { from: 10, to: 14, percent: 7.5, sexRatio: 109 },
  { from: 15, to: 19, percent: 6.9, sexRatio: 107 },
  { from: 20, to: 24, percent: 7.2, sexRatio: 105 },
  { from: 25, to: 29, percent: 8.3, sexRatio: 103 },
  { from: 30, to: 34, percent: 8.5, sexRatio: 102 },
  { from: 35, to: 39, percent: 7.9, sexRatio: 102 },
  { from: 40, to: 44, percent: 7.2, sexRatio: 101 },
  { from: 45, to: 49, percent: 6.5, sexRatio: 98 },
  { from: 50, to: 54, percent: 5.9, sexRatio: 95 },
  { from: 55, to: 59, percent: 5.2, sexRatio: 91 },
  { from: 60, to: 64, percent: 4.4, sexRatio: 87 },
  { from: 65, to: 69, percent: 3.0, sexRatio: 81 },
  { from: 70, to: 74, percent: 1.7, sexRatio: 73 },
  { from: 75, to: 79, percent: 1.2, sexRatio: 65 },
  { from: 80, to: 84, percent: 0.9, sexRatio: 56 },
  { from: 85, to: OLDEST_AGE, percent: 0.9, sexRatio: 43 },
];

/**
 * Relative weight of each single age inside the open group 85+ (85, 86, … 100): survival falls
 * by about a fifth a year at those ages. Confidence L (a smooth assumption, not census data).
 */
export const OPEN_GROUP_DECAY = 0.8;
