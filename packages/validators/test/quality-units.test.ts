// The building blocks of the quality report: hash, canonical JSON, field lists, path patterns,
// update times, text reasons, administrative codes, number formats, escaping.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { classifyReference, loadAdministrativeUnits } from "../src/quality/admin-code-tally.js";
import { BoundedCounter } from "../src/quality/bounded-counter.js";
import { canonicalJson } from "../src/quality/canonical-json.js";
import { formatDateTime, formatNumber, formatShare } from "../src/quality/format.js";
import { FreshnessTally, parseUpdateTime } from "../src/quality/freshness-tally.js";
import { hash128, hash128Key } from "../src/quality/hash128.js";
import { escapeHtml } from "../src/quality/html.js";
import { formatPointer, getAt, parsePointer } from "../src/quality/json-pointer.js";
import { patternOfPath } from "../src/quality/path-pattern.js";
import { isFilled } from "../src/quality/presence.js";
import { buildSchemaTree, listFields } from "../src/quality/schema-tree.js";
import { textReasons } from "../src/quality/text-tally.js";

describe("hash128", () => {
  it("is MurmurHash3 x86_128 of the UTF-8 bytes (reference vectors)", () => {
    expect(hash128("")).toBe("00000000000000000000000000000000");
    expect(hash128("hello")).toBe("a044242bf7de91dbb631db9ab631db9a");
    expect(hash128("The quick brown fox jumps over the lazy dog")).toBe(
      "c383152f672ceeec6cf67b5d2c1de9e5",
    );
    expect(hash128("Nguyễn Văn An 0123456789abcdef!")).toBe("208bb457367769afcc287c1bc3cb0816");
  });

  it("has a compact form: the same 128 bits in 8 UTF-16 code units", () => {
    const key = hash128Key("hello");
    expect(key).toHaveLength(8);
    const hex = Array.from({ length: 8 }, (_, i) => key.charCodeAt(i))
      .map(
        (u) => (u & 0xff).toString(16).padStart(2, "0") + (u >>> 8).toString(16).padStart(2, "0"),
      )
      .join("");
    expect(hex).toBe(hash128("hello"));
  });

  it("gives 32 hex digits for any text, and distinct text distinct hashes here", () => {
    const seen = new Map<string, string>();
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 40 }), (text) => {
        const hash = hash128(text);
        expect(hash).toMatch(/^[0-9a-f]{32}$/);
        const before = seen.get(hash);
        if (before !== undefined) expect(before).toBe(text);
        seen.set(hash, text);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("canonicalJson", () => {
  it("sorts keys at every level and matches JSON for JSON values", () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: 3 }], e: "x" })).toBe(
      '{"a":[{"c":3,"d":2}],"b":1,"e":"x"}',
    );
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(JSON.parse(canonicalJson(value))).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });

  it("never throws: cycles, bigint, undefined, dates", () => {
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    expect(canonicalJson(cyclic)).toBe('{"a":1,"self":"…"}');
    expect(canonicalJson([1n, undefined, new Date(0)])).toBe(
      '[1n,null,"1970-01-01T00:00:00.000Z"]',
    );
    fc.assert(
      fc.property(fc.anything({ withBigInt: true, withDate: true }), (v) => {
        expect(typeof canonicalJson(v)).toBe("string");
      }),
    );
  });
});

describe("JSON Pointers", () => {
  it("parse, format and read own properties only", () => {
    expect(parsePointer("/a~1b/~0c/0")).toEqual(["a/b", "~c", "0"]);
    expect(parsePointer("")).toEqual([]);
    expect(parsePointer("a")).toBeUndefined();
    expect(formatPointer(["a/b", "~c"])).toBe("/a~1b/~0c");
    expect(getAt({ a: [{ b: 1 }] }, ["a", "0", "b"])).toBe(1);
    expect(getAt({}, ["constructor"])).toBeUndefined();
    expect(getAt({ a: [1] }, ["a", "01"])).toBeUndefined();
  });
});

describe("the field tree", () => {
  const people = {
    $id: "https://example.test/Person",
    type: "object",
    required: ["name", "home"],
    properties: {
      name: { $ref: "https://example.test/Name", title: "Name", "x-ndc-label-vi": "Tên" },
      home: { type: "object", properties: { line: { type: "string" } } },
      tags: { type: "array", items: { type: "object", properties: { code: { type: "string" } } } },
      parent: { $ref: "#" }, // a cycle
      local: { $ref: "#/$defs/Local" },
    },
    $defs: { Local: { type: "object", properties: { x: { type: "string" } } } },
  };
  const name = {
    $id: "https://example.test/Name",
    type: "object",
    required: ["full"],
    properties: { full: { type: "string", title: "Full", "x-ndc-label-vi": "Đầy đủ" } },
  };
  const resolve = (id: string) => (id === name.$id ? name : undefined);
  const tree = buildSchemaTree(people, resolve);

  it("lists leaves through $refs; arrays are one field; a required part with no required field is one", () => {
    const fields = listFields(tree).map((f) => [formatPointer(f.segments), f.required]);
    expect(fields).toContainEqual(["/name/full", true]);
    expect(fields).toContainEqual(["/home", true]);
    expect(fields).toContainEqual(["/home/line", false]);
    expect(fields).toContainEqual(["/tags", false]);
    expect(fields).toContainEqual(["/local/x", false]);
    expect(listFields(tree).find((f) => f.segments.join("/") === "name/full")?.label).toEqual({
      vi: "Tên › Đầy đủ",
      en: "Name › Full",
    });
  });

  it("stops at cycles", () => {
    const deep = listFields(tree).filter((f) => f.segments[0] === "parent");
    expect(deep.length).toBeGreaterThan(0);
    expect(Math.max(...deep.map((f) => f.segments.length))).toBeLessThanOrEqual(17);
  });

  it("reduces paths to known patterns", () => {
    expect(patternOfPath(tree, "/tags/3/code")).toBe("/tags/*/code");
    expect(patternOfPath(tree, "/name/full")).toBe("/name/full");
    expect(patternOfPath(tree, "/secret-key/x")).toBe("/…");
    expect(patternOfPath(tree, ["tags", 0, "other"])).toBe("/tags/*/…");
    expect(patternOfPath(tree, 42)).toBe("/…");
    expect(patternOfPath(tree, "")).toBe("");
  });

  it("never throws on odd documents", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const document =
          typeof value === "object" && value !== null && !Array.isArray(value) ? value : {};
        listFields(buildSchemaTree(document, () => document));
      }),
    );
  });
});

describe("presence", () => {
  it("counts blank strings, empty arrays and empty objects as missing", () => {
    expect([undefined, null, "", "  ", [], {}, [""], { a: null }].map((v) => isFilled(v))).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
    expect([0, false, "x", ["x"], { a: 0 }].map((v) => isFilled(v))).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
  });
});

describe("update times", () => {
  it("accepts RFC 3339 date-times with offset and full dates only", () => {
    expect(parseUpdateTime("2026-01-15T10:00:00+07:00")).toBe(Date.UTC(2026, 0, 15, 3));
    expect(parseUpdateTime("2026-01-15t03:00:00.5z")).toBe(Date.UTC(2026, 0, 15, 3, 0, 0, 500));
    expect(parseUpdateTime("2026-01-15")).toBe(Date.UTC(2026, 0, 15));
    expect(parseUpdateTime(new Date(5))).toBe(5);
    for (const bad of ["2026-01-15T10:00:00", "2026-02-29", "2026-13-01", "15/01/2026", 1, null]) {
      expect(parseUpdateTime(bad)).toBeUndefined();
    }
    expect(parseUpdateTime("2024-02-29")).toBe(Date.UTC(2024, 1, 29));
  });

  it("gives the median in whole days and an open last bucket", () => {
    const now = Date.UTC(2026, 0, 1);
    const tally = new FreshnessTally(now, 30);
    for (const days of [1, 2, 40, 5000]) tally.add(new Date(now - days * 86_400_000));
    expect(tally.median()).toBe(21);
    expect(tally.fresh).toBe(2);
    expect(tally.histogram().at(-1)).toEqual({ fromDays: 1825, toDays: null, count: 1 });
  });
});

describe("canonical text", () => {
  it("names the reasons a string is not canonical", () => {
    expect(textReasons("Nguyễn Văn Hoà")).toBeUndefined();
    expect(textReasons("001099012345")).toBeUndefined();
    expect(textReasons("Hòa")).toEqual({ nfd: false, whitespace: false, toneMarks: true });
    expect(textReasons("An  Bình")).toEqual({ nfd: false, whitespace: true, toneMarks: false });
    expect(textReasons("An\tBình")).toEqual({ nfd: false, whitespace: true, toneMarks: false });
    expect(textReasons("An\u200bBình")).toEqual({ nfd: false, whitespace: true, toneMarks: false });
    expect(textReasons("Bình".normalize("NFD"))).toEqual({
      nfd: true,
      whitespace: false,
      toneMarks: false,
    });
  });
});

describe("administrative codes", () => {
  const today = "2026-06-01";
  beforeAll(loadAdministrativeUnits);
  it("reads a code at its own date", () => {
    // Bắc Giang (24, until 2025-06-30) went wholly into Bắc Ninh, which took code 24.
    expect(classifyReference("24", "province", "2020-01-01", today).status).toBe("current");
    // Thừa Thiên Huế became the city of Huế (46) on 2025-01-01.
    expect(classifyReference("46", "province", "2024-06-01", today).status).toBe("current");
    // Đồng Nai (75) became a city on 2026-04-30: the code goes on.
    expect(classifyReference("75", "province", "2025-09-01", today).status).toBe("current");
    // A commune code of 2025 with a date before it existed: in force today.
    expect(classifyReference("00097", "commune", "2019-01-01", today).status).toBe("current");
  });

  it("finds retired and unknown codes", () => {
    const hanam = classifyReference("35", "province", "2025-08-01", today);
    expect(hanam).toMatchObject({ status: "retired", usedAfterEnd: true });
    expect(classifyReference("35", "province", "2020-01-01", today)).toMatchObject({
      status: "retired",
      usedAfterEnd: false,
    });
    expect(classifyReference("35", "province", undefined, today).status).toBe("retired");
    expect(classifyReference("00001", "commune", "2019-01-01", today).status).toBe("retired");
    expect(classifyReference("001", "district", "2019-01-01", today).status).toBe("retired");
    expect(classifyReference("01", "commune", "2019-01-01", today).status).toBe("unknown");
    expect(classifyReference("x", "province", "2019-01-01", today).status).toBe("unknown");
    // Before the reorganisation, 35 was in force.
    expect(classifyReference("35", "province", "2020-01-01", "2025-06-30").status).toBe("current");
  });
});

describe("formats and escaping", () => {
  it("formats numbers and shares for the locale", () => {
    expect(formatNumber(12345, "vi")).toBe("12.345");
    expect(formatNumber(12345, "en")).toBe("12,345");
    expect(formatShare(0.985, "vi")).toBe("98,5\u00a0%");
    expect(formatShare(0.985, "en")).toBe("98.5%");
    expect(formatShare(null, "vi")).toBe("—");
    expect(formatNumber(Number.NaN, "en")).toBe("—");
    expect(formatDateTime("2026-01-15T03:00:00.000Z", "vi")).toBe("15/01/2026 10:00 (UTC+7)");
    expect(formatDateTime("2026-01-15T03:00:00.000Z", "en")).toBe("2026-01-15 10:00 (UTC+7)");
  });

  it("escapes the five HTML characters", () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe(
      "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;",
    );
  });

  it("bounds counters", () => {
    const counter = new BoundedCounter(2, "other");
    for (const key of ["a", "b", "c", "d", "a"]) counter.add(key);
    expect(counter.top(10)).toEqual([
      { key: "a", count: 2 },
      { key: "other", count: 2 },
      { key: "b", count: 1 },
    ]);
  });
});
