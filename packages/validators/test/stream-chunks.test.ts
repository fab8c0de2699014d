// Chunk boundaries never change the results: the same input split at every byte offset (inside
// multi-byte UTF-8 characters, CRLF pairs, escapes, quotes), at every UTF-16 offset (inside
// surrogate pairs), byte by byte, and in random pieces, gives what it gives in one piece.
import { describe, expect, it } from "vitest";
import type { PayloadValidator } from "../src/payload/payload-issue.js";
import {
  type StreamOptions,
  type StreamRecordResult,
  type StreamSource,
  validateStream,
} from "../src/stream/index.js";

// A tiny real validator: an object with a string `fullName`.
const person: Pick<PayloadValidator, "validate"> = {
  validate(value) {
    const fullName =
      typeof value === "object" && value !== null
        ? (value as Record<string, unknown>).fullName
        : undefined;
    return typeof fullName === "string"
      ? { ok: true, value, issues: [] }
      : {
          ok: false,
          issues: [
            { path: "/fullName", code: "required", message: "Thiếu họ tên.", severity: "error" },
          ],
        };
  },
};

async function collect(source: StreamSource, options: StreamOptions) {
  const results: StreamRecordResult[] = [];
  for await (const result of validateStream(source, person, options)) results.push(result);
  return results;
}

const encoder = new TextEncoder();
const bytesOf = (...parts: (string | number[])[]) =>
  Uint8Array.from(
    parts.flatMap((part) => (typeof part === "string" ? [...encoder.encode(part)] : part)),
  );

/** Split at the given offsets (sorted). */
function splitAt<T extends Uint8Array | string>(input: T, offsets: readonly number[]): T[] {
  const pieces: T[] = [];
  let start = 0;
  for (const offset of [...offsets, input.length]) {
    pieces.push(input.slice(start, offset) as T);
    start = offset;
  }
  return pieces;
}

/** A small deterministic generator of chunk sizes. */
function* randomSplits(length: number, seed: number): Generator<number> {
  let state = seed * 2654435761 + 1;
  let offset = 0;
  for (;;) {
    state = (state * 1103515245 + 12345) % 2147483648;
    offset += 1 + (state % 23);
    if (offset >= length) return;
    yield offset;
  }
}

const long = "Ư".repeat(120); // 240 bytes, over the 200-byte limit below

const fixtures: [string, StreamOptions, Uint8Array][] = [
  [
    "ndjson",
    { format: "ndjson", maxRecordBytes: 200 },
    bytesOf(
      '\uFEFF{"fullName":"Nguyễn Văn An 😀"}\r\n',
      "\r\n",
      '{"fullName":"Trần \\"Thị\\" Bình \\\\","x":[1,"]"]}\n',
      "not json at all\n",
      '{"fullName":"Ng',
      [0xc3, 0x28],
      '"}\n',
      "   \n",
      `{"fullName":"${long}"}\n`,
      '{"name":"Lê Thị Ánh"}\r\n',
      '{"fullName":"Đỗ Hoàng 𠀀"}',
    ),
  ],
  [
    "json",
    { format: "json", maxRecordBytes: 200 },
    bytesOf(
      "\uFEFF[\r\n",
      '  {\r\n    "fullName": "Nguyễn Văn An 😀",\r\n    "tags": ["[", "{", "\\"", "\\\\"]\r\n  },\r\n',
      '  {"fullName": "Trần Thị Bình", "x": {"y": [1, 2, {"z": null}]}},\n\n',
      '  {"fullName": tru, "a": "}"},\n',
      '  {"fullName": "',
      [0xe1, 0xba],
      '"},\n',
      `  {"fullName": "${long}", "n": [[[]]]},\n`,
      '  -12.5e3, "chuỗi", true,\n',
      '  {"name": "Lê Thị Ánh"}\n',
      "]\n",
    ),
  ],
  [
    "json, stopped",
    { format: "json" },
    bytesOf('[{"fullName": "Ánh"},\n {"fullName": "Bảo"}\n {"fullName": "Cúc"}]'),
  ],
  [
    "csv",
    {
      format: "csv",
      maxRecordBytes: 200,
      csv: { columnTypes: { age: "integer", "meta.ok": "boolean" } },
    },
    bytesOf(
      "\uFEFFfullName,age,meta.ok,tags.0,tags.1\r\n",
      'Nguyễn Văn An 😀,30,true,"a,b","dòng 1\r\ndòng 2"\r\n',
      "\r\n",
      '"Trần ""Thị"" Bình",x,false,,\n',
      "Lê,1,true\n",
      "Ng",
      [0xff],
      "n,2,true,,\n",
      `"${long}",3,true,,\n`,
      '"A"b,4,true,,\n',
      ',5,TRUE,"""","\n\n"\n',
      '"Đỗ Hoàng 𠀀",6,false,x,"unclosed\n',
    ),
  ],
];

describe.each(fixtures)("%s", (_name, options, input) => {
  it("is the same whatever the chunks", async () => {
    const whole = await collect([input], options);
    expect(whole.length).toBeGreaterThanOrEqual(3);
    // Split once at every byte offset.
    for (let offset = 0; offset <= input.length; offset++) {
      expect(await collect(splitAt(input, [offset]), options), `split at ${offset}`).toEqual(whole);
    }
    // Byte by byte, and in random pieces of 1 to 23 bytes.
    const bytes = Array.from({ length: input.length }, (_, i) => i + 1).slice(0, -1);
    expect(await collect(splitAt(input, bytes), options)).toEqual(whole);
    for (let seed = 0; seed < 100; seed++) {
      const offsets = [...randomSplits(input.length, seed)];
      expect(await collect(splitAt(input, offsets), options), `seed ${seed}`).toEqual(whole);
    }
  });

  it("is the same in string chunks split at every UTF-16 offset", async () => {
    const whole = await collect([input], options);
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(input);
    if (text.includes("\uFFFD")) return; // invalid bytes cannot be given as text
    for (let offset = 0; offset <= text.length; offset++) {
      expect(await collect(splitAt(text, [offset]), options), `split at ${offset}`).toEqual(whole);
    }
  });
});

describe("fixtures", () => {
  it("give the expected records (the reference the splits are compared with)", async () => {
    const lines = async (index: number) =>
      (
        await collect(
          [fixtures[index]?.[2] ?? new Uint8Array()],
          fixtures[index]?.[1] ?? { format: "json" },
        )
      ).map((r) => [r.line, r.ok, r.issues.map((i) => i.code).join()]);
    expect(await lines(0)).toEqual([
      [1, true, ""],
      [3, true, ""],
      [4, false, "invalid_json"],
      [5, false, "invalid_utf8"],
      [7, false, "record_too_large"],
      [8, false, "required"],
      [9, true, ""],
    ]);
    expect(await lines(1)).toEqual([
      [2, true, ""],
      [6, true, ""],
      [8, false, "invalid_json"],
      [9, false, "invalid_utf8"],
      [10, false, "record_too_large"],
      [11, false, "required"],
      [11, false, "required"],
      [11, false, "required"],
      [12, false, "required"],
    ]);
    expect(await lines(2)).toEqual([
      [1, true, ""],
      [2, true, ""],
      [3, false, "invalid_json,stream_stopped"],
    ]);
    expect(await lines(3)).toEqual([
      [2, true, ""],
      [5, false, "invalid_csv_value"],
      [6, false, "invalid_csv_row"],
      [7, false, "invalid_utf8"],
      [8, false, "record_too_large"],
      [9, false, "invalid_csv_quote"],
      [10, false, "required"],
      [13, false, "unclosed_csv_quote"],
    ]);
  });
});
