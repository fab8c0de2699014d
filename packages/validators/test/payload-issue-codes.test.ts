import { describe, expect, it } from "vitest";
import { validate } from "../src/index.js";

const CITIZEN = "https://schemas.ndcvn.org/population/Citizen/1.0.0";
const citizen = {
  birthName: { fullName: "Nguyễn Văn An" },
  personalId: "001099012345",
  dateOfBirth: "1999",
  sex: "male",
  nationality: ["VN"],
};

function codes(value: unknown) {
  const result = validate(CITIZEN, value, { locale: "en" });
  return result.ok ? [] : result.issues.map((issue) => `${issue.path} ${issue.code}`);
}

describe("payload issue codes", () => {
  it.each([
    [
      "a field of the wrong type is invalid_type, not required",
      { nationality: "VN" },
      ["/nationality invalid_type"],
    ],
    ["a missing field is required", { nationality: undefined }, ["/nationality required"]],
    [
      "a field of the wrong type inside an object",
      { birthName: { fullName: 7 } },
      ["/birthName/fullName invalid_type"],
    ],
    [
      "a sex that disagrees with the personal ID is told once, by the consistency rule",
      { sex: "female" },
      ["/personalId personal_id_sex_mismatch"],
    ],
    [
      "a birth year that disagrees with the personal ID is told once, by the consistency rule",
      { dateOfBirth: "2001" },
      ["/personalId personal_id_birth_year_mismatch"],
    ],
  ])("%s", (_name, change, want) => {
    const value: Record<string, unknown> = { ...citizen, ...change };
    for (const [key, field] of Object.entries(value)) if (field === undefined) delete value[key];
    expect(codes(value)).toEqual(want);
  });

  it("keeps the pattern issue of a personal ID that is malformed as well", () => {
    expect(codes({ ...citizen, personalId: "00109901234X" })).toContain(
      "/personalId invalid_pattern",
    );
  });
});
