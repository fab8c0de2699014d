// The parts together: streaming Citizen records through the compiled validator, and the quality
// report by schema id.
import { describe, expect, it } from "vitest";
import {
  assessQuality,
  createValidator,
  renderQualityReport,
  validateStream,
} from "../src/index.js";

const CITIZEN = "https://schemas.ndcvn.org/population/Citizen/1.0.0";
const citizen = (n: number, extra: Record<string, unknown> = {}) => ({
  birthName: { fullName: n % 2 ? "Nguyễn Văn An" : "Trần Thị Bình" },
  // 079 Hồ Chí Minh; century/sex digit 0 male, 1 female (1900s); the birth year's last two digits.
  personalId: `079${n % 2 ? 0 : 1}${90 + (n % 10)}${100000 + n}`,
  dateOfBirth: `19${90 + (n % 10)}-01-15`,
  sex: n % 2 ? "male" : "female",
  nationality: ["VN"],
  ...extra,
});

describe("validateStream with the Citizen validator", () => {
  it("reports every NDJSON line with its number, valid or not", async () => {
    const lines = [
      JSON.stringify(citizen(1)),
      "",
      JSON.stringify(citizen(2, { sex: "male" })),
      "{not json",
      JSON.stringify(citizen(3)),
    ].join("\n");
    const results = [];
    for await (const result of validateStream([lines], createValidator(CITIZEN), {
      format: "ndjson",
      locale: "en",
    }))
      results.push(result);
    expect(results.map((r) => [r.line, r.ok])).toEqual([
      [1, true],
      [3, false],
      [4, false],
      [5, true],
    ]);
    expect(results[1]?.issues).toContainEqual(
      expect.objectContaining({ path: "/personalId", code: "personal_id_sex_mismatch" }),
    );
    expect(results[2]?.issues[0]?.code).toBe("invalid_json");
  });
});

describe("assessQuality by schema id", () => {
  it("scores a dataset with the standard's validator and documents", async () => {
    const records = [
      citizen(1),
      citizen(3),
      citizen(5),
      { ...citizen(7), birthName: { fullName: "Lê  Văn Hòa" } },
      { nonsense: true },
    ];
    const report = await assessQuality(records, CITIZEN, { now: "2026-11-27T00:00:00+07:00" });
    expect(report.records.total).toBe(5);
    expect(report.scores.correct).toBe(80);
    const html = renderQualityReport(report, { locale: "vi" });
    expect(html).toContain("<svg");
    expect(html).not.toContain("Hòa");
  });
});
