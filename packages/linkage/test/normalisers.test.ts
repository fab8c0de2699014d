// Each normaliser, as tables of real cases: Vietnamese names and their faults, dates as Vietnamese
// records write them, identifiers, old phone numbers and addresses across the 2025 reorganisation.
import {
  legacyIdCard,
  nameKey as validatorsNameKey,
  socialInsuranceNumber as validatorsSocialInsuranceNumber,
} from "@ndcvn/validators";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { NORMALISER_NAMES, NORMALISERS } from "../src/index.js";
import { fastNameKey } from "../src/normalise/name-key.js";

type Case = readonly [input: unknown, want: string | undefined];

function run(name: string, options: Record<string, unknown>, input: unknown): string | undefined {
  const definition = NORMALISERS[name];
  if (!definition) throw new Error(`no normaliser ${name}`);
  return definition.create(options)(input as string);
}

const TABLES: readonly [name: string, options: Record<string, unknown>, cases: readonly Case[]][] =
  [
    [
      "trim",
      {},
      [
        ["  Hà Nội ", "Hà Nội"],
        [42, "42"],
        ["   ", undefined],
      ],
    ],
    [
      "text",
      {},
      [
        ["  Khánh   Hòa ", "khánh hoà"],
        ["NGUYỄN THỊ THỦY", "nguyễn thị thuỷ"],
        ["Nguye\u0302\u0303n", "nguyễn"],
        ["\u200B", undefined],
      ],
    ],
    [
      "fold",
      {},
      [
        ["Đặng Thị Hoà", "Dang Thi Hoa"],
        ["Phường Ba Đình", "Phuong Ba Dinh"],
      ],
    ],
    [
      "digits",
      {},
      [
        ["0912 345 678", "0912345678"],
        ["１２３", "123"],
        [1990, "1990"],
        ["abc", undefined],
      ],
    ],
    [
      "prefix",
      { length: 3 },
      [
        ["Nguyễn", "Ngu"],
        ["Lê", "Lê"],
        ["𠀀𠀁𠀂𠀃", "𠀀𠀁𠀂"],
      ],
    ],
    [
      "nameKey",
      {},
      [
        ["Nguyễn Thị Thu Hà", "nguyen thi thu ha"],
        ["  NGUYEN   thi thu HA ", "nguyen thi thu ha"],
        ["Nguye\u0302\u0303n Thi\u0323 Thu Ha\u0300", "nguyen thi thu ha"],
        ["Lê Thị Hòa", "le thi hoa"],
        ["", undefined],
      ],
    ],
    [
      "nameKey",
      { dropMiddleName: true },
      [
        ["Nguyễn Thị Thu Hà", "nguyen ha"],
        ["Tôn Thất Thuyết", "ton that thuyet"],
      ],
    ],
    [
      "nameKey",
      { familyNameVariants: true },
      [
        ["Huỳnh Văn Hòa", "hoang van hoa"],
        ["Võ Thị Sáu", "vu thi sau"],
      ],
    ],
    ["nameKey", { keepDiacritics: true }, [["Lê Thị Hòa", "lê thị hoà"]]],
    [
      "nameWords",
      {},
      [
        ["Nguyễn Văn An", "an nguyen van"],
        ["An Văn Nguyễn", "an nguyen van"],
      ],
    ],
    [
      "date",
      {},
      [
        ["1990-05-12", "1990-05-12"],
        ["12/05/1990", "1990-05-12"],
        ["12-5-1990", "1990-05-12"],
        ["12.05.1990", "1990-05-12"],
        ["19900512", "1990-05-12"],
        [19900512, "1990-05-12"],
        ["1990/05/12", "1990-05-12"],
        ["1990-05-12T08:00:00+07:00", "1990-05-12"],
        ["2000-02-29", "2000-02-29"],
        ["1900-02-29", undefined],
        ["2023-02-29", undefined],
        ["1990", undefined],
        ["1990-05", undefined],
        ["31/13/1990", undefined],
        ["not a date", undefined],
      ],
    ],
    ["date", { order: "mdy" }, [["05/12/1990", "1990-05-12"]]],
    [
      "partialDate",
      {},
      [
        ["1990", "1990"],
        ["1990-5", "1990-05"],
        ["05/1990", "1990-05"],
        ["12/05/1990", "1990-05-12"],
        ["1990-13", undefined],
      ],
    ],
    [
      "year",
      {},
      [
        ["1990-05-12", "1990"],
        ["12/05/1990", "1990"],
        [1990, "1990"],
        ["90", undefined],
      ],
    ],
    [
      "unorderedDayMonth",
      {},
      [
        ["1990-05-12", "1990-05-12"],
        ["1990-12-05", "1990-05-12"],
        ["12/05/1990", "1990-05-12"],
        ["1990-05-13", "1990-05-13"],
        ["1990-03-03", "1990-03-03"],
        ["1990", undefined],
      ],
    ],
    [
      "personalId",
      {},
      [
        ["001099012345", "001099012345"],
        [" 001 099 012345 ", "001099012345"],
        ["001.099.012.345", "001099012345"],
        ["000099012345", undefined],
        ["12345", undefined],
        [1099012345, undefined],
      ],
    ],
    [
      "legacyIdCard",
      {},
      [
        ["012345678", "012345678"],
        ["012 345 678", "012345678"],
        ["001099012345", "001099012345"],
        ["12345", undefined],
      ],
    ],
    [
      "socialInsuranceNumber",
      {},
      [
        ["7933998131", "7933998131"],
        ["79 3399 8131", "7933998131"],
        ["793399813", undefined],
      ],
    ],
    [
      "phone",
      {},
      [
        ["01662345678", "+84362345678"],
        ["+841662345678", "+84362345678"],
        ["0912.345.678", "+84912345678"],
        ["+84 912 345 678", "+84912345678"],
        ["123", undefined],
      ],
    ],
    [
      "sex",
      {},
      [
        ["male", "male"],
        ["Nam", "male"],
        ["nữ", "female"],
        ["NU", "female"],
        ["F", "female"],
        [1, "male"],
        ["2", "female"],
        ["khác", "other"],
        ["0", undefined],
        ["unknown", undefined],
        ["constructor", undefined],
      ],
    ],
  ];

describe("normalisers: tables of real cases", () => {
  for (const [name, options, cases] of TABLES) {
    it(`${name} ${JSON.stringify(options)}`, () => {
      expect(cases.map(([input]) => run(name, options, input))).toEqual(
        cases.map(([, want]) => want),
      );
    });
  }

  it("has a table for every normaliser", () => {
    const tested = new Set([...TABLES.map(([name]) => name), "adminUnit"]);
    expect(NORMALISER_NAMES.filter((name) => !tested.has(name))).toEqual([]);
  });
});

describe("normalisers: administrative units through the 2025 crosswalk", () => {
  const commune = (code: string, asOf: string) => ({ code, level: "commune", asOf });
  it.each([
    ["an old commune becomes the one it went into", {}, commune("21991", "2012-07-04"), "21589"],
    ["a current commune stays", {}, commune("21589", "2025-08-01"), "21589"],
    ["the province of an old commune", { level: "province" }, commune("21991", "2012-07-04"), "52"],
    [
      "Bắc Ninh (old code 27) and Bắc Giang (old 24) merged into Bắc Ninh (24)",
      {},
      { code: "27", level: "province", asOf: "2020-01-01" },
      "24",
    ],
    ["Bắc Giang's old code", {}, { code: "24", level: "province", asOf: "2020-01-01" }, "24"],
    ["a split commune is ambiguous", {}, commune("00007", "2020-01-01"), undefined],
    ["but its province is not", { level: "province" }, commune("00007", "2020-01-01"), "01"],
    [
      "a district has no successor",
      {},
      { code: "540", level: "district", asOf: "2012-07-04" },
      undefined,
    ],
    [
      "a district's province",
      { level: "province" },
      { code: "540", level: "district", asOf: "2012-07-04" },
      "52",
    ],
    ["a bare current code", {}, "21589", "21589"],
    ["a bare old code read at a date", { codesAsOf: "2012-07-04" }, "21991", "21589"],
    ["an unknown code", {}, commune("99999", "2025-08-01"), undefined],
    ["a reference without a date", {}, { code: "21589", level: "commune" }, "21589"],
    ["not a code", {}, { code: "Hà Nội", asOf: "2025-08-01" }, undefined],
  ] as const)("%s", (_, options, input, want) => {
    expect(run("adminUnit", options, input)).toBe(want);
    // Asked again, from the answers kept: the same.
    expect(run("adminUnit", options, input)).toBe(want);
  });
});

describe("normalisers: the fast paths agree with @ndcvn/validators", () => {
  const NAME_OPTIONS = [
    {},
    { dropMiddleName: true },
    { familyNameVariants: true },
    { keepDiacritics: true },
    { dropMiddleName: true, familyNameVariants: true, keepDiacritics: true },
  ];
  const vietnameseWord = fc.constantFrom(
    "Nguyễn",
    "Công",
    "Tằng",
    "Tôn",
    "Nữ",
    "Thất",
    "Lê",
    "Huỳnh",
    "Võ",
    "Thị",
    "Văn",
    "Hòa",
    "Hoà",
    "Thủy",
    "ĐẶNG",
    "an",
    "Nguye\u0302\u0303n",
    "\u0301",
    "\u200B",
    "O'Neil",
    "Σίσυφος",
    "ǅ",
  );
  const name = fc.oneof(
    fc.array(vietnameseWord, { maxLength: 7 }).map((words) => words.join(" ")),
    fc
      .tuple(
        fc.array(fc.oneof(vietnameseWord, fc.string({ unit: "grapheme", maxLength: 6 })), {
          maxLength: 6,
        }),
        fc.constantFrom(" ", "  ", "\t", "\u00A0", "\u2003"),
      )
      .map(([words, separator]) => words.join(separator)),
    fc.string({ unit: "binary", maxLength: 20 }),
  );

  it("fastNameKey is nameKey, for any text and options", () => {
    fc.assert(
      fc.property(name, fc.constantFrom(...NAME_OPTIONS), (text, options) => {
        expect(fastNameKey(text, options)).toBe(validatorsNameKey(text, options));
      }),
      { numRuns: 3000 },
    );
  });

  it("ten digits are a social insurance number and nine an ID card number, as the validators say", () => {
    const digits = (length: number) =>
      fc
        .array(fc.constantFrom(..."0123456789"), { minLength: length, maxLength: length })
        .map((d) => d.join(""));
    fc.assert(
      fc.property(digits(10), (value) => {
        expect(run("socialInsuranceNumber", {}, value)).toBe(
          validatorsSocialInsuranceNumber.parse(value).ok ? value : undefined,
        );
      }),
    );
    fc.assert(
      fc.property(digits(9), (value) => {
        expect(run("legacyIdCard", {}, value)).toBe(
          legacyIdCard.parse(value).ok ? value : undefined,
        );
      }),
    );
  });

  it("never throws, whatever the value", () => {
    fc.assert(
      fc.property(fc.constantFrom(...NORMALISER_NAMES), fc.anything(), (normaliser, value) => {
        const out = run(normaliser, normaliser === "prefix" ? { length: 2 } : {}, value);
        expect(out === undefined || typeof out === "string").toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
