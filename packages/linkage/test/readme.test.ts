// The README's claims: the opening example prints what it says, the worked example's result is the
// one shown, and every normaliser and preset pass is documented.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { type LinkageSpec, link, NORMALISER_NAMES, presets, validateSpec } from "../src/index.js";
import worked from "./fixtures/worked-example.json" with { type: "json" };

const here = path.dirname(fileURLToPath(import.meta.url));
const readme = readFileSync(path.resolve(here, "../README.md"), "utf8");

describe("README", () => {
  it("opens with an example that prints what it says", async () => {
    const population = [
      {
        id: "C1",
        personalId: "001099012345",
        fullName: "Nguyễn Văn An",
        dateOfBirth: "1999-03-14",
        sex: "male",
      },
      { id: "C2", fullName: "Trần Thị Bình", dateOfBirth: "1985-01-01", sex: "female" },
    ];
    const insurance = [
      {
        id: "I1",
        personalId: "001 099 012345",
        fullName: "NGUYEN VAN AN",
        dateOfBirth: "14/03/1999",
      },
      { id: "I2", fullName: "Tran Thi Binh", dateOfBirth: "01/01/1985", sex: "nữ" },
    ];
    const result = await link(population, insurance, presets.vietnamesePerson);
    expect(result.links.map((l) => [l.left, l.right, l.pass, l.agreed])).toEqual([
      ["C1", "I1", "personalId", { personalId: "001099012345" }],
      [
        "C2",
        "I2",
        "nameBirthDateSex",
        { name: "tran thi binh", dateOfBirth: "1985-01-01", sex: "female" },
      ],
    ]);
    expect(readme).toContain("// C1 I1 personalId { personalId: '001099012345' }");
    expect(readme).toContain(
      "// C2 I2 nameBirthDateSex { name: 'tran thi binh', dateOfBirth: '1985-01-01', sex: 'female' }",
    );
  });

  it("shows the worked example's result as the engine gives it", async () => {
    const result = await link(worked.commune, worked.insurance, worked.spec as LinkageSpec);
    const { specHash: _hash, ...shown } = result;
    const block = /<!-- worked-example-result -->\s*```json\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(block).toBeDefined();
    expect(JSON.parse(block ?? "null")).toEqual(JSON.parse(JSON.stringify(shown)));
  });

  it("shows a spec reference example that validates", () => {
    const section = readme.slice(readme.indexOf("## Spec reference"));
    const block = /```json\n([\s\S]*?)```/.exec(section)?.[1];
    expect(validateSpec(JSON.parse(block ?? "null"))).toMatchObject({ ok: true });
  });

  it("documents every normaliser and every pass of the preset", () => {
    for (const name of NORMALISER_NAMES) expect(readme, name).toContain(`| \`${name}\` |`);
    for (const pass of presets.vietnamesePerson.passes)
      expect(readme, pass.name).toContain(`\`${pass.name}\``);
  });
});
