// Writers: NDJSON lines, RFC 4180 CSV with dot-path columns that round-trips through a parser, and
// the truth file.
import { describe, expect, test } from "vitest";
import { extract } from "../src/extract/extract.js";
import type { ExtractedRecord } from "../src/extract/types.js";
import { csvField, flatten, toCsv } from "../src/writers/csv.js";
import { toNdjson } from "../src/writers/ndjson.js";
import { writeTruth } from "../src/writers/truth.js";
import { makePeople } from "./extract-people.js";

async function lines(iterable: AsyncIterable<string>): Promise<string[]> {
  const out: string[] = [];
  for await (const line of iterable) out.push(line);
  return out;
}

async function collect(iterable: AsyncIterable<ExtractedRecord>): Promise<ExtractedRecord[]> {
  const out: ExtractedRecord[] = [];
  for await (const record of iterable) out.push(record);
  return out;
}

/** A plain RFC 4180 parser: rows of fields, CRLF between rows, quoted fields with "" for ". */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else field += c;
  }
  if (field !== "" || row.length > 0) throw new Error("CSV does not end with CRLF");
  return rows;
}

/** The object of dot-path columns (array items by index), leaves as strings, empty ones left out. */
function unflatten(columns: readonly string[], values: readonly string[]): unknown {
  const root: Record<string, unknown> = {};
  columns.forEach((column, index) => {
    const value = values[index] ?? "";
    if (value === "") return;
    const path = column.split(".");
    let node: Record<string, unknown> = root;
    for (let i = 0; i < path.length - 1; i++) {
      const key = path[i] as string;
      node[key] ??= /^\d+$/.test(path[i + 1] as string) ? [] : {};
      node = node[key] as Record<string, unknown>;
    }
    node[path[path.length - 1] as string] = value;
  });
  return root;
}

/** The value with every leaf as a string, as CSV holds it. */
function stringLeaves(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stringLeaves);
  if (typeof value === "object" && value !== null)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, stringLeaves(v)]));
  return String(value);
}

const people = makePeople(1500, 51);

describe("NDJSON", () => {
  test("one envelope per line", async () => {
    const records = await collect(extract(people, "population", { seed: 1 }));
    const out = await lines(toNdjson(records));
    expect(out.length).toBe(records.length);
    out.forEach((line, i) => {
      expect(line.endsWith("\n")).toBe(true);
      expect(line.slice(0, -1)).not.toMatch(/[\r\n]/);
      expect(JSON.parse(line)).toEqual((records[i] as ExtractedRecord).envelope);
    });
  });
});

describe("CSV", () => {
  test("fields are quoted where RFC 4180 needs it", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField("two\r\nlines")).toBe('"two\r\nlines"');
    expect(csvField("")).toBe("");
    expect(flatten({ a: { b: [1, { c: true }] }, d: null })).toEqual([
      ["a.b.0", "1"],
      ["a.b.1.c", "true"],
      ["d", ""],
    ]);
  });

  test.each(["population", "insurance", "civil-status"] as const)(
    "%s: round-trips through a parser",
    async (database) => {
      const records = await collect(
        extract(people, database, { seed: 3, faults: { nfdText: 0.2 } }),
      );
      const text = (await lines(toCsv(records))).join("");
      const rows = parseCsv(text);
      const header = rows[0] as string[];
      expect(header.slice(0, 6)).toEqual([
        "schema",
        "database",
        "recordId",
        "version",
        "event",
        "updatedAt",
      ]);
      const nameColumn = {
        population: "data.birthName.fullName",
        insurance: "data.fullName.fullName",
        "civil-status": "data.child.name.fullName",
      }[database];
      expect(header).toContain(nameColumn);
      expect(new Set(header).size).toBe(header.length);
      expect(rows.length).toBe(records.length + 1);
      rows.slice(1).forEach((row, i) => {
        expect(row.length).toBe(header.length);
        expect(unflatten(header, row)).toEqual(
          stringLeaves((records[i] as ExtractedRecord).envelope),
        );
      });
    },
  );

  test("given columns, in their order, with empty fields for what a record lacks", async () => {
    const records = await collect(extract(people, "tax", { seed: 3 }));
    const columns = ["recordId", "data.taxCode", "data.legacyTaxCode", "data.nothing"];
    const rows = parseCsv((await lines(toCsv(records, { columns }))).join(""));
    expect(rows[0]).toEqual(columns);
    rows.slice(1).forEach((row, i) => {
      const { envelope } = records[i] as ExtractedRecord;
      expect(row).toEqual([
        envelope.recordId,
        String(envelope.data.taxCode),
        String(envelope.data.legacyTaxCode ?? ""),
        "",
      ]);
    });
  });

  test("awkward text survives", async () => {
    const record: ExtractedRecord = {
      envelope: {
        schema: "https://schemas.ndcvn.org/population/Citizen/1.0.0",
        database: "population",
        recordId: "pop-0000000001",
        version: 1,
        event: "NEW",
        updatedAt: "2025-09-01T08:00:00+07:00",
        data: { line: 'Số 12, ngõ "34"\r\nphố Đội Cấn', list: ["a,b", " c "] },
      },
      personId: "P000000001",
      faults: [],
      applicable: [],
    };
    const rows = parseCsv((await lines(toCsv([record]))).join(""));
    expect(unflatten(rows[0] as string[], rows[1] as string[])).toEqual(
      stringLeaves(record.envelope),
    );
  });
});

describe("truth", () => {
  test("recordId,personId for every record, with the faults on request", async () => {
    const records = await collect(extract(people, "education", { seed: 3 }));
    const plain = parseCsv((await lines(writeTruth(records))).join(""));
    expect(plain[0]).toEqual(["recordId", "personId"]);
    expect(plain.slice(1)).toEqual(
      records.map((record) => [record.envelope.recordId, record.personId]),
    );
    const withFaults = parseCsv((await lines(writeTruth(records, { faults: true }))).join(""));
    expect(withFaults[0]).toEqual(["recordId", "personId", "faults"]);
    expect(withFaults.slice(1).map((row) => row[2])).toEqual(
      records.map((record) => record.faults.join("|")),
    );
  });
});
