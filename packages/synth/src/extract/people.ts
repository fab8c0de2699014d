// Facts about a person read at a date, shared by the record types.
import type { SyntheticEmployment, SyntheticPerson } from "../person.js";

/** Whether the person is alive on the date. */
export function isAliveAt(person: SyntheticPerson, date: string): boolean {
  return person.dateOfDeath === undefined || person.dateOfDeath > date;
}

/** Whether the person was born by the date. */
export function isBornBy(person: SyntheticPerson, date: string): boolean {
  return person.dateOfBirth <= date;
}

/** The person's last employment that started by the date. */
export function lastEmployment(
  person: SyntheticPerson,
  date: string,
): SyntheticEmployment | undefined {
  let last: SyntheticEmployment | undefined;
  for (const job of person.employment) if (job.start <= date) last = job;
  return last;
}

/** The person's first employment that started by the date. */
export function firstEmployment(
  person: SyntheticPerson,
  date: string,
): SyntheticEmployment | undefined {
  return person.employment.find((job) => job.start <= date);
}
