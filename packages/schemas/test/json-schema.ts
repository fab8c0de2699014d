// Test support: every document and fixture read from disk, and ajv (an independent JSON Schema
// 2020-12 implementation) loaded with all documents, as an integrator in another language would.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

export const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

function readJsonTree(dir: string): { file: string; json: unknown }[] {
  const out: { file: string; json: unknown }[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...readJsonTree(full));
    else if (entry.name.endsWith(".json"))
      out.push({
        file: path.relative(packageDir, full),
        json: JSON.parse(readFileSync(full, "utf8")),
      });
  }
  return out.sort((a, b) => a.file.localeCompare(b.file));
}

export type JsonObject = { [key: string]: unknown };
export const documents = readJsonTree(path.join(packageDir, "schemas")) as {
  file: string;
  json: JsonObject;
}[];

export interface FixtureGroup {
  description: string;
  schema: unknown;
  tests: { description: string; data: unknown; valid: boolean }[];
}
export const fixtures = readJsonTree(path.join(packageDir, "fixtures")) as {
  file: string;
  json: FixtureGroup[];
}[];

/** Calendar check for `partial-date`: `YYYY`, `YYYY-MM` or a day that exists. */
function isPartialDate(value: string): boolean {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!match) return false;
  const [, year, month, day] = match;
  if (month === undefined) return true;
  const m = Number(month);
  if (m < 1 || m > 12) return false;
  if (day === undefined) return true;
  const d = Number(day);
  const daysInMonth = new Date(Date.UTC(Number(year), m, 0)).getUTCDate();
  return d >= 1 && d <= daysInMonth;
}

/** The custom formats of the standard, named in the documents and implemented by @ndcvn/validators. */
export const IDENTIFIER_FORMATS = [
  "vn-personal-id",
  "vn-legacy-id-card",
  "vn-passport",
  "vn-tax-code",
  "vn-social-insurance-number",
  "vn-health-insurance-card",
  "vn-phone",
  "vn-driving-licence",
  "vn-license-plate",
] as const;

export function createAjv(): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, strictRequired: false, allErrors: true });
  ajv.addVocabulary([
    "x-ndc-label-vi",
    "x-ndc-sensitivity",
    "x-ndc-legal-basis",
    "x-ndc-codelist",
    "x-ndc-qcvn109",
  ]);
  addFormats.default(ajv);
  ajv.addFormat("partial-date", { type: "string", validate: isPartialDate });
  // The identifier formats are checked in full by @ndcvn/validators; here the documents' own
  // `pattern` checks their shape, as in any JSON Schema validator that does not know the format.
  for (const format of IDENTIFIER_FORMATS) ajv.addFormat(format, true);
  for (const { json } of documents) ajv.addSchema(json);
  return ajv;
}
