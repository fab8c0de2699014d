// The synthetic population's data model: what generatePopulation produces and extract reads. Every
// value is synthetic; codes follow the code lists of @ndcvn/schemas.

/** A synthetic person, as the truth from which every database extract is derived. */
export interface SyntheticPerson {
  /** Stable id of the person in the population: `P` + 9 digits of the person's index. */
  readonly id: string;
  /** The household the person belongs to. */
  readonly householdId: string;
  /** Relationship to the household head: code of the `household-relationships` list (`00` head). */
  readonly relationshipToHead: string;
  readonly name: {
    readonly fullName: string;
    readonly familyName: string;
    readonly middleName?: string;
    readonly givenName: string;
  };
  readonly sex: "male" | "female";
  /** Full date of birth, `YYYY-MM-DD`. */
  readonly dateOfBirth: string;
  /** Pre-2025 2-digit code of the province where the birth was registered. */
  readonly birthRegistrationProvince: string;
  /** 12-digit personal identification number, consistent with birth province, sex and year. */
  readonly personalId: string;
  /** The 9-digit people's ID card (CMND) of people old enough to have had one before 2016. */
  readonly legacyIdCard?: { readonly number: string; readonly issuedOn: string };
  readonly ethnicity: { readonly system: "ethnic-groups-2008"; readonly code: string };
  /** Code of the `religions` list (`none` for no religion). */
  readonly religion: string;
  /** Code of the `marital-status` list. */
  readonly maritalStatus: string;
  /** Where the person lives, in the current two-level form and, for the same place, the pre-2025 three-level form. */
  readonly residence: {
    /** House number and street, or hamlet. */
    readonly line: string;
    /** Current (from 2025-07-01) commune and province codes. */
    readonly communeCode: string;
    readonly provinceCode: string;
    /** The same place before 2025-07-01: commune, district and province codes. */
    readonly legacy: {
      readonly communeCode: string;
      readonly districtCode: string;
      readonly provinceCode: string;
    };
    /** Since when the person lives there. */
    readonly since: string;
  };
  /** Mobile phone: the current E.164 number and, for numbers converted in 2018, the old 11-digit form. */
  readonly phone?: { readonly current: string; readonly before2018?: string };
  readonly socialInsuranceNumber?: string;
  readonly healthInsurance?: {
    /** Code of `health-insurance-beneficiary-groups`. */
    readonly group: string;
    /** Benefit level 1–5. */
    readonly level: number;
    /** Pre-2025 2-digit province code of the card. */
    readonly provinceCode: string;
    /** The 15-character card code: group + level + province + social insurance number. */
    readonly cardCode: string;
    readonly validFrom: string;
    readonly validTo: string;
  };
  /** A 10-digit tax code registered before 2025-07-01, for people who had one. */
  readonly legacyTaxCode?: string;
  /** Code of `education-levels`: the highest level completed. */
  readonly education: string;
  /** Employment history, oldest first; the last one may be current (no end). */
  readonly employment: readonly SyntheticEmployment[];
  /** The date of death, for the few who died before `asOf`. */
  readonly dateOfDeath?: string;
}

/** One period of employment. */
export interface SyntheticEmployment {
  readonly employerTaxCode: string;
  readonly employerName: string;
  /** `indefinite` or `definite` term contract (code of `labour-contract-types`). */
  readonly contractType: string;
  readonly start: string;
  readonly end?: string;
  /** Monthly salary in đồng. */
  readonly monthlySalary: number;
}

/** A household: its head and members (person ids), at one address. */
export interface SyntheticHousehold {
  readonly id: string;
  readonly headId: string;
  readonly memberIds: readonly string[];
}

/** Options of generatePopulation. */
export interface PopulationOptions {
  /** Number of persons. */
  readonly size: number;
  /** Seed: same size and seed give the same population, byte for byte. */
  readonly seed: number;
  /** The date the population is as of (`YYYY-MM-DD`): ages, deaths and current codes are read at it. @default "2026-01-01" */
  readonly asOf?: string;
}
