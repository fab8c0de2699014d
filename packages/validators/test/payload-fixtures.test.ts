// Every fixture of @ndcvn/schemas (valid and invalid cases, JSON-Schema-Test-Suite shape) gives its
// labelled result through `validate`, through the fast path and through the zod schema alone.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { payloadRegistry } from "../src/generated/payload-registry.js";
import { validate } from "../src/index.js";

const fixturesDir = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../../schemas/fixtures",
);

interface Fixture {
  description: string;
  schema: { $ref: string };
  tests: { description: string; data: unknown; valid: boolean }[];
}

const cases = readdirSync(fixturesDir).flatMap((database) =>
  readdirSync(path.join(fixturesDir, database)).flatMap((file) =>
    (JSON.parse(readFileSync(path.join(fixturesDir, database, file), "utf8")) as Fixture[]).flatMap(
      (group) =>
        group.tests.map((test) => ({
          name: `${database}/${file}: ${group.description}: ${test.description}`,
          id: group.schema.$ref,
          ...test,
        })),
    ),
  ),
);

describe("schema fixtures through validate", () => {
  it("there are fixtures for every document", () => {
    const ids = new Set(cases.map((c) => c.id));
    expect(Object.keys(payloadRegistry).filter((id) => !ids.has(id))).toEqual([]);
    expect(cases.length).toBeGreaterThan(500);
  });

  it.each(cases)("$name", ({ id, data, valid }) => {
    const result = validate(id, data);
    expect(result.ok).toBe(valid);
    if (!valid) {
      expect(result.issues.length).toBeGreaterThan(0);
      for (const issue of result.issues) {
        expect(issue.path === "" || issue.path.startsWith("/")).toBe(true);
        expect(issue.message.length).toBeGreaterThan(0);
      }
    }
    const entry = payloadRegistry[id];
    expect(entry?.fastPath(data)).toBe(valid);
    expect(entry?.schema.safeParse(data).success).toBe(valid);
  });
});
