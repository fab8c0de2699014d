// Administrative units for addresses and offices: the unit tables of `@ndcvn/schemas/admin-units`
// (loaded on first use: they are large) and the pre-2025 communes of each province.
import type { Address, AdministrativeUnitRef } from "@ndcvn/schemas";
import type { AdministrativeUnit } from "@ndcvn/schemas/admin-units";
import type { SyntheticPerson } from "../person.js";
import { LAST_THREE_LEVEL_DAY, REORGANISATION_DATE } from "./dates.js";

export interface Places {
  /** The unit a code denoted on a date (level from the code's length). */
  unit(code: string, at: string): AdministrativeUnit | undefined;
  /** The pre-2025 commune codes of a pre-2025 province, in code order. */
  legacyCommunes(provinceCode: string): readonly string[];
  /** The unit an old province or commune went (or, when split, first went) into on 2025-07-01. */
  successor(oldCode: string): string | undefined;
}

let loading: Promise<Places> | undefined;

/** The unit tables, loaded once. */
export function loadPlaces(): Promise<Places> {
  loading ??= (async () => {
    const [units, schemas] = await Promise.all([
      import("@ndcvn/schemas/admin-units"),
      import("@ndcvn/schemas"),
    ]);
    const communes = await schemas.getCodeList("communes");
    const byProvince = new Map<string, string[]>();
    for (const entry of communes?.entries ?? []) {
      if (entry.validFrom !== undefined || entry.validTo !== LAST_THREE_LEVEL_DAY) continue;
      const province = String(entry.provinceCode ?? "");
      const list = byProvince.get(province);
      if (list) list.push(entry.code);
      else byProvince.set(province, [entry.code]);
    }
    for (const list of byProvince.values()) list.sort();
    return {
      unit: (code, at) => units.lookupAdministrativeUnit(code, { at }),
      legacyCommunes: (province) => byProvince.get(province) ?? [],
      successor(oldCode) {
        const successors = units.migrateAdministrativeUnit(oldCode) ?? [];
        return (successors.find((s) => s.kind === "whole") ?? successors[0])?.code;
      },
    };
  })();
  return loading;
}

/** A reference to an administrative unit, named as it was on `asOf` when the tables know it. */
export function unitRef(
  places: Places,
  code: string,
  level: AdministrativeUnitRef["level"],
  asOf: string,
): AdministrativeUnitRef {
  const unit = places.unit(code, asOf);
  return unit && unit.level === level
    ? { code, level, asOf, name: unit.fullName }
    : { code, level, asOf };
}

/** The date the codes of a residence address are read at, for each form. */
export function addressAsOf(since: string, form: "current" | "legacy"): string {
  if (form === "current") return since < REORGANISATION_DATE ? REORGANISATION_DATE : since;
  return since < REORGANISATION_DATE ? since : LAST_THREE_LEVEL_DAY;
}

/** The person's residence: the two-level address (`current`) or the pre-2025 three-level one. */
export function residenceAddress(
  places: Places,
  person: SyntheticPerson,
  form: "current" | "legacy",
): Address {
  const { residence } = person;
  const asOf = addressAsOf(residence.since, form);
  if (form === "current") {
    return {
      form: "two-level",
      line: residence.line,
      commune: unitRef(places, residence.communeCode, "commune", asOf),
      province: unitRef(places, residence.provinceCode, "province", asOf),
      country: "VN",
    };
  }
  return {
    form: "three-level",
    line: residence.line,
    commune: unitRef(places, residence.legacy.communeCode, "commune", asOf),
    district: unitRef(places, residence.legacy.districtCode, "district", asOf),
    province: unitRef(places, residence.legacy.provinceCode, "province", asOf),
    country: "VN",
  };
}

/** The registering commune of a person's civil-status event on a date, in the given province. */
export function registeringCommune(
  places: Places,
  person: SyntheticPerson,
  oldProvinceCode: string,
  date: string,
  pick: (codes: readonly string[]) => string | undefined,
): AdministrativeUnitRef | undefined {
  const { residence } = person;
  let oldCommune: string | undefined;
  let newCommune: string | undefined;
  if (residence.legacy.provinceCode === oldProvinceCode) {
    oldCommune = residence.legacy.communeCode;
    newCommune = residence.communeCode;
  } else {
    oldCommune = pick(places.legacyCommunes(oldProvinceCode));
    newCommune = oldCommune === undefined ? undefined : places.successor(oldCommune);
  }
  const code = date < REORGANISATION_DATE ? oldCommune : newCommune;
  return code === undefined ? undefined : unitRef(places, code, "commune", date);
}

/**
 * A unit's full name inside a longer name ("Trạm Y tế xã Cẩm Bình", "Thuế tỉnh Nghệ An"): the
 * kind in lower case, except "Thành phố" of centrally-run cities, which official names capitalise.
 */
export function unitNameInText(fullName: string): string {
  if (fullName.startsWith("Thành phố")) return fullName;
  return fullName.charAt(0).toLowerCase() + fullName.slice(1);
}
