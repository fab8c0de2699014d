// Religion of the synthetic population: codes of the `religions` code list (`none` for no religion).
//
// Source: Viet Nam Population and Housing Census 2019, population by religion (13.2 M followers =
// 13.7 %: Catholicism 5.87 M = 6.1 %, Buddhism 4.61 M = 4.8 % — those who declared it, not the far
// larger number of people who practise ancestor worship and visit pagodas —, Protestantism 0.96 M,
// Hòa Hảo 0.98 M, Cao Đài 0.56 M, Islam 0.07 M; confidence M for these national figures). Where
// they live: confidence L, shaped on provincial profiles (Catholics in Nam Định, Ninh Bình,
// Đồng Nai, Bà Rịa - Vũng Tàu, Lâm Đồng; Cao Đài in Tây Ninh; Hòa Hảo in An Giang, Đồng Tháp,
// Cần Thơ; Theravada Buddhism among Khmer; Protestantism among Central Highlands groups and Mông;
// Islam among Chăm of An Giang and Hồ Chí Minh City). With the ethnic composition of ethnicity.ts
// these rates give nationally ≈ Catholic 6.0 %, Buddhist 4.9 %, Protestant 1.1 %, Hòa Hảo 1.0 %,
// Cao Đài 0.56 %, Islam 0.07 %. A household shares one religion.

/** Kinh and Hoa households by pre-2025 province: percent Catholic, Buddhist, Cao Đài, Hòa Hảo. */
export const PROVINCE_RELIGION: Readonly<
  Record<string, readonly [number, number, number, number]>
> = {
  "01": [2, 1.2, 0.0, 0.0],
  "22": [2.5, 0.8, 0.0, 0.0],
  "26": [2.5, 0.4, 0.0, 0.0],
  "27": [1.5, 0.8, 0.0, 0.0],
  "30": [2, 0.4, 0.0, 0.0],
  "31": [3, 1.2, 0.0, 0.0],
  "33": [4, 0.4, 0.0, 0.0],
  "34": [8, 0.4, 0.0, 0.0],
  "35": [7, 0.4, 0.0, 0.0],
  "36": [25, 0.4, 0.0, 0.0],
  "37": [16, 0.4, 0.0, 0.0],
  "38": [4.5, 0.4, 0.0, 0.0],
  "40": [9, 0.2, 0.0, 0.0],
  "42": [7, 0.2, 0.0, 0.0],
  "44": [11, 0.4, 0.0, 0.0],
  "45": [4, 1.6, 0.0, 0.0],
  "46": [3.5, 22.4, 0.0, 0.0],
  "48": [5, 9.6, 0.0, 0.0],
  "49": [2, 6.4, 0.0, 0.0],
  "51": [1.5, 2.4, 0.0, 0.0],
  "52": [3, 4.8, 0.0, 0.0],
  "54": [3, 6.4, 0.0, 0.0],
  "56": [8, 11.2, 0.0, 0.0],
  "58": [10, 6.4, 0.0, 0.0],
  "60": [8, 11.2, 0.0, 0.0],
  "62": [12, 3.2, 0.0, 0.0],
  "64": [8, 4.8, 0.0, 0.0],
  "66": [10, 4.8, 0.0, 0.0],
  "67": [10, 4.0, 0.0, 0.0],
  "68": [22, 8.0, 0.0, 0.0],
  "70": [8, 4.0, 0.0, 0.0],
  "72": [2, 5.6, 22.4, 0.0],
  "74": [4, 4.8, 1.4, 0.0],
  "75": [31, 7.2, 0.7, 0.0],
  "77": [19, 7.2, 0.0, 0.0],
  "79": [8, 8.8, 0.3, 0.2],
  "80": [1.5, 4.8, 2.0, 0.0],
  "82": [2, 4.8, 2.7, 0.0],
  "83": [4, 4.8, 3.4, 0.0],
  "84": [4, 4.8, 0.7, 0.0],
  "86": [5, 5.6, 1.4, 2.2],
  "87": [2, 4.0, 0.7, 10.8],
  "89": [2, 6.4, 0.3, 28.8],
  "91": [4, 4.8, 0.7, 3.6],
  "92": [4, 5.6, 0.7, 8.6],
  "93": [2, 4.0, 0.7, 7.2],
  "94": [2, 4.0, 0.3, 0.7],
  "95": [3, 6.4, 0.7, 0.7],
  "96": [3, 3.2, 0.7, 0.4],
};

/** Kinh and Hoa households in provinces not listed above. */
export const DEFAULT_PROVINCE_RELIGION: readonly [number, number, number, number] = [
  0.8, 0.4, 0, 0,
];

/** Protestant percent among Kinh and Hoa households: Southeast and Central Highlands, elsewhere. */
export const KINH_PROTESTANT_PERCENT = { southAndHighlands: 0.3, elsewhere: 0.1 } as const;

/** Extra percents for Hoa households (Chinese-Vietnamese temples and parishes), on top of their province's. L. */
export const HOA_EXTRA = { buddhism: 17, catholicism: 2 } as const;

/** Minorities with their own religious profile: [religion code, percent]. */
export const ETHNIC_RELIGION: Readonly<Record<string, readonly (readonly [string, number])[]>> = {
  "05": [
    ["buddhism", 90],
    ["catholicism", 1],
  ], // Khmer
  "08": [["protestantism", 22]], // Mông
  "09": [["protestantism", 5]], // Dao
  "10": [
    ["protestantism", 35],
    ["catholicism", 15],
  ], // Gia Rai
  "11": [
    ["protestantism", 45],
    ["catholicism", 15],
  ], // Ê Đê
  "12": [
    ["catholicism", 35],
    ["protestantism", 10],
  ], // Ba Na
  "15": [
    ["protestantism", 35],
    ["catholicism", 35],
  ], // Cơ Ho
  "16": [
    ["catholicism", 45],
    ["protestantism", 5],
  ], // Xơ Đăng
  "18": [
    ["protestantism", 5],
    ["catholicism", 5],
  ], // Hrê
  "19": [["protestantism", 10]], // Ra Glai
  "20": [
    ["protestantism", 45],
    ["catholicism", 10],
  ], // Mnông
  "22": [
    ["protestantism", 30],
    ["catholicism", 20],
  ], // Xtiêng
  "24": [
    ["protestantism", 5],
    ["catholicism", 5],
  ], // Bru Vân Kiều
  "25": [
    ["protestantism", 5],
    ["catholicism", 5],
  ], // Cơ Tu
  "27": [
    ["protestantism", 5],
    ["catholicism", 5],
  ], // Tà Ôi
  "28": [
    ["catholicism", 30],
    ["protestantism", 20],
  ], // Mạ
  "29": [["catholicism", 35]], // Giẻ Triêng
  "30": [
    ["protestantism", 5],
    ["catholicism", 5],
  ], // Co
  "31": [["catholicism", 30]], // Chơ Ro
  "34": [
    ["protestantism", 20],
    ["catholicism", 30],
  ], // Chu Ru
};

/** Other minorities (ancestor worship and animism, counted as no religion): small Catholic and Buddhist shares. */
export const OTHER_MINORITY_RELIGION: readonly (readonly [string, number])[] = [
  ["catholicism", 1],
  ["buddhism", 1],
];

/**
 * Chăm (code 14): Muslim percent in An Giang, Hồ Chí Minh City, Tây Ninh and Đồng Nai, and
 * elsewhere (Bani and Brahmanist Chăm have no entry in the list: no religion).
 */
export const CHAM_ISLAM = {
  southPercent: 90,
  elsewherePercent: 30,
  south: ["89", "79", "72", "75"],
} as const;
