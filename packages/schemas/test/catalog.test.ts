import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { catalog, getSchema, listSchemas } from "../src/index.js";
import { packageDir } from "./json-schema.js";

const recordTypes = catalog.databases.flatMap((database) => database.recordTypes);

describe("catalog", () => {
  it("lists at least 17 national databases and 45 record types", () => {
    expect(catalog.databases.length).toBeGreaterThanOrEqual(17);
    expect(recordTypes.length).toBeGreaterThanOrEqual(45);
  });

  it("gives every database its names, managing body and legal basis", () => {
    for (const database of catalog.databases) {
      expect(database.code).toMatch(/^[a-z][a-z0-9-]*$/);
      expect(
        database.name.vi &&
          database.name.en &&
          database.managingBody.vi &&
          database.managingBody.en,
      ).toBeTruthy();
      expect(database.legalBasis.length).toBeGreaterThan(0);
      expect(database.recordTypes.length, `${database.code} has no record type`).toBeGreaterThan(0);
    }
  });

  it("names each record type's document by $id and version, and the document loads", async () => {
    for (const recordType of recordTypes) {
      expect(recordType.id).toBe(
        `https://schemas.ndcvn.org/${recordType.id.split("/")[3]}/${recordType.name}/${recordType.version}`,
      );
      const document = await getSchema(recordType.id);
      expect(document?.title).toBe(recordType.name);
    }
  });

  it("is the same as the published catalog.json", () => {
    const published = JSON.parse(readFileSync(path.join(packageDir, "catalog.json"), "utf8"));
    expect(published).toEqual(catalog);
  });

  it("lists every document once, record types and common types", () => {
    const ids = listSchemas().map((summary) => summary.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const recordType of recordTypes) expect(ids).toContain(recordType.id);
    expect(ids).toContain("https://schemas.ndcvn.org/common/Address/1.0.0");
  });
});
