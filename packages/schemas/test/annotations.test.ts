// Every property of every document carries the annotations of the standard, and every example in a
// document is valid against the schema it illustrates.
import { describe, expect, it } from "vitest";
import { createAjv, documents, type JsonObject } from "./json-schema.js";

const SENSITIVITY = ["public", "basic", "sensitive"];
const ajv = createAjv();

interface AnnotatedProperty {
  document: JsonObject;
  pointer: string;
  schema: JsonObject;
}

const escapePointer = (name: string) => name.replace(/~/g, "~0").replace(/\//g, "~1");

/** Properties declared by a document: at its root, in `$defs`, and nested in declared objects and arrays (not inside `if`/`then`/`allOf` overlays). */
function declaredProperties(document: JsonObject): AnnotatedProperty[] {
  const found: AnnotatedProperty[] = [];
  const visit = (schema: JsonObject, pointer: string) => {
    const properties = schema.properties as Record<string, JsonObject> | undefined;
    for (const [name, property] of Object.entries(properties ?? {})) {
      const at = `${pointer}/properties/${escapePointer(name)}`;
      found.push({ document, pointer: at, schema: property });
      visit(property, at);
    }
    if (schema.items && typeof schema.items === "object")
      visit(schema.items as JsonObject, `${pointer}/items`);
  };
  visit(document, "");
  for (const [name, definition] of Object.entries(
    (document.$defs ?? {}) as Record<string, JsonObject>,
  )) {
    visit(definition, `/$defs/${escapePointer(name)}`);
  }
  return found;
}

const properties = documents.flatMap(({ json }) => declaredProperties(json));
const label = (p: AnnotatedProperty) =>
  `${String(p.document.$id).replace("https://schemas.ndcvn.org/", "")}#${p.pointer}`;

function problemsOf(p: AnnotatedProperty): string[] {
  const s = p.schema;
  const problems: string[] = [];
  for (const key of ["title", "x-ndc-label-vi", "description"]) {
    if (typeof s[key] !== "string" || (s[key] as string).trim() === "")
      problems.push(`missing ${key}`);
  }
  if (!SENSITIVITY.includes(s["x-ndc-sensitivity"] as string))
    problems.push("missing or unknown x-ndc-sensitivity");
  if (!Array.isArray(s.examples) || s.examples.length === 0) problems.push("missing examples");
  const basis = s["x-ndc-legal-basis"];
  if (
    basis !== undefined &&
    ![basis].flat().every((b) => typeof b === "string" && b.trim() !== "")
  ) {
    problems.push("x-ndc-legal-basis must be a citation or a list of citations");
  }
  const codelist = s["x-ndc-codelist"];
  if (
    codelist !== undefined &&
    ![codelist].flat().every((c) => typeof c === "string" && /^[a-z][a-z0-9-]*$/.test(c))
  ) {
    problems.push("x-ndc-codelist must name code lists");
  }
  return problems;
}

describe("annotations", () => {
  it("there are documents and properties to check", () => {
    expect(documents.length).toBeGreaterThan(10);
    expect(properties.length).toBeGreaterThan(40);
  });

  it("every document has $id, title, Vietnamese label, description and examples", () => {
    const problems = documents.flatMap(({ file, json }) =>
      ["$id", "title", "x-ndc-label-vi", "description", "examples"]
        .filter((key) => json[key] === undefined || json[key] === "")
        .map((key) => `${file}: missing ${key}`),
    );
    expect(problems).toEqual([]);
  });

  it("every property carries title, x-ndc-label-vi, description, x-ndc-sensitivity and examples", () => {
    const problems = properties.flatMap((p) =>
      problemsOf(p).map((problem) => `${label(p)}: ${problem}`),
    );
    expect(problems).toEqual([]);
  });

  it("every document example is valid against its document", () => {
    const problems = documents.flatMap(({ file, json }) =>
      (json.examples as unknown[]).flatMap((example, index) => {
        const validate = ajv.getSchema(json.$id as string);
        return validate?.(example)
          ? []
          : [`${file} examples[${index}]: ${ajv.errorsText(validate?.errors)}`];
      }),
    );
    expect(problems).toEqual([]);
  });

  it("every property example is valid against its property", () => {
    const problems = properties.flatMap((p) => {
      const validate = ajv.compile({ $ref: `${p.document.$id}#${p.pointer}` });
      return ((p.schema.examples as unknown[]) ?? []).flatMap((example, index) =>
        validate(example)
          ? []
          : [`${label(p)} examples[${index}]: ${ajv.errorsText(validate.errors)}`],
      );
    });
    expect(problems).toEqual([]);
  });
});
