// Employment histories: who has wage employment (the jobs that social-insurance and tax records
// carry), when people retire, what they earn.
import type { AttainmentLevel } from "./education.js";

/**
 * Probability of having had wage employment by highest level completed. Source: Labour Force
 * Survey (General Statistics Office): wage employees are about half of the employed, far more
 * among the educated; Vietnam Social Security: about 18 M compulsory social-insurance
 * participants in 2024 (M). Shares here are L, tuned so that about a fifth of the population
 * has a current recorded job.
 */
export const WAGE_EMPLOYMENT_BY_LEVEL: Readonly<Record<AttainmentLevel, number>> = {
  none: 0.12,
  primary: 0.2,
  "lower-secondary": 0.32,
  "upper-secondary": 0.45,
  "vocational-elementary": 0.52,
  "vocational-intermediate": 0.58,
  college: 0.65,
  university: 0.75,
  master: 0.85,
  doctorate: 0.85,
};

/** Multipliers of that probability. L. */
export const WAGE_EMPLOYMENT_FACTORS = {
  urban: 1.15,
  female: 0.9,
  minorityRemote: 0.5,
  max: 0.95,
} as const;

/** Histories begin with the social-insurance era: contributions are recorded from 1995 (Decree 12/CP, 1995). M. */
export const FIRST_RECORDED_JOB = "1995-01-01";

/** Number of jobs: 1 + geometric with this continuation probability, at most MAX_JOBS. L. */
export const NEXT_JOB_PROBABILITY = 0.45;
export const MAX_JOBS = 5;

/** Job length in years (uniform), gap between jobs in months (uniform). L. */
export const JOB_YEARS = [1, 10] as const;
export const GAP_MONTHS = [0, 12] as const;

/** Share of working-age wage earners whose last job has ended (unemployed, own business, abroad). L. */
export const LAST_JOB_ENDED_SHARE = 0.15;

/** Share of public bodies (HC: cadres, civil servants, public employees) among employers of a job. M–L. */
export const PUBLIC_SECTOR_SHARE = 0.15;

/**
 * Contract types (`labour-contract-types`): seasonal contracts only for jobs ended by 2020-12-31
 * (Labour Code 10/2012/QH13; abolished by Labour Code 45/2019/QH14). Shares L.
 */
export const SEASONAL_CONTRACT_SHARE = 0.08;
export const INDEFINITE_CONTRACT_SHARE = { private: 0.5, public: 0.8 } as const;
export const SEASONAL_CONTRACT_END = "2020-12-31";

/**
 * Monthly salary: a median for a worker with upper-secondary education in 2026 (đồng), scaled
 * back by nominal wage growth per year, times an education multiplier and a random factor. Source:
 * Labour Force Survey 2024–2025 average monthly income of wage employees ≈ 8.5–9 M đồng (M);
 * growth and multipliers L. Salaries never fall below MIN_WAGE_SHARE of the year's median.
 */
export const MEDIAN_SALARY_2026 = 9_000_000;
export const NOMINAL_WAGE_GROWTH = 0.075;
export const MIN_WAGE_SHARE = 0.45;
export const SALARY_BY_LEVEL: Readonly<Record<AttainmentLevel, number>> = {
  none: 0.6,
  primary: 0.7,
  "lower-secondary": 0.8,
  "upper-secondary": 0.95,
  "vocational-elementary": 0.95,
  "vocational-intermediate": 1.05,
  college: 1.15,
  university: 1.4,
  master: 1.9,
  doctorate: 2.4,
};

/**
 * Statutory retirement age under normal working conditions (Labour Code 45/2019/QH14 art. 169,
 * Decree 135/2020/NĐ-CP; H): until 2020 men 60, women 55 (Labour Code 10/2012/QH13 art. 187);
 * from 2021 men 60 years 3 months rising by 3 months a year to 62 (2028), women 55 years 4 months
 * rising by 4 months a year to 60 (2035). In months, for a retirement in `year`.
 */
export function retirementAgeMonths(sex: "male" | "female", year: number): number {
  if (sex === "male") {
    if (year <= 2020) return 720;
    return Math.min(720 + 3 * (year - 2020), 744);
  }
  if (year <= 2020) return 660;
  return Math.min(660 + 4 * (year - 2020), 720);
}

/** Years of recorded contributions that give a pension (HT health-insurance group): 20 before 2025-07-01, 15 since (Law on Social Insurance 41/2024/QH15 art. 64). M. */
export const PENSION_MIN_YEARS = 15;
