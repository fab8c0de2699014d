// Synthetic Citizen payloads for the benchmarks: varied, valid, consistent personal IDs. Only
// synthetic data, generated from a seed.
const FAMILY = [
  "Nguyễn",
  "Trần",
  "Lê",
  "Phạm",
  "Hoàng",
  "Huỳnh",
  "Phan",
  "Vũ",
  "Võ",
  "Đặng",
  "Bùi",
  "Đỗ",
];
const MIDDLE = { male: ["Văn", "Đức", "Minh", "Quốc"], female: ["Thị", "Thu", "Ngọc", "Thanh"] };
const GIVEN = {
  male: ["An", "Bình", "Dũng", "Hùng", "Khoa", "Nam"],
  female: ["Hà", "Lan", "Mai", "Hoa", "Thảo", "Linh"],
};
const PROVINCES = ["01", "24", "31", "46", "48", "79", "92", "96"];

/** A small deterministic generator (mulberry32). */
export function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The n-th synthetic citizen of a seeded sequence. */
export function citizen(next) {
  const pick = (list) => list[Math.floor(next() * list.length)];
  const sex = next() < 0.5 ? "male" : "female";
  const year = 1940 + Math.floor(next() * 80);
  const month = String(1 + Math.floor(next() * 12)).padStart(2, "0");
  const day = String(1 + Math.floor(next() * 28)).padStart(2, "0");
  const province = pick(PROVINCES);
  const centuryDigit = (year >= 2000 ? 2 : 0) + (sex === "female" ? 1 : 0);
  const personalId = `0${province}${centuryDigit}${String(year % 100).padStart(2, "0")}${String(Math.floor(next() * 1e6)).padStart(6, "0")}`;
  const family = pick(FAMILY);
  const middle = pick(MIDDLE[sex]);
  const given = pick(GIVEN[sex]);
  return {
    birthName: {
      fullName: `${family} ${middle} ${given}`,
      familyName: family,
      middleName: middle,
      givenName: given,
    },
    personalId,
    dateOfBirth: `${year}-${month}-${day}`,
    sex,
    nationality: ["VN"],
    ethnicity: { system: "ethnic-groups-2008", code: "01" },
    maritalStatus: next() < 0.5 ? "married" : "never-married",
    permanentResidence: {
      form: "two-level",
      line: `Số ${1 + Math.floor(next() * 200)} phố Đội Cấn`,
      commune: { code: "00004", level: "commune", asOf: "2025-08-01" },
      province: { code: "01", level: "province", asOf: "2025-08-01" },
      country: "VN",
    },
    contacts: [
      {
        system: "phone",
        value: `+8491${String(Math.floor(next() * 1e7)).padStart(7, "0")}`,
        use: "mobile",
      },
    ],
  };
}
