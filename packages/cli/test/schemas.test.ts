// `ndc schemas list|show|export`.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { catalog, getSchema, listSchemas } from "@ndcvn/schemas";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { temporaryFolder } from "./helpers/fixtures.js";
import { runCli } from "./helpers/run-cli.js";

let folder: Awaited<ReturnType<typeof temporaryFolder>>;
const settings = { cwd: "" };
beforeAll(async () => {
  folder = await temporaryFolder();
  settings.cwd = folder.dir;
});
afterAll(() => folder.remove());

describe("schemas list", () => {
  it("every schema as a table, with its Vietnamese label", async () => {
    const { code, stdout } = await runCli(["schemas", "list"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/│ population\/Citizen\s+│ 1\.0\.0\s+│ Citizen\s+│ Công dân\s+│/);
    expect(stdout).toContain(`${listSchemas().length} schemas.`);
  });

  it("--json gives the summaries; --database filters", async () => {
    const all = await runCli(["schemas", "list", "--json"]);
    expect(JSON.parse(all.stdout)).toEqual(listSchemas());
    const some = await runCli(["schemas", "list", "--json", "--database", "insurance"]);
    const summaries = JSON.parse(some.stdout) as { database: string }[];
    expect(summaries.length).toBeGreaterThan(0);
    expect(summaries.every((s) => s.database === "insurance")).toBe(true);
  });

  it("in Vietnamese", async () => {
    const { stdout } = await runCli(["schemas", "list", "-d", "population", "--lang", "vi"]);
    expect(stdout).toContain("│ Lược đồ ");
    expect(stdout).toContain("4 lược đồ.");
  });

  it("an unknown database", async () => {
    const { code, stderr } = await runCli(["schemas", "list", "--database", "populaton"]);
    expect(code).toBe(2);
    expect(stderr).toBe(
      "ndc: There is no database “populaton”. Did you mean: population? [unknown_database]\n",
    );
  });
});

describe("schemas show", () => {
  it("a schema's properties with labels, sensitivity, legal basis and code list", async () => {
    const { code, stdout } = await runCli(["schemas", "show", "Citizen"]);
    expect(code).toBe(0);
    expect(stdout.split("\n").slice(0, 4)).toEqual([
      "Citizen — Công dân",
      "$id: https://schemas.ndcvn.org/population/Citizen/1.0.0",
      "Database: population — National Population Database",
      "Managed by: Ministry of Public Security",
    ]);
    expect(stdout).toContain(
      "personalId — Số định danh cá nhân · Personal identification number\n  required · basic personal data · Type: PersonalIdNumber\n  Legal basis: Law on Identification 26/2023/QH15 art. 9(3)",
    );
    expect(stdout).toContain("  Code list: sex");
    expect(stdout).toContain("Type: array of PersonName");
  });

  it("in Vietnamese, by database/Type", async () => {
    const { stdout } = await runCli(["schemas", "show", "population/Citizen", "--lang", "vi"]);
    expect(stdout).toContain("Cơ sở dữ liệu: population — Cơ sở dữ liệu quốc gia về dân cư");
    expect(stdout).toContain("bắt buộc · dữ liệu cá nhân cơ bản · Kiểu: PersonalIdNumber");
    expect(stdout).toContain("Căn cứ pháp lý: Law on Identification 26/2023/QH15 art. 9(3)");
  });

  it("--json prints the document itself; a full $id is accepted", async () => {
    const id = "https://schemas.ndcvn.org/common/PersonName/1.0.0";
    const { code, stdout } = await runCli(["schemas", "show", id, "--json"]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(await getSchema(id));
  });

  it("a single-value type has no properties", async () => {
    const { stdout } = await runCli(["schemas", "show", "common/PersonalIdNumber"]);
    expect(stdout).toContain("No properties (a single value).\n  Type: string (vn-personal-id)");
  });

  it("an unknown id, with the close ones; a missing id", async () => {
    const unknown = await runCli(["schemas", "show", "Citzen"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe(
      "ndc: There is no schema “Citzen”. Did you mean: population/Citizen? See every schema with “ndc schemas list”. [unknown_schema]\n",
    );
    const missing = await runCli(["schemas", "show"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr.split("\n")[0]).toBe(
      "ndc: The argument <id|Type> is missing. [missing_argument]",
    );
  });
});

describe("schemas export", () => {
  it("every document as a file, the catalog and the index", async () => {
    const { code, stdout } = await runCli(["schemas", "export", "out"], settings);
    expect(code).toBe(0);
    const summaries = listSchemas();
    expect(stdout).toBe(`Wrote ${summaries.length} schemas, catalog.json and index.json to out.\n`);
    const databases = new Set(summaries.map((s) => s.database));
    expect((await readdir(path.join(folder.dir, "out"))).sort()).toEqual(
      [...databases, "catalog.json", "index.json"].sort(),
    );
    for (const summary of summaries) {
      const text = await readFile(
        path.join(folder.dir, "out", summary.database, `${summary.name}.schema.json`),
        "utf8",
      );
      expect(JSON.parse(text), summary.id).toEqual(await getSchema(summary.id));
    }
    expect(
      JSON.parse(await readFile(path.join(folder.dir, "out", "catalog.json"), "utf8")),
    ).toEqual(catalog);
  });

  it("a folder that cannot be made; a missing folder argument", async () => {
    await runCli(["schemas", "export", "out"], settings);
    const blocked = await runCli(["schemas", "export", "out/catalog.json"], settings);
    expect(blocked.code).toBe(2);
    expect(blocked.stderr).toMatch(
      /^ndc: Cannot write out\/catalog\.json \(E[A-Z]+\)\. \[output_unwritable\]\n$/,
    );
    const vi = await runCli(["schemas", "export", "--lang", "vi"], settings);
    expect(vi.stderr.split("\n")[0]).toBe("ndc: Thiếu đối số <dir>. [missing_argument]");
  });
});
