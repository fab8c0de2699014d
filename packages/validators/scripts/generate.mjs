// Small tables the identifier validators need, generated from the code lists of @ndcvn/schemas so
// that no code is written twice, and kept tiny for browser bundles.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { GENERATED_BANNER } from "../../../scripts/generated-files.mjs";
import { loadDocuments } from "../../schemas/scripts/load-documents.mjs";
import { compileFastPath } from "./compile-fast-path.mjs";
import { compileZod } from "./compile-zod.mjs";
import { generatePayloadRegistry } from "./generate-payload-registry.mjs";

const readList = async (packageDir, name) =>
  JSON.parse(
    await readFile(path.join(packageDir, "..", "schemas", "codelists", `${name}.json`), "utf8"),
  );

const inForce = (entry, at) =>
  (entry.validFrom ?? "") <= at && (entry.validTo ?? "9999-12-31") >= at;

function table(name, description, record) {
  const sorted = Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
  return `${GENERATED_BANNER}\n\n/** ${description} */\nexport const ${name}: Readonly<Record<string, string>> = ${JSON.stringify(sorted, null, 2)};\n`;
}

/** @param {string} packageDir */
export async function generate(packageDir) {
  const files = new Map();
  // Province codes of personal IDs and health-insurance codes are the pre-2025 ones, named as on
  // 2024-12-31 (before Thừa Thiên Huế became Huế), the name most numbers were issued under.
  const provinces = await readList(packageDir, "provinces");
  files.set(
    "src/generated/legacy-provinces.ts",
    table(
      "LEGACY_PROVINCES",
      "The 63 pre-2025 province codes (2 digits) and their names on 2024-12-31. Source: code list `provinces` of @ndcvn/schemas.",
      Object.fromEntries(
        provinces.entries.filter((e) => inForce(e, "2024-12-31")).map((e) => [e.code, e.label.vi]),
      ),
    ),
  );
  const groups = await readList(packageDir, "health-insurance-beneficiary-groups");
  files.set(
    "src/generated/health-insurance-groups.ts",
    table(
      "HEALTH_INSURANCE_GROUPS",
      "Beneficiary group codes of health-insurance cards and their Vietnamese names. Source: code list `health-insurance-beneficiary-groups` of @ndcvn/schemas.",
      Object.fromEntries(groups.entries.map((e) => [e.code, e.label.vi])),
    ),
  );
  const documents = await loadDocuments(path.join(packageDir, "..", "schemas"));
  for (const [file, content] of compileFastPath(documents, GENERATED_BANNER))
    files.set(file, content);
  const zod = compileZod(documents, GENERATED_BANNER);
  for (const [file, content] of zod.files) files.set(file, content);
  files.set(
    "src/generated/payload-registry.ts",
    generatePayloadRegistry(zod.registry, GENERATED_BANNER),
  );
  return { roots: ["src/generated"], files };
}
