// Middle and given names by naming tradition, sex and birth year.
import { choose, cumulativeIndex, type Random } from "../random/index.js";
import type { NamingProfile } from "../tables/ethnicity.js";
import {
  birthDecadeIndex,
  KINH_PATTERN_SHIFT,
  MODERN_NAME_SHARE,
  NO_MIDDLE_NAME_SHARE,
  THI_COMPOUND_SHARE,
  THI_SHARE,
  VAN_SHARE,
} from "../tables/names.js";
import type { Context, FamilyNameTable } from "./context.js";

/** A family name from a table for a uniform draw, in its northern or southern form. */
export function familyName(table: FamilyNameTable, u: number, southern: boolean): string {
  const i = cumulativeIndex(table.cumulative, u);
  return (southern ? table.south[i] : table.north[i]) as string;
}

/** Middle name ("" for none) and given name, written into `out`. */
export function personalNames(
  context: Context,
  rng: Random,
  profile: NamingProfile,
  female: boolean,
  birthYear: number,
  out: { middle: string; given: string },
): void {
  const names = context.names;
  if (profile === "mong") {
    const t = names.mong;
    out.middle = choose(female ? t.middle.female : t.middle.male, rng.next());
    out.given = choose(female ? t.given.female : t.given.male, rng.next());
    return;
  }
  if (profile === "khmer") {
    const t = names.khmer;
    out.middle = choose(female ? t.middle.female : t.middle.male, rng.next());
    out.given = choose(female ? t.given.female : t.given.male, rng.next());
    return;
  }
  if (profile === "highlands") {
    out.middle = "";
    out.given = choose(female ? names.highlands.female : names.highlands.male, rng.next());
    return;
  }
  const decade = birthDecadeIndex(birthYear);
  const shifted = Math.max(0, decade + (KINH_PATTERN_SHIFT[profile] ?? 0));
  const modern = rng.next() < (MODERN_NAME_SHARE[shifted] as number);
  const u = rng.next();
  if (u < NO_MIDDLE_NAME_SHARE) out.middle = "";
  else if (female) {
    if (u < NO_MIDDLE_NAME_SHARE + (1 - NO_MIDDLE_NAME_SHARE) * (THI_SHARE[shifted] as number)) {
      out.middle =
        rng.next() < (THI_COMPOUND_SHARE[shifted] as number)
          ? `Thị ${choose(names.thiSecond, rng.next())}`
          : "Thị";
    } else
      out.middle = choose(
        modern ? names.middle.female.modern : names.middle.female.classic,
        rng.next(),
      );
  } else if (
    u <
    NO_MIDDLE_NAME_SHARE + (1 - NO_MIDDLE_NAME_SHARE) * (VAN_SHARE[shifted] as number)
  ) {
    out.middle = "Văn";
  } else
    out.middle = choose(modern ? names.middle.male.modern : names.middle.male.classic, rng.next());
  const given = female ? names.given.female : names.given.male;
  out.given = choose(modern ? given.modern : given.classic, rng.next());
}
