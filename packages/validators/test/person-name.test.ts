import { describe, expect, it } from "vitest";
import { nameKey, parsePersonName } from "../src/index.js";

describe("parsePersonName", () => {
  it.each([
    [
      "Nguyễn Thị Thu Hà",
      { familyName: "Nguyễn", middleName: "Thị Thu", givenName: "Hà", ambiguous: false },
    ],
    ["lê minh", { fullName: "Lê Minh", familyName: "Lê", givenName: "Minh", ambiguous: false }],
    [
      "Nguyễn Lê Bảo Anh",
      { familyName: "Nguyễn Lê", middleName: "Bảo", givenName: "Anh", ambiguous: true },
    ],
    [
      "Nguyễn Lê Văn Nam",
      { familyName: "Nguyễn", middleName: "Lê Văn", givenName: "Nam", ambiguous: false },
    ],
    ["Trần Lê Minh", { familyName: "Trần", middleName: "Lê", givenName: "Minh", ambiguous: false }],
    [
      "Tôn Thất Minh Khoa",
      { familyName: "Tôn Thất", middleName: "Minh", givenName: "Khoa", ambiguous: false },
    ],
    [
      "  PHẠM   VĂN  ĐỨC ",
      { fullName: "Phạm Văn Đức", familyName: "Phạm", middleName: "Văn", givenName: "Đức" },
    ],
  ])("%s", (input, expected) => {
    const parts = parsePersonName(input);
    expect(parts).toMatchObject(expected);
    if (!("middleName" in expected)) expect(parts).not.toHaveProperty("middleName");
  });

  it("gives a one-word name as given name, marked ambiguous, and nothing for no words", () => {
    expect(parsePersonName("Hà")).toMatchObject({
      familyName: "",
      givenName: "Hà",
      ambiguous: true,
    });
    expect(parsePersonName("   ")).toBeUndefined();
    expect(parsePersonName(null as unknown as string)).toBeUndefined();
  });
});

describe("nameKey", () => {
  it("matches names typed without diacritics, in capitals, in NFD or with the other tone placement", () => {
    const key = nameKey("Nguyễn Thị Thủy");
    expect(key).toBe("nguyen thi thuy");
    for (const variant of [
      "NGUYEN THI THUY",
      "Nguyễn Thị Thuỷ",
      "nguyễn  thị thủy".normalize("NFD"),
    ]) {
      expect(nameKey(variant)).toBe(key);
    }
  });

  it("treats Huỳnh/Hoàng and Võ/Vũ as one family name on request", () => {
    expect(nameKey("Huỳnh Văn Hòa", { familyNameVariants: true })).toBe("hoang van hoa");
    expect(nameKey("Võ Thị Lan", { familyNameVariants: true })).toBe(
      nameKey("Vũ Thị Lan", { familyNameVariants: true }),
    );
    expect(nameKey("Huỳnh Văn Hòa")).toBe("huynh van hoa");
    // Only the family name: a given name Võ is not changed.
    expect(nameKey("Trần Văn Võ", { familyNameVariants: true })).toBe("tran van vo");
  });

  it("drops the middle name or keeps diacritics on request", () => {
    expect(nameKey("Nguyễn Thị Thu Hà", { dropMiddleName: true })).toBe("nguyen ha");
    expect(nameKey("Nguyễn Thị Thủy", { keepDiacritics: true })).toBe("nguyễn thị thuỷ");
  });
});

describe("nameKey with family-name variants", () => {
  it.each([
    ["Huỳnh Văn Hòa", "hoang van hoa"],
    ["Constructor Văn An", "constructor van an"],
    ["Tostring Thị Hoa", "tostring thi hoa"],
    ["__proto__ Văn Bình", "__proto__ van binh"],
  ])("%s → %s (only the variant table's own entries count)", (name, want) => {
    expect(nameKey(name, { familyNameVariants: true })).toBe(want);
  });
});
