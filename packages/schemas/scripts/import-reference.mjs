#!/usr/bin/env node
// Imports the administrative-unit and ethnic-group code lists of @ndcvn/schemas from the project's
// shared fact tables (shared/reference) into packages/schemas/codelists/*.json.
//
//   node packages/schemas/scripts/import-reference.mjs [path-to-shared-reference]
//
// The path defaults to ../shared/reference relative to the repository root. Plain Node ESM, no
// dependencies. The output is deterministic (stable order, JSON.stringify(x, null, 2) + newline,
// Unicode NFC): running it twice gives byte-identical files. It writes only the files it owns
// (OUTPUTS below) and fails loudly when the tables do not have the counts and shapes it expects.
//
// Official sources of the codes:
// - Administrative units until 2025-06-30 (63 provinces, 696 districts, 10,035 communes as of
//   2025-03-01): Decision 124/2004/QĐ-TTg (2004-07-08) on the list and codes of administrative
//   units of Vietnam, as amended and kept up to date by the General Statistics Office.
// - Thừa Thiên Huế became the centrally-run city Huế (code 46) on 2025-01-01: Resolution
//   1314/NQ-UBTVQH15 (2024-11-30).
// - Administrative units from 2025-07-01 (34 provinces, 3,321 communes, no district level):
//   Decision 19/2025/QĐ-TTg (2025-06-30) on the list and codes of administrative units.
// - Province mergers: Resolution 202/2025/QH15 (2025-06-12) on the arrangement of
//   provincial-level administrative units. Đồng Nai became a centrally-run city on 2026-04-30:
//   Resolution 30/2026/QH16 (FACTS §2, confidence M).
// - Commune arrangement (old commune → new commune): the standing-committee resolutions
//   1654/NQ-UBTVQH15 … 1687/NQ-UBTVQH15 (2025-06-16), one per new province. The crosswalk table was
//   compiled by a third party from those resolutions: confidence M. Known gaps: 12 old codes
//   (units already merged before the 2025-03-01 list) and 7 new codes are not covered.
// - Ethnic groups: Decision 121-TCTK/PPCĐ (1979-03-02) of the General Statistics Office (the 1979
//   list, used in health data exchange, MA_DANTOC); Decision 1019/QĐ-TCTK (2008-11-12) of the
//   General Statistics Office (the 2008 list, used by QCVN 109:2017/BTTTT, DanToc). Both are read
//   from FACTS.md §5, not copied by hand.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const repoRoot = path.resolve(packageDir, "../..");
const referenceDir = path.resolve(process.argv[2] ?? path.join(repoRoot, "../shared/reference"));
const outDir = path.join(packageDir, "codelists");

const LEGACY_END = "2025-06-30";
const REFORM_START = "2025-07-01";
const HUE_CITY_START = "2025-01-01"; // FACTS §2: Thừa Thiên Huế → Thành phố Huế (H)
const DONG_NAI_CITY_START = "2026-04-30"; // FACTS §2: Resolution 30/2026/QH16 (M)

/** Counts the fact tables must have (FACTS §2, admin-units/README.md). */
const EXPECTED = {
  legacyProvinces: 63,
  provinces: 34,
  legacyDistricts: 696,
  legacyCommunes: 10035,
  communes: 3321,
  provinceCrosswalk: 63,
  communeCrosswalk: 10599,
  // Known defects of the third-party commune crosswalk, checked so that a new version of the
  // table that changes them is noticed (each one is listed in communes.json's description).
  crosswalkOldCodesNotInList: 12,
  crosswalkNewCodesRepaired: 2,
  crosswalkRowsOutsideProvince: 1,
};

const OUTPUTS = ["provinces", "districts", "communes", "ethnic-groups-1979", "ethnic-groups-2008"];

function fail(message) {
  console.error(`import-reference: ${message}`);
  process.exit(1);
}

function assert(condition, message) {
  if (!condition) fail(message);
}

const nfc = (s) => s.normalize("NFC");

/** Reads a tab-separated fact table with the given header; every cell NFC, none empty. */
function readTable(file, header, expectedRows) {
  const full = path.join(referenceDir, file);
  assert(existsSync(full), `missing ${full}`);
  const lines = nfc(readFileSync(full, "utf8"))
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .filter((line) => line !== "");
  assert(lines[0] === header.join("\t"), `${file}: header is not ${header.join(", ")}`);
  const rows = lines.slice(1).map((line, i) => {
    const cells = line.split("\t");
    assert(cells.length === header.length, `${file}:${i + 2}: ${cells.length} columns`);
    const row = {};
    header.forEach((column, j) => {
      assert(cells[j] !== "", `${file}:${i + 2}: empty ${column}`);
      row[column] = cells[j];
    });
    return row;
  });
  assert(rows.length === expectedRows, `${file}: ${rows.length} rows, expected ${expectedRows}`);
  return rows;
}

function indexByCode(rows, file) {
  const map = new Map();
  for (const row of rows) {
    assert(!map.has(row.code), `${file}: duplicate code ${row.code}`);
    map.set(row.code, row);
  }
  return map;
}

const byCode = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

/** Order entries by code, then validFrom (an entry without validFrom comes first). */
function sortEntries(entries) {
  return entries.sort(
    (a, b) => byCode(a.code, b.code) || byCode(a.validFrom ?? "", b.validFrom ?? ""),
  );
}

function writeList(list) {
  assert(OUTPUTS.includes(list.name), `not an output of this script: ${list.name}`);
  const text = nfc(`${JSON.stringify(list, null, 2)}\n`);
  writeFileSync(path.join(outDir, `${list.name}.json`), text);
  console.log(`codelists/${list.name}.json: ${list.entries.length} entries`);
}

// ---------------------------------------------------------------------------------------------
// Fact tables

const UNIT = ["code", "name", "full_name", "name_en", "kind"];
const legacyProvinces = readTable(
  "admin-units/legacy-provinces.tsv",
  UNIT,
  EXPECTED.legacyProvinces,
);
const provinces = readTable("admin-units/provinces.tsv", UNIT, EXPECTED.provinces);
const legacyDistricts = readTable(
  "admin-units/legacy-districts.tsv",
  [...UNIT, "province_code"],
  EXPECTED.legacyDistricts,
);
const legacyCommunes = readTable(
  "admin-units/legacy-communes.tsv",
  [...UNIT, "district_code", "province_code"],
  EXPECTED.legacyCommunes,
);
const communes = readTable(
  "admin-units/communes.tsv",
  [...UNIT, "province_code"],
  EXPECTED.communes,
);
const provinceCrosswalk = readTable(
  "admin-units/crosswalk-provinces-2025.tsv",
  ["old_code", "new_code", "old_full_name", "new_full_name"],
  EXPECTED.provinceCrosswalk,
);
const communeCrosswalk = readTable(
  "admin-units/crosswalk-communes-2025.tsv",
  ["old_code", "new_code", "kind", "old_full_name", "new_full_name"],
  EXPECTED.communeCrosswalk,
);

const legacyProvinceByCode = indexByCode(legacyProvinces, "legacy-provinces.tsv");
const provinceByCode = indexByCode(provinces, "provinces.tsv");
const legacyDistrictByCode = indexByCode(legacyDistricts, "legacy-districts.tsv");
const legacyCommuneByCode = indexByCode(legacyCommunes, "legacy-communes.tsv");
const communeByCode = indexByCode(communes, "communes.tsv");

for (const [file, rows, pattern, kinds] of [
  ["legacy-provinces.tsv", legacyProvinces, /^\d{2}$/, ["city", "province"]],
  ["provinces.tsv", provinces, /^\d{2}$/, ["city", "province"]],
  [
    "legacy-districts.tsv",
    legacyDistricts,
    /^\d{3}$/,
    ["urban_district", "rural_district", "town", "city"],
  ],
  ["legacy-communes.tsv", legacyCommunes, /^\d{5}$/, ["ward", "commune", "township"]],
  ["communes.tsv", communes, /^\d{5}$/, ["ward", "commune", "special_zone"]],
]) {
  for (const row of rows) {
    assert(pattern.test(row.code), `${file}: bad code ${row.code}`);
    assert(kinds.includes(row.kind), `${file}: ${row.code} has kind ${row.kind}`);
  }
}
for (const d of legacyDistricts) {
  assert(legacyProvinceByCode.has(d.province_code), `district ${d.code}: unknown province`);
}
for (const c of legacyCommunes) {
  const district = legacyDistrictByCode.get(c.district_code);
  assert(district, `legacy commune ${c.code}: unknown district ${c.district_code}`);
  assert(
    district.province_code === c.province_code,
    `legacy commune ${c.code}: district ${c.district_code} is not in province ${c.province_code}`,
  );
}
for (const c of communes) {
  assert(provinceByCode.has(c.province_code), `commune ${c.code}: unknown province`);
}

// ---------------------------------------------------------------------------------------------
// Provinces

/** Old province code → new province code (Resolution 202/2025/QH15); every old one went whole. */
const newProvinceOf = new Map();
for (const row of provinceCrosswalk) {
  assert(legacyProvinceByCode.has(row.old_code), `province crosswalk: unknown old ${row.old_code}`);
  assert(provinceByCode.has(row.new_code), `province crosswalk: unknown new ${row.new_code}`);
  assert(!newProvinceOf.has(row.old_code), `province crosswalk: ${row.old_code} twice`);
  newProvinceOf.set(row.old_code, row.new_code);
}
assert(newProvinceOf.size === legacyProvinces.length, "province crosswalk does not cover all");

function buildProvinces() {
  const entries = [];
  for (const p of legacyProvinces) {
    const successor = newProvinceOf.get(p.code);
    const common = {
      replacedBy: [successor],
      fullName: p.full_name,
      kind: p.kind,
      successors: [{ code: successor, kind: "whole" }],
    };
    if (p.code === "46") {
      // Huế: the legacy table has the unit as it was at the end (Thành phố Huế since 2025-01-01);
      // before that it was Tỉnh Thừa Thiên Huế, under the same code.
      assert(p.full_name === "Thành phố Huế", "legacy province 46 is not Thành phố Huế");
      entries.push({
        code: "46",
        label: { vi: "Thừa Thiên Huế", en: "Thua Thien Hue" },
        validTo: "2024-12-31",
        replacedBy: ["46"],
        fullName: "Tỉnh Thừa Thiên Huế",
        kind: "province",
        successors: [{ code: "46", kind: "whole" }],
      });
      entries.push({
        code: p.code,
        label: { vi: p.name, en: p.name_en },
        validFrom: HUE_CITY_START,
        validTo: LEGACY_END,
        ...common,
      });
      continue;
    }
    entries.push({
      code: p.code,
      label: { vi: p.name, en: p.name_en },
      validTo: LEGACY_END,
      ...common,
    });
  }
  for (const p of provinces) {
    if (p.code === "75") {
      // Đồng Nai: a province from 2025-07-01, a centrally-run city from 2026-04-30 (same code).
      assert(p.full_name === "Thành phố Đồng Nai", "province 75 is not Thành phố Đồng Nai");
      entries.push({
        code: "75",
        label: { vi: p.name, en: p.name_en },
        validFrom: REFORM_START,
        validTo: "2026-04-29",
        replacedBy: ["75"],
        fullName: "Tỉnh Đồng Nai",
        kind: "province",
      });
      entries.push({
        code: p.code,
        label: { vi: p.name, en: p.name_en },
        validFrom: DONG_NAI_CITY_START,
        fullName: p.full_name,
        kind: p.kind,
      });
      continue;
    }
    entries.push({
      code: p.code,
      label: { vi: p.name, en: p.name_en },
      validFrom: REFORM_START,
      fullName: p.full_name,
      kind: p.kind,
    });
  }
  return {
    name: "provinces",
    title: {
      vi: "Tỉnh, thành phố trực thuộc trung ương",
      en: "Provinces and centrally-run cities",
    },
    description:
      'Provincial-level administrative units, before and after the 2025 mergers. Until 2025-06-30: the 63 provinces and centrally-run cities (entries with `validTo` 2025-06-30 and no `validFrom`); from 2025-07-01: the 34 units of Resolution 202/2025/QH15 (entries with `validFrom`). A code can appear more than once with periods that do not overlap: a merged unit kept the code of one of its predecessors, often not the largest (24 is Bắc Giang until 2025-06-30 and Bắc Ninh from 2025-07-01; 52 is Bình Định, then Gia Lai). Code 46 was Tỉnh Thừa Thiên Huế until 2024-12-31 and Thành phố Huế from 2025-01-01. Code 75 was Tỉnh Đồng Nai from 2025-07-01 and is Thành phố Đồng Nai from 2026-04-30 (Resolution 30/2026/QH16; that date has confidence M). The pre-2025 codes stay valid forever inside personal identification numbers (digits 2–3 of the 12-digit number, after a leading 0). Attributes: `fullName` (official full name, e.g. `Tỉnh Bắc Giang`), `kind` (`city` centrally-run city, `province`); on entries that ended, `successors` (`[{ code, kind: "whole" }]`, the unit that took over the whole territory) and `replacedBy` (the same codes). Names are Unicode NFC and keep the tone-mark style of the source ("Thanh Hóa" in the pre-2025 list, "Thanh Hoá" in the current one): compare names only after canonicalising tone placement.',
    source:
      "Decision 124/2004/QĐ-TTg (codes until 2025-06-30, list of the General Statistics Office); Resolution 1314/NQ-UBTVQH15 (Huế, from 2025-01-01); Resolution 202/2025/QH15 (2025-06-12, province mergers); Decision 19/2025/QĐ-TTg (2025-06-30, codes from 2025-07-01); Resolution 30/2026/QH16 (Đồng Nai, from 2026-04-30)",
    official: true,
    confidence: "H",
    entries: sortEntries(entries),
  };
}

// ---------------------------------------------------------------------------------------------
// Districts

function buildDistricts() {
  return {
    name: "districts",
    title: {
      vi: "Quận, huyện, thị xã, thành phố thuộc tỉnh (đến 30/6/2025)",
      en: "Districts (until 2025-06-30)",
    },
    description:
      "The 696 district-level administrative units in force until 2025-06-30 (list as of 2025-03-01). The district level was abolished on 2025-07-01: addresses now have two levels (commune-level unit, province), so these codes have no successors; they remain in older records (`MaQuanHuyen`). Attributes: `fullName` (official full name, e.g. `Quận Ba Đình`), `kind` (`urban_district` quận, `rural_district` huyện, `town` thị xã, `city` thành phố thuộc tỉnh), `provinceCode` (pre-2025 code in the `provinces` list). Names are Unicode NFC and keep the tone-mark style of the source.",
    source:
      "Decision 124/2004/QĐ-TTg (list and codes of administrative units, kept up to date by the General Statistics Office; list as of 2025-03-01); district level abolished from 2025-07-01 (two-level local government: Law on Organisation of Local Government 72/2025/QH15)",
    official: true,
    confidence: "H",
    entries: sortEntries(
      legacyDistricts.map((d) => ({
        code: d.code,
        label: { vi: d.name, en: d.name_en },
        validTo: LEGACY_END,
        fullName: d.full_name,
        kind: d.kind,
        provinceCode: d.province_code,
      })),
    ),
  };
}

// ---------------------------------------------------------------------------------------------
// Communes

function buildCommuneCrosswalk() {
  const notInList = [];
  const repaired = new Map(); // wrong new code → right new code
  const outsideProvince = [];
  const successorsOf = new Map();
  let rows = 0;
  for (const row of communeCrosswalk) {
    assert(/^\d{5}$/.test(row.old_code) && /^\d{5}$/.test(row.new_code), `bad crosswalk row`);
    assert(row.kind === "whole" || row.kind === "part", `crosswalk: kind ${row.kind}`);
    const old = legacyCommuneByCode.get(row.old_code);
    if (!old) {
      notInList.push(row);
      continue;
    }
    const province = newProvinceOf.get(old.province_code);
    let newCode = row.new_code;
    if (!communeByCode.has(newCode)) {
      // The new code is not in Decision 19/2025/QĐ-TTg: repair it only when exactly one current
      // commune of the expected province has the new name the row gives.
      const name = row.new_full_name;
      const candidates = communes.filter(
        (c) => c.province_code === province && c.full_name === name,
      );
      assert(
        candidates.length === 1,
        `crosswalk ${row.old_code} → ${newCode}: new code unknown and "${name}" matches ${candidates.length} communes of province ${province}`,
      );
      newCode = candidates[0].code;
      repaired.set(row.new_code, newCode);
    }
    if (communeByCode.get(newCode).province_code !== province) {
      outsideProvince.push(row);
      continue;
    }
    const list = successorsOf.get(row.old_code) ?? [];
    assert(!list.some((s) => s.code === newCode), `crosswalk ${row.old_code} → ${newCode} twice`);
    list.push({ code: newCode, kind: row.kind });
    successorsOf.set(row.old_code, list);
    rows += 1;
  }
  for (const [code, list] of successorsOf) {
    list.sort((a, b) => byCode(a.code, b.code));
    const kinds = new Set(list.map((s) => s.kind));
    assert(
      list.length === 1 ? kinds.has("whole") && kinds.size === 1 : !kinds.has("whole"),
      `crosswalk ${code}: ${list.length} successors with kinds ${[...kinds].join(", ")}`,
    );
  }
  assert(
    notInList.length === EXPECTED.crosswalkOldCodesNotInList,
    `crosswalk: ${notInList.length} old codes not in the legacy list, expected ${EXPECTED.crosswalkOldCodesNotInList}`,
  );
  assert(
    repaired.size === EXPECTED.crosswalkNewCodesRepaired,
    `crosswalk: ${repaired.size} new codes repaired, expected ${EXPECTED.crosswalkNewCodesRepaired}`,
  );
  assert(
    outsideProvince.length === EXPECTED.crosswalkRowsOutsideProvince,
    `crosswalk: ${outsideProvince.length} rows outside the merged province, expected ${EXPECTED.crosswalkRowsOutsideProvince}`,
  );
  const covered = new Set([...successorsOf.values()].flat().map((s) => s.code));
  const newNotCovered = communes.filter((c) => !covered.has(c.code)).map((c) => c.code);
  const oldNotCovered = legacyCommunes.filter((c) => !successorsOf.has(c.code)).map((c) => c.code);
  const report = {
    rows,
    notInList: notInList.map((r) => `${r.old_code} ${r.old_full_name} → ${r.new_code}`),
    repaired: [...repaired].map(([from, to]) => `${from} → ${to}`),
    outsideProvince: outsideProvince.map(
      (r) => `${r.old_code} ${r.old_full_name} → ${r.new_code} ${r.new_full_name}`,
    ),
    newNotCovered,
    oldNotCovered,
  };
  console.error(
    [
      `commune crosswalk: ${rows} of ${communeCrosswalk.length} rows attached as successors`,
      `  old codes not in the 2025-03-01 list (skipped): ${report.notInList.join("; ")}`,
      `  new codes not in Decision 19/2025 (repaired by name): ${report.repaired.join("; ")}`,
      `  rows into another province (skipped): ${report.outsideProvince.join("; ")}`,
      `  old communes without successor: ${oldNotCovered.join(", ") || "none"}`,
      `  new communes that are nobody's successor: ${newNotCovered.join(", ") || "none"}`,
    ].join("\n"),
  );
  return { successorsOf, report };
}

function buildCommunes() {
  const { successorsOf, report } = buildCommuneCrosswalk();
  const entries = [];
  for (const c of legacyCommunes) {
    const successors = successorsOf.get(c.code);
    entries.push({
      code: c.code,
      label: { vi: c.name, en: c.name_en },
      validTo: LEGACY_END,
      ...(successors ? { replacedBy: successors.map((s) => s.code) } : {}),
      fullName: c.full_name,
      kind: c.kind,
      districtCode: c.district_code,
      provinceCode: c.province_code,
      ...(successors ? { successors } : {}),
    });
  }
  for (const c of communes) {
    entries.push({
      code: c.code,
      label: { vi: c.name, en: c.name_en },
      validFrom: REFORM_START,
      fullName: c.full_name,
      kind: c.kind,
      provinceCode: c.province_code,
    });
  }
  return {
    name: "communes",
    title: {
      vi: "Xã, phường, thị trấn, đặc khu",
      en: "Communes, wards, townships and special zones",
    },
    description: [
      `Commune-level administrative units, before and after the 2025 arrangement. Until 2025-06-30: the ${legacyCommunes.length} communes, wards and townships of the list as of 2025-03-01 (entries with \`validTo\` 2025-06-30 and no \`validFrom\`); from 2025-07-01: the ${communes.length} communes, wards and special zones of Decision 19/2025/QĐ-TTg (entries with \`validFrom\`). A code can appear twice with periods that do not overlap (00004 was Phường Trúc Bạch, then Phường Ba Đình).`,
      "Attributes: `fullName` (official full name), `kind` (`ward` phường, `commune` xã, `township` thị trấn, `special_zone` đặc khu), `provinceCode` (pre-2025 code for the old entries, current code for the new ones), `districtCode` (old entries only; the district level was abolished on 2025-07-01), and on old entries `successors` (`[{ code, kind }]`: `whole` when the old unit went entirely into one new unit, `part` when it was split among several) with `replacedBy` (the same codes).",
      `The successors come from a crosswalk compiled by a third party from the standing-committee resolutions 1654–1687/NQ-UBTVQH15: confidence M, check before relying on a single link. ${report.rows} crosswalk links are attached. Known gaps and repairs: ${report.notInList.length} crosswalk rows name old codes that are not in the 2025-03-01 list (units already merged earlier: ${report.notInList.map((s) => s.split(" → ")[0].split(" ")[0]).join(", ")}) and are left out; ${report.repaired.length} new codes of the crosswalk are not in Decision 19/2025/QĐ-TTg and were replaced by the only current commune of the same name in the same province (${report.repaired.join(", ")}); ${report.outsideProvince.length} link pointing into another province was left out (${report.outsideProvince.join("; ")}), so ${report.oldNotCovered.join(", ")} has no successor here; the new units ${report.newNotCovered.join(", ")} (special zones formed from island districts without commune-level units) are nobody's successor.`,
      'Names are Unicode NFC and keep the tone-mark style of their source (the current list writes many names in the new style, "Hoà"): compare names only after canonicalising tone placement.',
    ].join(" "),
    source:
      "Decision 124/2004/QĐ-TTg (codes until 2025-06-30, list of the General Statistics Office as of 2025-03-01); Decision 19/2025/QĐ-TTg (2025-06-30, codes from 2025-07-01); standing-committee resolutions 1654/NQ-UBTVQH15 to 1687/NQ-UBTVQH15 (2025-06-16) on the arrangement of commune-level units (crosswalk compiled by a third party)",
    official: true,
    confidence: "M",
    entries: sortEntries(entries),
  };
}

// ---------------------------------------------------------------------------------------------
// Ethnic groups (FACTS.md §5)

/**
 * English rendering and spelling variants of each group, used for the `en` labels, the `aliases`
 * and the crosswalk between the two lists. The first name is the group's name; the others are
 * variants found in the two official lists and in records (hyphens, spacing, older spellings).
 */
const ETHNIC_GROUPS = [
  { en: "Kinh", names: ["Kinh", "Việt"] },
  { en: "Tay", names: ["Tày"] },
  { en: "Thai", names: ["Thái"] },
  { en: "Muong", names: ["Mường"] },
  { en: "Khmer", names: ["Khmer", "Khơ-me", "Khơ me", "Khơme"] },
  { en: "Hoa (Chinese)", names: ["Hoa", "Hán"] },
  { en: "Nung", names: ["Nùng"] },
  { en: "H'Mong", names: ["Mông", "HMông", "H'Mông", "H’Mông", "Hmông"] },
  { en: "Dao", names: ["Dao"] },
  { en: "Gia Rai (Jarai)", names: ["Gia Rai", "Gia-rai", "Gia rai", "Giarai", "Jrai"] },
  { en: "Ngai", names: ["Ngái"] },
  { en: "E De (Rade)", names: ["Ê Đê", "Ê-đê", "Ê đê", "Êđê"] },
  { en: "Ba Na (Bahnar)", names: ["Ba Na", "Ba na", "Ba-na", "Bana"] },
  { en: "Xo Dang (Sedang)", names: ["Xơ Đăng", "Xơ-Đăng", "Xơ-đăng", "Xơ đăng"] },
  { en: "San Chay", names: ["Sán Chay", "Cao Lan - Sán Chỉ"] },
  { en: "Co Ho (Koho)", names: ["Cơ Ho", "Cơ-ho", "Cơ ho", "K'Ho"] },
  { en: "Cham", names: ["Chăm", "Chàm"] },
  { en: "San Diu", names: ["Sán Dìu", "Sán dìu"] },
  { en: "Hre", names: ["Hrê", "H'rê"] },
  { en: "Mnong", names: ["Mnông", "M'Nông", "Mơ Nông"] },
  { en: "Ra Glai (Raglai)", names: ["Ra Glai", "Ra-glai", "Ra glai", "Raglai"] },
  { en: "Xtieng (Stieng)", names: ["Xtiêng", "X'tiêng", "Stiêng"] },
  { en: "Bru-Van Kieu", names: ["Bru Vân Kiều", "Bru-Vân Kiều", "Bru - Vân Kiều", "Vân Kiều"] },
  { en: "Tho", names: ["Thổ"] },
  { en: "Giay", names: ["Giáy"] },
  { en: "Co Tu (Katu)", names: ["Cơ Tu", "Cơ-tu", "Cơ tu", "Ca Tu"] },
  { en: "Gie Trieng", names: ["Giẻ Triêng", "Gié Triêng", "Giẻ-Triêng", "Gié-Triêng"] },
  { en: "Ma", names: ["Mạ"] },
  { en: "Kho Mu (Khmu)", names: ["Khơ Mú", "Khơ mú", "Khơ-mú", "Khmu"] },
  { en: "Co", names: ["Co", "Cor"] },
  { en: "Ta Oi", names: ["Tà Ôi", "Tà-ôi", "Tà ôi"] },
  { en: "Cho Ro", names: ["Chơ Ro", "Chơ-ro", "Chơ ro", "Châu Ro"] },
  { en: "Khang", names: ["Kháng"] },
  { en: "Xinh Mun", names: ["Xinh Mun", "Xinh-mun", "Xinh mun"] },
  { en: "Ha Nhi", names: ["Hà Nhì"] },
  { en: "Chu Ru", names: ["Chu Ru", "Chu ru", "Chu-ru"] },
  { en: "Lao", names: ["Lào"] },
  { en: "La Chi", names: ["La Chí"] },
  { en: "La Ha", names: ["La Ha"] },
  { en: "Phu La", names: ["Phù Lá"] },
  { en: "La Hu", names: ["La Hủ"] },
  { en: "Lu", names: ["Lự"] },
  { en: "Lo Lo", names: ["Lô Lô"] },
  { en: "Chut", names: ["Chứt"] },
  { en: "Mang", names: ["Mảng"] },
  { en: "Pa Then", names: ["Pà Thẻn"] },
  { en: "Co Lao", names: ["Cơ Lao", "Co Lao"] },
  { en: "Cong", names: ["Cống"] },
  { en: "Bo Y", names: ["Bố Y", "Bố-y"] },
  { en: "Si La", names: ["Si La"] },
  { en: "Pu Peo", names: ["Pu Péo"] },
  { en: "Brau", names: ["Brâu"] },
  { en: "O Du", names: ["Ơ Đu", "Ơ-đu"] },
  { en: "Ro Mam", names: ["Rơ Măm", "Rơ măm", "Rơ-măm"] },
];

/** Labels of the codes used in practice beyond the 1979 list (FACTS §5). */
const PRACTICE_CODES = {
  foreigner: { vi: "Người nước ngoài", en: "Foreigner" },
  unknown: { vi: "Không xác định", en: "Unknown" },
};

/** Matching key: NFC, lower case, without spaces, hyphens and apostrophes. */
const nameKey = (s) =>
  nfc(s)
    .toLocaleLowerCase("vi")
    .replace(/[\s\-'’ʼ‘]/g, "");

function readFactsSection5() {
  const file = path.join(referenceDir, "FACTS.md");
  assert(existsSync(file), `missing ${file}`);
  const text = nfc(readFileSync(file, "utf8")).replace(/\r\n/g, "\n");
  const start = text.indexOf("\n## 5.");
  const end = text.indexOf("\n## ", start + 1);
  assert(start >= 0 && end > start, "FACTS.md: section 5 not found");
  return text.slice(start, end);
}

/** The text of the bullet whose first words are `marker`, with whitespace collapsed. */
function bullet(section, marker) {
  const start = section.indexOf(marker);
  assert(start >= 0, `FACTS.md §5: "${marker}" not found`);
  const rest = section.slice(start);
  const next = rest.slice(1).search(/\n\s*- /);
  return (next < 0 ? rest : rest.slice(0, next + 1)).replace(/\s+/g, " ").trim();
}

/**
 * Parses "(**H**): 01 Kinh; 02 Tày; … 20 Mnông." runs of a bullet: each run follows a confidence
 * mark and ends at the end of its sentence.
 */
function parseCodeRuns(text) {
  const entries = [];
  const runs = [...text.matchAll(/\(\*\*([HML])(?:–[HML])?\*\*[^)]*\):\s*/g)];
  assert(runs.length > 0, "FACTS.md §5: no confidence-marked list found");
  for (const run of runs) {
    const body = text.slice(run.index + run[0].length);
    const sentenceEnd = body.search(/\.(\s+[A-Z*]|\s*$)/);
    const list = sentenceEnd < 0 ? body : body.slice(0, sentenceEnd);
    for (const item of list.split(";")) {
      const m = item.trim().match(/^(\d{2}) (\S.*)$/);
      assert(m, `FACTS.md §5: cannot read "${item.trim()}"`);
      entries.push({ code: m[1], name: m[2].trim(), confidence: run[1] });
    }
  }
  return entries;
}

function checkCodes(entries, listName) {
  entries.forEach((e, i) => {
    assert(e.code === String(i + 1).padStart(2, "0"), `${listName}: code ${e.code} out of order`);
  });
  assert(entries.length === 54, `${listName}: ${entries.length} groups, expected 54`);
}

function buildEthnicGroups() {
  const section = readFactsSection5();
  const text1979 = bullet(section, "- *1979 list*");
  const text2008 = bullet(section, "- *2008 list*");
  const list1979 = parseCodeRuns(text1979);
  const list2008 = parseCodeRuns(text2008);
  checkCodes(list1979, "1979 list");
  checkCodes(list2008, "2008 list");
  const practice = [...text1979.matchAll(/(\d{2}) = ([a-z]+)/g)].map((m) => ({
    code: m[1],
    meaning: m[2],
  }));
  assert(
    practice.length === 2 && practice[0].code === "55" && practice[1].code === "56",
    "FACTS.md §5: practice codes 55/56 not found",
  );

  // Each group's variants: no key may belong to two groups.
  const groupOfKey = new Map();
  ETHNIC_GROUPS.forEach((group, i) => {
    for (const name of group.names) {
      const key = nameKey(name);
      assert(
        !groupOfKey.has(key) || groupOfKey.get(key) === i,
        `ethnic aliases: "${name}" is in two groups`,
      );
      groupOfKey.set(key, i);
    }
  });
  const describe = (entry, listName) => {
    const i = groupOfKey.get(nameKey(entry.name));
    assert(i !== undefined, `${listName} ${entry.code} "${entry.name}": no English name/aliases`);
    const group = ETHNIC_GROUPS[i];
    const aliases = [...new Set(group.names.filter((n) => n !== entry.name))];
    const keys = new Set([entry.name, ...aliases].map(nameKey));
    return { ...entry, en: group.en, aliases, keys };
  };
  const groups1979 = list1979.map((e) => describe(e, "1979 list"));
  const groups2008 = list2008.map((e) => describe(e, "2008 list"));
  const match = (entry, others, listName) => {
    const found = others.filter((o) => [...o.keys].some((k) => entry.keys.has(k)));
    assert(
      found.length === 1,
      `${listName} ${entry.code} "${entry.name}" matches ${found.length} groups of the other list (${found.map((o) => o.code).join(", ")}): cannot compute the equivalent code`,
    );
    return found[0].code;
  };
  const equivalentOf1979 = new Map(groups1979.map((g) => [g.code, match(g, groups2008, "1979")]));
  const equivalentOf2008 = new Map(groups2008.map((g) => [g.code, match(g, groups1979, "2008")]));
  for (const [code1979, code2008] of equivalentOf1979) {
    assert(
      equivalentOf2008.get(code2008) === code1979,
      `ethnic crosswalk is not one-to-one at 1979 ${code1979} / 2008 ${code2008}`,
    );
  }

  const entry = (g, equivalentKey, equivalent) => ({
    code: g.code,
    label: { vi: g.name, en: g.en },
    ...(g.aliases.length > 0 ? { aliases: g.aliases } : {}),
    [equivalentKey]: equivalent,
    confidence: g.confidence,
  });
  const differing = groups1979.filter((g) => equivalentOf1979.get(g.code) !== g.code).length;
  const crosswalkNote = `\`equivalent2008\` / \`equivalent1979\` give the code of the same group in the other list, matched by normalised name and aliases (${differing} of 54 codes differ between the lists, e.g. 04 is Hoa in 1979 and Mường in 2008).`;
  const list1979Json = {
    name: "ethnic-groups-1979",
    title: {
      vi: "Danh mục các dân tộc Việt Nam (Quyết định 121-TCTK/PPCĐ, 1979)",
      en: "Ethnic groups of Vietnam (1979 list)",
    },
    description: `The 54 ethnic groups as coded by Decision 121-TCTK/PPCĐ (1979-03-02) of the General Statistics Office. Health data exchange uses this list (\`MA_DANTOC\`). The same code means a different group in the 2008 list (\`ethnic-groups-2008\`): a coded ethnicity must say which list it uses. ${crosswalkNote} Codes 55 (foreigner) and 56 (unknown) are not in the decision but are used in practice; they carry \`practice: true\` and have no equivalent. Labels: Vietnamese as the list writes them; English renderings by the project. \`aliases\` hold spelling variants (hyphens, spacing, the 2008 list's spelling). Each entry has \`confidence\` (M: codes from secondary copies of the decision, consistent with health data-exchange guides).`,
    source: "Decision 121-TCTK/PPCĐ (1979-03-02) of the General Statistics Office",
    official: true,
    confidence: "M",
    entries: [
      ...groups1979.map((g) => entry(g, "equivalent2008", equivalentOf1979.get(g.code))),
      ...practice.map((p) => {
        const label = PRACTICE_CODES[p.meaning];
        assert(label, `FACTS.md §5: unknown practice code meaning ${p.meaning}`);
        return { code: p.code, label, practice: true, confidence: "M" };
      }),
    ],
  };
  const list2008Json = {
    name: "ethnic-groups-2008",
    title: {
      vi: "Danh mục các dân tộc Việt Nam (Quyết định 1019/QĐ-TCTK, 2008)",
      en: "Ethnic groups of Vietnam (2008 list)",
    },
    description: `The 54 ethnic groups as coded by the General Statistics Office's "Danh mục các dân tộc Việt Nam" (Decision 1019/QĐ-TCTK, 2008), the list QCVN 109:2017/BTTTT uses for population data exchange (\`DanToc\`). The same code means a different group in the 1979 list (\`ethnic-groups-1979\`): a coded ethnicity must say which list it uses. ${crosswalkNote} Labels: Vietnamese as the list writes them; English renderings by the project. \`aliases\` hold spelling variants (hyphens, spacing, the 1979 list's spelling). Confidence M overall: codes 01–20 were read in the statistics office's own file (entries with \`confidence: "H"\`); codes 21–54 come from a single unverified secondary source (\`confidence: "L"\`): verify before relying on one of them.`,
    source:
      "Decision 1019/QĐ-TCTK (2008-11-12) of the General Statistics Office; QCVN 109:2017/BTTTT",
    official: true,
    confidence: "M",
    entries: groups2008.map((g) => entry(g, "equivalent1979", equivalentOf2008.get(g.code))),
  };
  return [list1979Json, list2008Json];
}

// ---------------------------------------------------------------------------------------------

mkdirSync(outDir, { recursive: true });
const provinceList = buildProvinces();
assert(
  provinceList.entries.filter((e) => e.validTo === LEGACY_END || e.validTo === "2024-12-31")
    .length ===
    EXPECTED.legacyProvinces + 1,
  "provinces: legacy entries",
);
assert(
  provinceList.entries.filter((e) => e.validFrom === REFORM_START).length === EXPECTED.provinces,
  "provinces: current entries",
);
writeList(provinceList);
writeList(buildDistricts());
writeList(buildCommunes());
for (const list of buildEthnicGroups()) writeList(list);
