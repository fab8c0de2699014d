// The drift check of `pnpm test`: a schema document edited without `pnpm generate` must fail it.
import { cp, mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findDrift, writeGenerated } from "../generated-files.mjs";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const schemasPackage = path.join(repoRoot, "packages/schemas");

describe("generated-file drift check", () => {
  let copy: string;
  beforeAll(async () => {
    copy = await mkdtemp(path.join(tmpdir(), "ndcvn-drift-"));
    // The generator resolves its helpers relative to itself, so the copy keeps the repository layout.
    for (const part of ["scripts", "packages/schemas"]) {
      await cp(path.join(repoRoot, part), path.join(copy, part), {
        recursive: true,
        filter: (source) => !/[/\\](node_modules|dist)$/.test(source),
      });
    }
    await symlink(path.join(repoRoot, "node_modules"), path.join(copy, "node_modules"), "dir");
  });
  afterAll(async () => {
    await rm(copy, { recursive: true, force: true });
  });

  async function generateIn(dir: string) {
    const { generate } = await import(path.join(dir, "packages/schemas/scripts/generate.mjs"));
    return generate(path.join(dir, "packages/schemas"));
  }

  it("finds no drift in the committed tree", async () => {
    const output = await generateIn(repoRoot);
    expect(await findDrift(schemasPackage, output)).toEqual([]);
  });

  it("reports the generated files that a schema edit makes stale, and regenerating clears it", async () => {
    const packageDir = path.join(copy, "packages/schemas");
    const documentPath = path.join(packageDir, "schemas/common/PersonName.schema.json");
    const document = JSON.parse(await readFile(documentPath, "utf8"));
    document.properties.givenName.description = "Edited without regenerating.";
    await writeFile(documentPath, JSON.stringify(document, null, 2));

    const output = await generateIn(copy);
    const drift = await findDrift(packageDir, output);
    expect(drift).toContainEqual({ path: "src/generated/types.ts", problem: "changed" });
    expect(drift).toContainEqual({ path: "src/generated/documents/common.ts", problem: "changed" });

    await writeGenerated(packageDir, output);
    expect(await findDrift(packageDir, output)).toEqual([]);
  });

  it("reports a generated file that no document produces any more as stale", async () => {
    const packageDir = path.join(copy, "packages/schemas");
    await writeFile(path.join(packageDir, "src/generated/orphan.ts"), "export {};\n");
    const drift = await findDrift(packageDir, await generateIn(copy));
    expect(drift).toEqual([{ path: "src/generated/orphan.ts", problem: "stale" }]);
  });
});
