import { describe, expect, expectTypeOf, it } from "vitest";
import { findSchema, getSchema, listSchemas, type PersonName } from "../src/index.js";

describe("listSchemas", () => {
  it("lists the common documents with their versions", () => {
    const names = listSchemas()
      .filter((s) => s.database === "common")
      .map((s) => `${s.name}@${s.version}`);
    expect(names).toContain("PersonName@1.0.0");
    expect(names).toContain("PartialDate@1.0.0");
  });
});

describe("getSchema", () => {
  it("loads a document by its versioned $id", async () => {
    const document = await getSchema("https://schemas.ndcvn.org/common/PersonName/1.0.0");
    expect(document?.title).toBe("PersonName");
    expect(document?.["x-ndc-label-vi"]).toBe("Họ, chữ đệm và tên");
  });
  it("takes the newest version when the $id has none", async () => {
    expect(findSchema("https://schemas.ndcvn.org/common/PersonName")?.version).toBe("1.0.0");
    const document = await getSchema("https://schemas.ndcvn.org/common/PersonName/");
    expect(document?.$id).toBe("https://schemas.ndcvn.org/common/PersonName/1.0.0");
  });
  it("resolves to undefined for unknown ids and non-strings", async () => {
    expect(await getSchema("https://schemas.ndcvn.org/common/Nothing/1.0.0")).toBeUndefined();
    expect(await getSchema("https://schemas.ndcvn.org/common/Person")).toBeUndefined();
    expect(await getSchema(42 as unknown as string)).toBeUndefined();
  });
});

describe("generated types", () => {
  it("PersonName requires fullName and has optional parts", () => {
    expectTypeOf<PersonName["fullName"]>().toEqualTypeOf<string>();
    expectTypeOf<PersonName>().toHaveProperty("middleName");
    // @ts-expect-error fullName is required
    const missing: PersonName = { givenName: "Hà" };
    // @ts-expect-error unknown properties are not part of the type
    const extra: PersonName = { fullName: "Lê Minh", nickname: "Minh" };
    expect([missing, extra]).toHaveLength(2);
  });
});
