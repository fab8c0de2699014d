// The record draft: what a record says about its person, before it is written in the shape of its
// schema document. Faults change the draft (the name, the date of birth, which address, phone and
// identifiers the record carries, its timestamp); the record type then renders it.
import type { SyntheticPerson } from "../person.js";

/** A person's name as a record holds it. */
export interface DraftName {
  familyName: string;
  middleName?: string;
  givenName: string;
}

export interface RecordDraft {
  readonly person: SyntheticPerson;
  /** The subject's name. */
  name: DraftName;
  /** The date of birth (`YYYY-MM-DD`, or a shorter partial date after a fault). */
  dateOfBirth: string;
  /**
   * How the record writes the person's residence: the current two-level address, the pre-2025
   * three-level one, or not at all.
   */
  address: "current" | "legacy" | undefined;
  /** Which form of the person's mobile number the record holds, if it holds one. */
  phone: "current" | "before2018" | undefined;
  /** The optional identifiers the record carries (names of the record type's properties). */
  readonly identifiers: Set<string>;
  /** The identifier key of the old ID card, where the record type can hold it instead of the personal ID. */
  readonly legacyIdKey: string | undefined;
  /** The date of the record's real last update (`YYYY-MM-DD`): what the record says is as of then. */
  readonly recordDate: string;
  /** The record's `updatedAt` (RFC 3339, UTC+07:00): the real last update unless a fault changed it. */
  updatedAt: string;
  /** The earliest date the record can have been updated (its content's date). */
  readonly earliestUpdate: string;
}
