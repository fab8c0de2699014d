// The 63 provinces and centrally-run cities before 2025-07-01: the pre-2025 code (the one personal
// identification numbers and health-insurance cards keep), population, region, and two
// behavioural shares.
//
// - Population: Viet Nam Population and Housing Census 2019, resident population by province, in
//   thousands, rounded (confidence M: the regional sums agree with the published regional totals —
//   Red River Delta 22.54 M, Northern Midlands and Mountains 12.53 M, North Central and Central
//   Coast 20.19 M, Central Highlands 5.84 M, Southeast 17.83 M, Mekong River Delta 17.27 M — to
//   within 0.01 %). Province of residence is drawn with these weights.
// - Region: the statistics office's six socio-economic regions (RRD, NM, NCC, CH, SE, MD). H.
// - Share of households whose members were born elsewhere (in-migrants): L, an assumption shaped
//   on the 2019 census migration results (Bình Dương, Hồ Chí Minh City, Đồng Nai and the Central
//   Highlands receive most migrants).
// - Share of households using the southern forms of the family names Hoàng → Huỳnh and Vũ → Võ
//   (FACTS §7: the same names in northern and southern usage; the southern forms come from the
//   Nguyễn lords' naming taboo in Đàng Trong, south of the Gianh river in Quảng Bình). L.

export type Region = "RRD" | "NM" | "NCC" | "CH" | "SE" | "MD";

/** [pre-2025 code, short name, population 2019 (thousands), region, in-migrant share, southern-name share] */
export type ProvinceRow = readonly [string, string, number, Region, number, number];

export const PROVINCES: readonly ProvinceRow[] = [
  ["01", "Hà Nội", 8054, "RRD", 0.2, 0.03],
  ["02", "Hà Giang", 854, "NM", 0.05, 0.03],
  ["04", "Cao Bằng", 530, "NM", 0.05, 0.03],
  ["06", "Bắc Kạn", 314, "NM", 0.05, 0.03],
  ["08", "Tuyên Quang", 785, "NM", 0.05, 0.03],
  ["10", "Lào Cai", 731, "NM", 0.05, 0.03],
  ["11", "Điện Biên", 599, "NM", 0.05, 0.03],
  ["12", "Lai Châu", 460, "NM", 0.05, 0.03],
  ["14", "Sơn La", 1248, "NM", 0.05, 0.03],
  ["15", "Yên Bái", 822, "NM", 0.05, 0.03],
  ["17", "Hoà Bình", 854, "NM", 0.05, 0.03],
  ["19", "Thái Nguyên", 1287, "NM", 0.05, 0.03],
  ["20", "Lạng Sơn", 782, "NM", 0.05, 0.03],
  ["22", "Quảng Ninh", 1320, "RRD", 0.1, 0.03],
  ["24", "Bắc Giang", 1804, "NM", 0.05, 0.03],
  ["25", "Phú Thọ", 1464, "NM", 0.05, 0.03],
  ["26", "Vĩnh Phúc", 1152, "RRD", 0.1, 0.03],
  ["27", "Bắc Ninh", 1369, "RRD", 0.15, 0.03],
  ["30", "Hải Dương", 1893, "RRD", 0.05, 0.03],
  ["31", "Hải Phòng", 2029, "RRD", 0.1, 0.03],
  ["33", "Hưng Yên", 1253, "RRD", 0.05, 0.03],
  ["34", "Thái Bình", 1861, "RRD", 0.05, 0.03],
  ["35", "Hà Nam", 853, "RRD", 0.05, 0.03],
  ["36", "Nam Định", 1781, "RRD", 0.05, 0.03],
  ["37", "Ninh Bình", 983, "RRD", 0.05, 0.03],
  ["38", "Thanh Hóa", 3641, "NCC", 0.05, 0.05],
  ["40", "Nghệ An", 3327, "NCC", 0.05, 0.05],
  ["42", "Hà Tĩnh", 1289, "NCC", 0.05, 0.05],
  ["44", "Quảng Bình", 896, "NCC", 0.05, 0.4],
  ["45", "Quảng Trị", 633, "NCC", 0.05, 0.4],
  ["46", "Thừa Thiên Huế", 1129, "NCC", 0.05, 0.4],
  ["48", "Đà Nẵng", 1135, "NCC", 0.2, 0.85],
  ["49", "Quảng Nam", 1496, "NCC", 0.05, 0.85],
  ["51", "Quảng Ngãi", 1232, "NCC", 0.05, 0.85],
  ["52", "Bình Định", 1487, "NCC", 0.05, 0.85],
  ["54", "Phú Yên", 873, "NCC", 0.05, 0.85],
  ["56", "Khánh Hòa", 1232, "NCC", 0.05, 0.85],
  ["58", "Ninh Thuận", 591, "NCC", 0.05, 0.85],
  ["60", "Bình Thuận", 1231, "NCC", 0.05, 0.85],
  ["62", "Kon Tum", 541, "CH", 0.25, 0.6],
  ["64", "Gia Lai", 1514, "CH", 0.25, 0.6],
  ["66", "Đắk Lắk", 1870, "CH", 0.3, 0.6],
  ["67", "Đắk Nông", 622, "CH", 0.45, 0.6],
  ["68", "Lâm Đồng", 1297, "CH", 0.3, 0.6],
  ["70", "Bình Phước", 995, "SE", 0.4, 0.75],
  ["72", "Tây Ninh", 1170, "SE", 0.05, 0.9],
  ["74", "Bình Dương", 2426, "SE", 0.5, 0.75],
  ["75", "Đồng Nai", 3097, "SE", 0.3, 0.75],
  ["77", "Bà Rịa - Vũng Tàu", 1149, "SE", 0.25, 0.75],
  ["79", "Hồ Chí Minh", 8993, "SE", 0.35, 0.75],
  ["80", "Long An", 1689, "MD", 0.05, 0.9],
  ["82", "Tiền Giang", 1765, "MD", 0.05, 0.9],
  ["83", "Bến Tre", 1289, "MD", 0.05, 0.9],
  ["84", "Trà Vinh", 1009, "MD", 0.05, 0.9],
  ["86", "Vĩnh Long", 1023, "MD", 0.05, 0.9],
  ["87", "Đồng Tháp", 1600, "MD", 0.05, 0.9],
  ["89", "An Giang", 1908, "MD", 0.05, 0.9],
  ["91", "Kiên Giang", 1723, "MD", 0.05, 0.9],
  ["92", "Cần Thơ", 1236, "MD", 0.1, 0.9],
  ["93", "Hậu Giang", 733, "MD", 0.05, 0.9],
  ["94", "Sóc Trăng", 1200, "MD", 0.05, 0.9],
  ["95", "Bạc Liêu", 907, "MD", 0.05, 0.9],
  ["96", "Cà Mau", 1194, "MD", 0.05, 0.9],
];
