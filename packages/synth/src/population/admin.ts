// The administrative tables the generator draws addresses from: every pre-2025 commune with its
// district, province and the current communes it went into on 2025-07-01 (the crosswalk of the
// `communes` code list), grouped by pre-2025 province. Loaded once, lazily, through
// @ndcvn/schemas' getCodeList (a dynamic import: the 5 MB list is fetched only when generating).
import { getCodeList } from "@ndcvn/schemas";
import { cumulativeIndex } from "../random/index.js";
import { PROVINCES } from "../tables/provinces.js";

/** Relative weight of a commune by kind: wards and townships hold more people than rural communes. L. */
const KIND_WEIGHT: Readonly<Record<string, number>> = { ward: 2.6, township: 1.4, commune: 1 };

/** Commune kinds as stored in ProvinceCommunes.kinds. */
export const WARD = 0;
export const TOWNSHIP = 1;
export const RURAL_COMMUNE = 2;

/** The pre-2025 communes of one province. */
export interface ProvinceCommunes {
  readonly codes: readonly string[];
  readonly districts: readonly string[];
  readonly kinds: Uint8Array;
  /** Current (2025-07-01) successor codes of each commune (at least one). */
  readonly successors: readonly (readonly string[])[];
  readonly cumulative: Float64Array;
}

export interface AdminTables {
  /** By province index (the order of PROVINCES). */
  readonly provinces: readonly ProvinceCommunes[];
  /** Current commune code → current province code. */
  readonly currentProvince: ReadonlyMap<string, string>;
}

let loading: Promise<AdminTables> | undefined;

/** The administrative tables (loaded on first use, then shared). */
export function loadAdminTables(): Promise<AdminTables> {
  loading ??= buildAdminTables().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

async function buildAdminTables(): Promise<AdminTables> {
  const list = await getCodeList("communes");
  if (!list) throw new Error("The communes code list of @ndcvn/schemas is missing.");
  const index = new Map(PROVINCES.map(([code], i) => [code, i]));
  const collect = PROVINCES.map(() => ({
    codes: [] as string[],
    districts: [] as string[],
    kinds: [] as number[],
    successors: [] as string[][],
    weights: [] as number[],
  }));
  const currentProvince = new Map<string, string>();
  for (const entry of list.entries) {
    if (entry.validFrom !== undefined && typeof entry.provinceCode === "string")
      currentProvince.set(entry.code, entry.provinceCode);
  }
  for (const entry of list.entries) {
    const provinceCode = typeof entry.provinceCode === "string" ? entry.provinceCode : undefined;
    if (provinceCode === undefined || entry.validFrom !== undefined) continue;
    // A pre-2025 commune: keep it only if the crosswalk gives it a successor in the current list.
    const successors = Array.isArray(entry.successors)
      ? (entry.successors as { code?: unknown }[])
          .map((s) => s.code)
          .filter((code): code is string => typeof code === "string" && currentProvince.has(code))
      : [];
    const province = index.get(provinceCode);
    if (province === undefined || successors.length === 0 || typeof entry.districtCode !== "string")
      continue;
    const kind = entry.kind === "ward" ? 0 : entry.kind === "township" ? 1 : 2;
    const target = collect[province];
    if (!target) continue;
    target.codes.push(entry.code);
    target.districts.push(entry.districtCode);
    target.kinds.push(kind);
    target.successors.push(successors);
    target.weights.push(KIND_WEIGHT[String(entry.kind)] ?? 1);
  }
  const provinces = collect.map((c, i) => {
    if (c.codes.length === 0) throw new Error(`No commune for province ${PROVINCES[i]?.[0]}.`);
    const total = c.weights.reduce((a, b) => a + b, 0);
    const cumulative = new Float64Array(c.weights.length);
    let running = 0;
    c.weights.forEach((w, j) => {
      running += w;
      cumulative[j] = running / total;
    });
    cumulative[cumulative.length - 1] = 1;
    return {
      codes: c.codes,
      districts: c.districts,
      kinds: Uint8Array.from(c.kinds),
      successors: c.successors,
      cumulative,
    };
  });
  return { provinces, currentProvince };
}

/** The commune index of a province for a uniform draw. */
export function pickCommune(communes: ProvinceCommunes, u: number): number {
  return cumulativeIndex(communes.cumulative, u);
}
