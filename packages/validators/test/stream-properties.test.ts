// Properties of validateStream (fast-check): random records written as a JSON array, NDJSON or CSV
// and cut in random chunks all come back, in order, with the line they start on; arbitrary bytes
// never make it throw, and their results do not depend on the chunks either.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { PayloadValidator } from "../src/payload/payload-issue.js";
import {
  type StreamFormat,
  type StreamOptions,
  type StreamRecordResult,
  validateStream,
} from "../src/stream/index.js";

// A tiny real validator: an object with a non-empty string `fullName`.
const person: Pick<PayloadValidator, "validate"> = {
  validate(value) {
    const fullName =
      typeof value === "object" && value !== null
        ? (value as Record<string, unknown>).fullName
        : undefined;
    return typeof fullName === "string" && fullName !== ""
      ? { ok: true, value, issues: [] }
      : {
          ok: false,
          issues: [
            { path: "/fullName", code: "required", message: "Thiếu họ tên.", severity: "error" },
          ],
        };
  },
};

async function collect(chunks: Iterable<Uint8Array | string>, options: StreamOptions) {
  const results: StreamRecordResult[] = [];
  for await (const result of validateStream(chunks, person, options)) results.push(result);
  return results;
}

interface Person {
  fullName: string;
  age?: number;
  address?: { province?: string; ward?: string };
  phones?: string[];
}

// Text that is hard to read: Vietnamese letters, an astral character, quotes, delimiters,
// brackets, backslashes and line breaks.
const tricky = fc.string({
  unit: fc.oneof(
    fc.constantFrom(
      "a",
      "Ư",
      "ễ",
      "Đ",
      "𠀀",
      "😀",
      " ",
      ",",
      ";",
      '"',
      "'",
      "\\",
      "\n",
      "\r",
      "\r\n",
      "[",
      "]",
      "{",
      "}",
      ":",
      "\t",
      "\u2028",
    ),
    fc.string({ unit: "grapheme", maxLength: 1 }),
  ),
  maxLength: 12,
});
const nonEmpty = tricky.filter((text) => text !== "");

const personArbitrary: fc.Arbitrary<Person> = fc.record(
  {
    fullName: nonEmpty,
    age: fc.integer({ min: 0, max: 130 }),
    address: fc.record({ province: nonEmpty, ward: nonEmpty }, { requiredKeys: [] }),
    phones: fc.array(nonEmpty, { minLength: 1, maxLength: 3 }),
  },
  { requiredKeys: ["fullName"] },
);

/** Serialised input and the line each record starts on. */
interface Written {
  readonly text: string;
  readonly lines: number[];
  /** The values as the format gives them back. */
  readonly values: unknown[];
}

const newlines = (text: string) => text.split("\n").length - 1;

function writeJson(records: readonly Person[], pretty: boolean, blankLines: boolean[]): Written {
  let text = "[\n";
  const lines: number[] = [];
  records.forEach((record, i) => {
    if (blankLines[i]) text += "\n";
    lines.push(newlines(text) + 1);
    text += `  ${JSON.stringify(record, null, pretty ? 2 : undefined)}${i < records.length - 1 ? "," : ""}\n`;
  });
  return { text: `${text}]`, lines, values: [...records] };
}

function writeNdjson(records: readonly Person[], crlf: boolean, blankLines: boolean[]): Written {
  const end = crlf ? "\r\n" : "\n";
  let text = "";
  const lines: number[] = [];
  records.forEach((record, i) => {
    if (blankLines[i]) text += end;
    lines.push(newlines(text) + 1);
    text += JSON.stringify(record) + end;
  });
  return { text, lines, values: [...records] };
}

const COLUMNS = [
  "fullName",
  "age",
  "address.province",
  "address.ward",
  "phones.0",
  "phones.1",
  "phones.2",
];

function quote(cell: string, delimiter: string): string {
  return /["\r\n]/.test(cell) || cell.includes(delimiter) || cell !== cell.trim()
    ? `"${cell.replaceAll('"', '""')}"`
    : cell;
}

function writeCsv(
  records: readonly Person[],
  delimiter: string,
  crlf: boolean,
  blankLines: boolean[],
): Written {
  const end = crlf ? "\r\n" : "\n";
  let text = COLUMNS.join(delimiter) + end;
  const lines: number[] = [];
  records.forEach((record, i) => {
    if (blankLines[i]) text += end;
    lines.push(newlines(text) + 1);
    const cells = [
      record.fullName,
      record.age === undefined ? "" : String(record.age),
      record.address?.province ?? "",
      record.address?.ward ?? "",
      record.phones?.[0] ?? "",
      record.phones?.[1] ?? "",
      record.phones?.[2] ?? "",
    ];
    text += cells.map((cell) => quote(cell, delimiter)).join(delimiter) + end;
  });
  // CSV leaves out an address with no cell; an empty object is absent.
  const values = records.map((record) => {
    const { address, ...rest } = record;
    return address && Object.keys(address).length > 0 ? record : rest;
  });
  return { text, lines, values };
}

/** Cut bytes at the given fractions of their length. */
function cut(bytes: Uint8Array, fractions: readonly number[]): Uint8Array[] {
  const offsets = [...new Set(fractions.map((f) => Math.floor(f * bytes.length)))].sort(
    (a, b) => a - b,
  );
  const pieces: Uint8Array[] = [];
  let start = 0;
  for (const offset of [...offsets, bytes.length]) {
    pieces.push(bytes.subarray(start, offset));
    start = offset;
  }
  return pieces;
}

const fractions = fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 12 });

describe("every record comes back in order with its line", () => {
  const check = async (written: Written, options: StreamOptions, chunks: readonly number[]) => {
    const bytes = new TextEncoder().encode(written.text);
    const results = await collect(cut(bytes, chunks), options);
    expect(results.map((r) => r.index)).toEqual(written.values.map((_, i) => i));
    expect(results.map((r) => r.line)).toEqual(written.lines);
    expect(results.every((r) => r.ok)).toBe(true);
    expect(results.map((r) => (r.ok ? r.value : undefined))).toEqual(written.values);
  };
  const records = fc.array(personArbitrary, { maxLength: 25 });
  const blanks = fc.array(fc.boolean(), { maxLength: 25 });

  it("json array, pretty or compact", async () => {
    await fc.assert(
      fc.asyncProperty(
        records,
        fc.boolean(),
        blanks,
        fractions,
        async (people, pretty, blank, at) => {
          await check(writeJson(people, pretty, blank), { format: "json" }, at);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("ndjson, LF or CRLF, with blank lines", async () => {
    await fc.assert(
      fc.asyncProperty(
        records,
        fc.boolean(),
        blanks,
        fractions,
        async (people, crlf, blank, at) => {
          await check(writeNdjson(people, crlf, blank), { format: "ndjson" }, at);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("csv with nested and typed columns, quoted fields, LF or CRLF, empty lines", async () => {
    await fc.assert(
      fc.asyncProperty(
        records,
        fc.constantFrom(",", ";", "\t", "|"),
        fc.boolean(),
        blanks,
        fractions,
        async (people, delimiter, crlf, blank, at) => {
          const options: StreamOptions = {
            format: "csv",
            csv: { delimiter, columnTypes: { age: "integer" } },
          };
          await check(writeCsv(people, delimiter, crlf, blank), options, at);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("arbitrary bytes", () => {
  const bytes = fc.oneof(
    fc.uint8Array({ maxLength: 300 }),
    // Mostly structure, to get deeper into the readers.
    fc
      .array(
        fc.constantFrom(
          '{"fullName":"A"}',
          "[",
          "]",
          "{",
          "}",
          ",",
          '"',
          "\\",
          "\n",
          "\r\n",
          " ",
          "ễ",
          "x",
          "1",
          ";",
          "\uFEFF",
        ),
        { maxLength: 60 },
      )
      .map((parts) => new TextEncoder().encode(parts.join(""))),
  );
  const formats = fc.constantFrom<StreamFormat>("json", "ndjson", "csv");

  it("never throw, give consecutive indexes and lines in order, whatever the chunks", async () => {
    await fc.assert(
      fc.asyncProperty(
        bytes,
        formats,
        fractions,
        fc.integer({ min: 1, max: 64 }),
        async (input, format, at, limit) => {
          const options: StreamOptions = { format, maxRecordBytes: limit };
          const whole = await collect([input], options);
          expect(whole.map((r) => r.index)).toEqual(whole.map((_, i) => i));
          for (let i = 1; i < whole.length; i++) {
            expect((whole[i]?.line ?? 0) >= (whole[i - 1]?.line ?? 0)).toBe(true);
          }
          for (const result of whole) {
            for (const issue of result.issues) expect(issue.message).not.toMatch(/\{\w+\}/);
          }
          expect(await collect(cut(input, at), options)).toEqual(whole);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
