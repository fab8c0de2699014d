// Health-insurance cards: which beneficiary group a person is in, and the benefit level.
//
// Groups: codes of `health-insurance-beneficiary-groups` (Decision 1351/QĐ-BHXH; FACTS §4, M–L).
// Benefit level (the digit after the group in the 15-character code), by group: Decision
// 1351/QĐ-BHXH (2015) — level 1: CC, TE; 2: CK, CB, KC, HN, DT, DK, XD, BT, TS; 3: HT, TC, CN;
// 4: DN, HX, CH, NN, TK, HC, XK, TB, NO, CT, XB, TN, CS, XN, MS, HD, TQ, TA, TY, HG, LS, PV, HS,
// SV, GB, GD; 5: QN, CA, CY. Confidence M (secondary summaries of the decision, consistent).
export const BENEFIT_LEVEL: Readonly<Record<string, number>> = {
  TE: 1,
  CC: 1,
  CK: 2,
  CB: 2,
  KC: 2,
  HN: 2,
  DT: 2,
  DK: 2,
  XD: 2,
  BT: 2,
  TS: 2,
  HT: 3,
  TC: 3,
  CN: 3,
  DN: 4,
  HX: 4,
  CH: 4,
  NN: 4,
  TK: 4,
  HC: 4,
  XK: 4,
  TB: 4,
  NO: 4,
  CT: 4,
  XB: 4,
  TN: 4,
  CS: 4,
  XN: 4,
  MS: 4,
  HD: 4,
  TQ: 4,
  TA: 4,
  TY: 4,
  HG: 4,
  LS: 4,
  PV: 4,
  HS: 4,
  SV: 4,
  GB: 4,
  GD: 4,
  QN: 5,
  CA: 5,
  CY: 5,
};

/**
 * Shares used to place people without an employer-paid card (L, shaped so that coverage is
 * ≈ 92–93 %, Vietnam Social Security's reported coverage for 2023–2024, M):
 * - poor households (HN): share of households by region (multidimensional poverty rates, GSO, L);
 * - ethnic minorities living in the northern mountains or the Central Highlands (DT);
 * - people aged 80 and over with the social pension (BT);
 * - veterans among men born before 1960 (CB);
 * - pupils (HS) and students (SV) insured through school;
 * - the rest insured by household (GD) with GD_SHARE, otherwise uninsured.
 */
export const POOR_HOUSEHOLD_SHARE: Readonly<Record<string, number>> = {
  NM: 0.14,
  CH: 0.08,
  NCC: 0.04,
  MD: 0.03,
  RRD: 0.01,
  SE: 0.005,
};
export const MINORITY_DT_SHARE = 0.75;
export const SOCIAL_PENSION_AGE = 80;
export const SOCIAL_PENSION_SHARE = 0.85;
export const VETERAN_SHARE = 0.12;
export const PUPIL_INSURED_SHARE = 0.97;
export const GD_SHARE = 0.85;
/** Children under 6 are insured free of charge for 72 months from birth (Law on Health Insurance, art. 12). H. */
export const CHILD_CARD_MONTHS = 72;
