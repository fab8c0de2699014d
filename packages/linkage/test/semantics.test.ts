// The pass semantics of `link` (src/engine/semantics.ts): unique on both sides, ambiguities,
// vetoes, the key-frequency guard, pass order, missing and wrong-typed fields, and bad input.
import { NORMALIZER_VERSION } from "@ndcvn/validators";
import { describe, expect, expectTypeOf, it } from "vitest";
import {
  DuplicateRecordIdError,
  InvalidInputError,
  InvalidRecordError,
  InvalidSpecError,
  isLinkageError,
  type LinkageSpec,
  type LinkResult,
  link,
  specHash,
} from "../src/index.js";
import { IDS, outcomes, pairs, smallSpec } from "./helpers.js";

describe("link: a key links only when unique on both sides", () => {
  it("links a pair that shares a personal ID, saying which pass and values agreed", async () => {
    const result = await link(
      [{ id: "L1", personalId: IDS.anHaNoi1999, name: "Nguyễn Văn An", born: "1999-03-14" }],
      [{ id: "R1", personalId: "001 099 012345", name: "NGUYEN VAN AN", born: "14/03/1999" }],
      smallSpec,
    );
    expect(result.links).toEqual([
      { left: "L1", right: "R1", pass: "id", agreed: { personalId: IDS.anHaNoi1999 } },
    ]);
    expect(result.unmatched).toEqual({ left: [], right: [] });
    expect(result.specHash).toBe(specHash(smallSpec));
    expect(result.normalizerVersion).toBe(NORMALIZER_VERSION);
    expect(result.mode).toBe("cleartext");
    expect(result.sources).toEqual({ left: "left", right: "right" });
    expectTypeOf(result).toEqualTypeOf<LinkResult>();
  });

  it("reports a key shared by two left records as an ambiguity with every candidate", async () => {
    const result = await link(
      [
        { id: "L2", name: "Trần Thị Bình", born: "1985-01-01" },
        { id: "L3", name: "Tran Thi Binh", born: "01/01/1985" },
      ],
      [{ id: "R2", name: "TRẦN THỊ BÌNH", born: "1985-01-01" }],
      smallSpec,
    );
    expect(result.links).toEqual([]);
    expect(result.ambiguities).toEqual([
      {
        pass: "nameBorn",
        reason: "notUnique",
        key: { name: "tran thi binh", born: "1985-01-01" },
        candidates: { left: ["L2", "L3"], right: ["R2"] },
        otherMembers: { left: [], right: [] },
      },
    ]);
    expect(result.passes[1]).toMatchObject({ name: "nameBorn", ambiguities: 1, links: 0 });
  });

  it("takes the first pass that links: later passes only see records not yet linked", async () => {
    const result = await link(
      [
        { id: "L1", personalId: IDS.anHaNoi1999, name: "Nguyễn Văn An", born: "1999-03-14" },
        { id: "L2", name: "Lê Thị Hoà", born: "1990-05-12" },
      ],
      [
        { id: "R1", personalId: IDS.anHaNoi1999, name: "Nguyễn Văn An", born: "1999-03-14" },
        { id: "R2", name: "Lê Thị Hòa", born: "1990-05-12" },
      ],
      smallSpec,
    );
    expect(result.links.map((l) => [l.left, l.right, l.pass])).toEqual([
      ["L1", "R1", "id"],
      ["L2", "R2", "nameBorn"],
    ]);
    // L1 and R1 were linked by pass 0, so pass 1 saw only L2 and R2.
    expect(result.passes.map((p) => p.eligible)).toEqual([2, 2]);
  });

  it("lists an ambiguity's candidate only if no later pass linked it", async () => {
    const spec: LinkageSpec = {
      ...smallSpec,
      passes: [
        { name: "nameOnly", key: ["name"] },
        { name: "id", key: ["personalId"] },
      ],
    };
    const result = await link(
      [
        { id: "L5", name: "Phạm Minh Chí", personalId: IDS.chiDaNang1990 },
        { id: "L6", name: "Phạm Minh Chí" },
      ],
      [{ id: "R5", name: "Pham Minh Chi", personalId: IDS.chiDaNang1990 }],
      spec,
    );
    expect(pairs(result)).toEqual(["L5|R5"]);
    expect(result.ambiguities).toEqual([
      {
        pass: "nameOnly",
        reason: "notUnique",
        key: { name: "pham minh chi" },
        candidates: { left: ["L6"], right: [] },
        otherMembers: { left: ["L5"], right: ["R5"] },
      },
    ]);
  });
});

describe("link: vetoes and the key-frequency guard", () => {
  it("never links records with two different personal IDs", async () => {
    const result = await link(
      [{ id: "L4", personalId: IDS.binhHcm1985, name: "Võ Văn Dũng", born: "1970-02-03" }],
      [{ id: "R4", personalId: IDS.dungHue1970, name: "Vo Van Dung", born: "1970-02-03" }],
      smallSpec,
    );
    expect(result.links).toEqual([]);
    expect(result.unmatched).toEqual({ left: ["L4"], right: ["R4"] });
    expect(result.passes[1]).toMatchObject({ name: "nameBorn", vetoed: 1, links: 0 });
  });

  it("never links records whose sex differs, and links when one side does not say", async () => {
    const result = await link(
      [
        { id: "L7", name: "Đỗ Thanh Xuân", born: "1988-08-08", sex: "nam" },
        { id: "L8", name: "Đỗ Thanh Hà", born: "1988-08-08", sex: "female" },
      ],
      [
        { id: "R7", name: "Do Thanh Xuan", born: "1988-08-08", sex: "nữ" },
        { id: "R8", name: "Đỗ Thanh Hà", born: "1988-08-08" },
      ],
      smallSpec,
    );
    expect(pairs(result)).toEqual(["L8|R8"]);
    expect(result.unmatched).toEqual({ left: ["L7"], right: ["R7"] });
    expect(result.passes[1]?.vetoed).toBe(1);
  });

  it("applies a veto only in the passes it names", async () => {
    const spec: LinkageSpec = {
      ...smallSpec,
      fields: { ...smallSpec.fields, year: { from: "born", normalise: ["year"] } },
      passes: [
        { name: "nameBorn", key: ["name", "born"] },
        { name: "nameYear", key: ["name", "year"] },
      ],
      vetoes: [{ name: "bornDiffers", field: "born", rule: "differ", passes: ["nameYear"] }],
    };
    const result = await link(
      [
        { id: "L1", name: "Lò Văn Páo", born: "1960" },
        { id: "L2", name: "Hà Thị Mai", born: "1961-02-03" },
      ],
      [
        { id: "R1", name: "Lo Van Pao", born: "1960-04-04" },
        { id: "R2", name: "Ha Thi Mai", born: "1961-03-02" },
      ],
      spec,
    );
    // A year-only birth links by year; two full dates that differ do not.
    expect(pairs(result)).toEqual(["L1|R1"]);
    expect(result.passes[1]).toMatchObject({ links: 1, vetoed: 1 });
  });

  it("reports a key shared by more records than maxKeyFrequency, and does not use it", async () => {
    const spec: LinkageSpec = { ...smallSpec, maxKeyFrequency: 2 };
    const left = [
      { id: "L1", name: "Nguyễn Văn An", born: "1990-01-01" },
      { id: "L2", name: "Nguyễn Văn An", born: "1990-01-01" },
    ];
    const right = [{ id: "R1", name: "Nguyễn Văn An", born: "1990-01-01" }];
    const result = await link(left, right, spec);
    expect(result.links).toEqual([]);
    expect(result.ambiguities).toMatchObject([
      {
        pass: "nameBorn",
        reason: "keyFrequency",
        candidates: { left: ["L1", "L2"], right: ["R1"] },
      },
    ]);
    expect(result.passes[1]).toMatchObject({ frequencyRejected: 1, ambiguities: 1 });
    // A pass may set its own limit.
    const perPass = await link(left.slice(0, 1), right, {
      ...smallSpec,
      passes: [{ name: "nameBorn", key: ["name", "born"], maxKeyFrequency: 2 }],
    });
    expect(pairs(perPass)).toEqual(["L1|R1"]);
  });
});

describe("link: missing and wrong-typed values", () => {
  it("skips the passes a record lacks a field for, and links it by another pass", async () => {
    const result = await link(
      [{ id: "L1", name: "Hoàng Thị Thu", born: "2001-11-30" }],
      [{ id: "R1", personalId: IDS.emHaiPhong2001, name: "Hoàng Thị Thu", born: "2001-11-30" }],
      smallSpec,
    );
    expect(result.links).toMatchObject([{ left: "L1", right: "R1", pass: "nameBorn" }]);
    expect(result.passes[0]).toMatchObject({ eligible: 1, links: 0 });
  });

  it("treats a value of the wrong type as missing and counts it, without failing", async () => {
    const result = await link(
      [
        { id: "L1", personalId: 1099012345, name: { text: "Nguyễn Văn An" }, born: true },
        { id: "L2", personalId: [IDS.anHaNoi1999], name: "Lý Văn Bé", born: "1975-07-07" },
      ],
      [
        { id: "R1", personalId: IDS.anHaNoi1999, name: "Nguyễn Văn An", born: "1999-03-14" },
        { id: "R2", personalId: null, name: "Ly Van Be", born: 19750707 },
      ],
      smallSpec,
    );
    expect(pairs(result)).toEqual(["L2|R2"]);
    expect(result.inputs.left).toEqual({
      records: 2,
      wrongType: { personalId: 2, name: 1, born: 1 },
    });
    expect(result.inputs.right).toEqual({ records: 2, wrongType: {} });
    expect([...outcomes(result).keys()].sort()).toEqual(["L:L1", "L:L2", "R:R1", "R:R2"]);
  });

  it("treats an identifier that does not parse as missing, never as text", async () => {
    const result = await link(
      [{ id: "L1", personalId: "not a number", name: "A", born: "2000-01-01" }],
      [{ id: "R1", personalId: "not a number", name: "B", born: "2000-01-01" }],
      smallSpec,
    );
    expect(result.links).toEqual([]);
    expect(result.passes[0]?.eligible).toBe(0);
  });
});

describe("link: every record once, in a fixed order", () => {
  it("puts every record in exactly one of links, ambiguity candidates and unmatched", async () => {
    const left = [
      { id: "b", personalId: IDS.anHaNoi1999 },
      { id: "a", name: "Trần Thị Bình", born: "1985-01-01" },
      { id: "c", name: "Trần Thị Bình", born: "1985-01-01" },
      { id: "d", name: "Ngô Bảo Châu", born: "1972-06-28" },
    ];
    const right = [
      { id: "z", personalId: IDS.anHaNoi1999 },
      { id: "y", name: "Tran Thi Binh", born: "1985-01-01" },
      { id: "x", name: "Someone Else", born: "1990-01-01" },
    ];
    const result = await link(left, right, smallSpec);
    expect(Object.fromEntries(outcomes(result))).toEqual({
      "L:b": "linked:id",
      "R:z": "linked:id",
      "L:a": "ambiguous:nameBorn",
      "L:c": "ambiguous:nameBorn",
      "R:y": "ambiguous:nameBorn",
      "L:d": "unmatched",
      "R:x": "unmatched",
    });
    expect(result.unmatched).toEqual({ left: ["d"], right: ["x"] });
  });

  it("orders ids by UTF-16 code units, not by locale", async () => {
    const result = await link(
      [{ id: "b" }, { id: "B" }, { id: "á" }, { id: "a10" }, { id: "a9" }],
      [],
      smallSpec,
    );
    expect(result.unmatched.left).toEqual(["B", "a10", "a9", "b", "á"]);
  });
});

describe("link: bad input is a clear error", () => {
  it("rejects two records of one source with the same id, naming positions, not the id", async () => {
    const error = await link([{ id: "L1" }, { id: "L2" }, { id: "L1" }], [], smallSpec).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DuplicateRecordIdError);
    expect(error).toMatchObject({
      code: "duplicate_record_id",
      source: "left",
      recordId: "L1",
      positions: [0, 2],
    });
    expect((error as Error).message).toContain("0");
    expect((error as Error).message).not.toContain("L1");
    expect(isLinkageError(error)).toBe(true);
  });

  it("rejects a record that is not an object or has no usable id", async () => {
    await expect(link([{ id: "L1" }, "text"], [], smallSpec)).rejects.toMatchObject({
      name: "InvalidRecordError",
      source: "left",
      position: 1,
      reason: "not_object",
    });
    await expect(link([], [{ name: "x" }], smallSpec)).rejects.toBeInstanceOf(InvalidRecordError);
    await expect(link([], [{ id: "" }], smallSpec)).rejects.toMatchObject({
      reason: "invalid_id",
    });
    await expect(link([], [{ id: { nested: 1 } }], smallSpec)).rejects.toMatchObject({
      reason: "invalid_id",
    });
    // Integer ids are read as their decimal text.
    const result = await link([{ id: 7 }], [{ id: 7 }], smallSpec);
    expect(result.unmatched).toEqual({ left: ["7"], right: ["7"] });
  });

  it("rejects an invalid spec with every problem", async () => {
    const bad = { specVersion: 2, fields: {}, passes: [{ name: "p", key: ["nope"] }] };
    const error = await link([], [], bad as unknown as LinkageSpec).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidSpecError);
    expect((error as InvalidSpecError).issues.map((issue) => issue.path)).toEqual([
      "/specVersion",
      "/fields",
      "/passes/0/key/0",
    ]);
  });

  it("rejects inputs that are not records, and two sides with one name", async () => {
    await expect(link(42 as never, [], smallSpec)).rejects.toMatchObject({
      name: "InvalidInputError",
      code: "not_records",
    });
    await expect(link([], [], smallSpec, { sources: ["same", "same"] })).rejects.toBeInstanceOf(
      InvalidInputError,
    );
    const declared: LinkageSpec = { ...smallSpec, sources: [{ name: "a" }, { name: "b" }] };
    await expect(link([], [], declared, { sources: ["a", "c"] })).rejects.toMatchObject({
      code: "unknown_source",
      source: "c",
    });
    const named = await link([{ id: "1" }], [], declared);
    expect(named.sources).toEqual({ left: "a", right: "b" });
  });
});
