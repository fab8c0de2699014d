// validateStream on each format: records, line numbers, reading errors, options and sources.
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import type { PayloadIssue, PayloadValidator } from "../src/payload/payload-issue.js";
import {
  csvHeaderProblemMessages,
  csvTypeMessages,
  jsonProblemMessages,
  type StreamOptions,
  type StreamRecordResult,
  type StreamSource,
  streamMessages,
  validateStream,
} from "../src/stream/index.js";

// A tiny real validator: a person is an object with a string `fullName`.
interface Person {
  readonly fullName: string;
}
const person: Pick<PayloadValidator<Person>, "validate"> = {
  validate(value, options) {
    const en = options?.locale === "en";
    const issue = (path: string, code: string, vi: string, english: string): PayloadIssue => ({
      path,
      code,
      message: en ? english : vi,
      severity: "error",
    });
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      return {
        ok: false,
        issues: [issue("", "invalid_type", "Phải là một đối tượng.", "Must be an object.")],
      };
    }
    const fullName = (value as Record<string, unknown>).fullName;
    if (typeof fullName !== "string") {
      return {
        ok: false,
        issues: [
          fullName === undefined
            ? issue("/fullName", "required", "Thiếu họ tên.", "The full name is missing.")
            : issue("/fullName", "invalid_type", "Họ tên phải là chuỗi.", "Must be a string."),
        ],
      };
    }
    return { ok: true, value: value as Person, issues: [] };
  },
};

/** Accepts anything: to look at the values a format reads. */
const anything: Pick<PayloadValidator, "validate"> = {
  validate: (value) => ({ ok: true, value, issues: [] }),
};

async function collect<T>(
  source: StreamSource,
  options: StreamOptions,
  validator: Pick<PayloadValidator<T>, "validate"> = person as never,
): Promise<StreamRecordResult<T>[]> {
  const results: StreamRecordResult<T>[] = [];
  for await (const result of validateStream(source, validator, options)) results.push(result);
  return results;
}

/** Index, line, ok and issue codes of each result. */
function summary(results: readonly StreamRecordResult<unknown>[]) {
  return results.map((r) => [r.index, r.line, r.ok, r.issues.map((i) => i.code)]);
}

const utf8 = (text: string) => new TextEncoder().encode(text);

describe("ndjson", () => {
  it("reports every line, valid or not, with its line number; blank lines are counted", async () => {
    const input = [
      '{"fullName":"Nguyễn Văn An"}',
      "",
      '{"fullName":42}',
      "   ",
      "{not json}",
      '{"name":"Trần Thị Bình"}',
      '{"fullName":"Lê Văn Cường"}',
    ].join("\n");
    const results = await collect([utf8(input)], { format: "ndjson" });
    expect(summary(results)).toEqual([
      [0, 1, true, []],
      [1, 3, false, ["invalid_type"]],
      [2, 5, false, ["invalid_json"]],
      [3, 6, false, ["required"]],
      [4, 7, true, []],
    ]);
    expect(results[0]).toMatchObject({ value: { fullName: "Nguyễn Văn An" } });
  });

  it("accepts CRLF and a final line without a line break", async () => {
    const results = await collect(['{"fullName":"A"}\r\n\r\n{"fullName":"B"}'], {
      format: "ndjson",
    });
    expect(summary(results)).toEqual([
      [0, 1, true, []],
      [1, 3, true, []],
    ]);
  });

  it("locates a JSON error by line and column without echoing the line", async () => {
    const [bad] = await collect(['\n\n{"fullName": "Phạm Thị Dung", "age": 3x}\n'], {
      format: "ndjson",
      locale: "en",
    });
    expect(bad?.line).toBe(3);
    const issue = bad?.issues[0];
    expect(issue).toMatchObject({
      path: "",
      code: "invalid_json",
      severity: "error",
      params: { reason: "expected_comma", line: 3, column: 39 },
    });
    expect(issue?.message).toBe(
      "The record is not valid JSON: expected a comma or a closing bracket (line 3, column 39).",
    );
    expect(issue?.message).not.toContain("Dung");
    const [vi] = await collect(['{"fullName": tru}'], { format: "ndjson" });
    expect(vi?.issues[0]?.message).toBe(
      "Bản ghi không phải JSON hợp lệ: ký tự không mong đợi (dòng 1, cột 17).",
    );
  });

  it("reports invalid UTF-8 on the line that has it, and reads the others", async () => {
    const good = utf8('{"fullName":"Võ Văn Em"}\n');
    // "Nguyễn" in Windows-1258-like bytes: not UTF-8.
    const bad = Uint8Array.from([...utf8('{"fullName":"Nguy'), 0xea, 0xde, 0x6e, ...utf8('"}\n')]);
    const results = await collect([good, bad, good], { format: "ndjson" });
    expect(summary(results)).toEqual([
      [0, 1, true, []],
      [1, 2, false, ["invalid_utf8"]],
      [2, 3, true, []],
    ]);
  });

  it("skips a line over maxRecordBytes without dropping it", async () => {
    const long = `{"fullName":"${"x".repeat(5000)}"}`;
    const results = await collect([`{"fullName":"A"}\n${long}\n{"fullName":"B"}\n`], {
      format: "ndjson",
      maxRecordBytes: 1000,
    });
    expect(summary(results)).toEqual([
      [0, 1, true, []],
      [1, 2, false, ["record_too_large"]],
      [2, 3, true, []],
    ]);
    expect(results[1]?.issues[0]).toMatchObject({ params: { limit: 1000 } });
  });

  it("counts the size limit in UTF-8 bytes", async () => {
    // 30 characters of 3 bytes each: 30 code units, 90 bytes.
    const record = `{"fullName":"${"ạ".repeat(30)}"}`;
    const bytes = utf8(record).length;
    const under = await collect([record], { format: "ndjson", maxRecordBytes: bytes });
    const over = await collect([record], { format: "ndjson", maxRecordBytes: bytes - 1 });
    expect(summary(under)).toEqual([[0, 1, true, []]]);
    expect(summary(over)).toEqual([[0, 1, false, ["record_too_large"]]]);
  });

  it("has no records in an empty input", async () => {
    expect(await collect([], { format: "ndjson" })).toEqual([]);
    expect(await collect([""], { format: "ndjson" })).toEqual([]);
    expect(await collect(["\n\r\n  \n"], { format: "ndjson" })).toEqual([]);
  });

  it("drops a UTF-8 byte order mark", async () => {
    const results = await collect([Uint8Array.from([0xef, 0xbb, 0xbf]), utf8('{"fullName":"A"}')], {
      format: "ndjson",
    });
    expect(summary(results)).toEqual([[0, 1, true, []]]);
  });
});

describe("json", () => {
  it("reads the elements of a pretty-printed array with the line each starts on", async () => {
    const input = `[
  {
    "fullName": "Nguyễn Văn An"
  },
  {"fullName": "Trần [Thị] \\"Bình\\" {}"},

  {"name": "x"}, 7,
  "text",
  [1, [2]]
]
`;
    const results = await collect([input], { format: "json" });
    expect(summary(results)).toEqual([
      [0, 2, true, []],
      [1, 5, true, []],
      [2, 7, false, ["required"]],
      [3, 7, false, ["invalid_type"]],
      [4, 8, false, ["invalid_type"]],
      [5, 9, false, ["invalid_type"]],
    ]);
    expect(results[1]).toMatchObject({ value: { fullName: 'Trần [Thị] "Bình" {}' } });
  });

  it("reads a top-level value that is not an array as one record", async () => {
    expect(summary(await collect(['\n {"fullName": "A"} \n'], { format: "json" }))).toEqual([
      [0, 2, true, []],
    ]);
    expect(summary(await collect(["42"], { format: "json" }))).toEqual([
      [0, 1, false, ["invalid_type"]],
    ]);
  });

  it("goes on after an element that does not parse but whose extent is clear", async () => {
    const input =
      '[{"fullName": "A"},\n {"fullName": tru},\n {"fullName" "C"},\n nul, {"fullName": "D"}]';
    const results = await collect([input], { format: "json", locale: "en" });
    expect(summary(results)).toEqual([
      [0, 1, true, []],
      [1, 2, false, ["invalid_json"]],
      [2, 3, false, ["invalid_json"]],
      [3, 4, false, ["invalid_json"]],
      [4, 4, true, []],
    ]);
    expect(results[1]?.issues[0]?.params).toEqual({
      reason: "unexpected_character",
      line: 2,
      column: 18,
    });
    expect(results[2]?.issues[0]?.params).toEqual({
      reason: "expected_colon",
      line: 3,
      column: 14,
    });
    expect(results[3]?.issues[0]?.params).toEqual({ reason: "unexpected_end", line: 4, column: 5 });
  });

  it("after an error that breaks the array, reports the good elements and one last record", async () => {
    const input =
      '[\n{"fullName": "A"},\n{"fullName": "B"}\n{"fullName": "C"},\n{"fullName": "D"}\n]';
    const results = await collect([input], { format: "json", locale: "en" });
    expect(summary(results)).toEqual([
      [0, 2, true, []],
      [1, 3, true, []],
      [2, 4, false, ["invalid_json", "stream_stopped"]],
    ]);
    expect(results[2]?.issues.map((i) => i.message)).toEqual([
      "The record is not valid JSON: expected a comma or a closing bracket (line 4, column 1).",
      "Reading stopped at line 4: the rest of the input was not checked.",
    ]);
  });

  it.each([
    [
      "a mismatched bracket",
      '[{"fullName": "A"}, {"a": [1}, {"fullName": "B"}]',
      1,
      "mismatched_bracket",
    ],
    ["a missing element", '[{"fullName": "A"},, {"fullName": "B"}]', 1, "expected_value"],
    ["a trailing comma", '[{"fullName": "A"},\n]', 2, "expected_value"],
    ["content after the array", '[{"fullName": "A"}]\n[{"fullName": "B"}]', 2, "trailing_content"],
    ["content after a value", '{"fullName": "A"} {"fullName": "B"}', 1, "trailing_content"],
  ])("stops at %s", async (_name, input, line, reason) => {
    const results = await collect([input], { format: "json" });
    const last = results.at(-1);
    expect(results.length).toBe(2);
    expect(results[0]?.ok).toBe(true);
    expect(last).toMatchObject({ index: 1, line, ok: false });
    expect(last?.issues.map((i) => [i.code, i.params?.reason])).toEqual([
      ["invalid_json", reason],
      ["stream_stopped", undefined],
    ]);
  });

  it.each([
    ["inside an element", '[{"fullName": "A"},\n {"fullName": "B', 2, 2, 17],
    ["after an element", '[{"fullName": "A"},\n {"fullName": "B"}', 2, 2, 19],
    ["after a comma", '[{"fullName": "A"},\n', 2, 2, 1],
    ["after a number", '[{"fullName": "A"},\n 12', 2, 2, 4],
  ])("reports an input that ends %s (nothing left unread)", async (_n, input, line, at, column) => {
    const results = await collect([input], { format: "json" });
    const last = results.at(-1);
    expect(results[0]?.ok).toBe(true);
    expect(last?.line).toBe(line);
    expect(last?.issues.map((i) => [i.code, i.params])).toEqual([
      ["invalid_json", { reason: "unexpected_end", line: at, column }],
    ]);
  });

  it("counts the element that was cut off and, after a number, the unclosed array", async () => {
    const results = await collect(['[{"fullName": "A"}, 12'], { format: "json" });
    expect(summary(results)).toEqual([
      [0, 1, true, []],
      [1, 1, false, ["invalid_type"]],
      [2, 1, false, ["invalid_json"]],
    ]);
  });

  it("skips an element over maxRecordBytes and goes on", async () => {
    const big = `{"fullName": "${"y".repeat(4000)}", "nested": [[{"a": "]"}]]}`;
    const input = `[{"fullName": "A"}, ${big},\n{"fullName": "B"}]`;
    const chunks = input.match(/[\s\S]{1,100}/g) ?? [];
    const results = await collect(chunks, { format: "json", maxRecordBytes: 1000 });
    expect(summary(results)).toEqual([
      [0, 1, true, []],
      [1, 1, false, ["record_too_large"]],
      [2, 2, true, []],
    ]);
  });

  it("reads deeply nested elements, and skips a deep one over the limit", async () => {
    const deep = (depth: number) => `${"[".repeat(depth)}${"]".repeat(depth)}`;
    const input = `[${deep(100_000)}, {"fullName": "A"}, ${deep(3_000_000)}, {"fullName": "B"}]`;
    const results = await collect(input.match(/[\s\S]{1,65536}/g) ?? [], {
      format: "json",
      maxRecordBytes: 1_000_000,
    });
    expect(summary(results)).toEqual([
      [0, 1, false, ["invalid_type"]],
      [1, 1, true, []],
      [2, 1, false, ["record_too_large"]],
      [3, 1, true, []],
    ]);
    const mismatched = await collect([`[${"{".repeat(50)}]`], { format: "json" });
    expect(mismatched[0]?.issues[0]?.params).toEqual({
      reason: "mismatched_bracket",
      line: 1,
      column: 52,
    });
  });

  it("reports invalid UTF-8 in an element on that element only", async () => {
    const bytes = Uint8Array.from([
      ...utf8('[{"fullName": "A"}, {"fullName": "'),
      0xff,
      ...utf8('"}, {"fullName": "B"}]'),
    ]);
    expect(summary(await collect([bytes], { format: "json" }))).toEqual([
      [0, 1, true, []],
      [1, 1, false, ["invalid_utf8"]],
      [2, 1, true, []],
    ]);
  });

  it("has no records in an empty input or an empty array", async () => {
    expect(await collect([], { format: "json" })).toEqual([]);
    expect(await collect([" \n\t"], { format: "json" })).toEqual([]);
    expect(await collect(["\uFEFF[ \n ]\n"], { format: "json" })).toEqual([]);
  });
});

describe("csv", () => {
  it("reads a header of paths into nested values; empty cells are absent", async () => {
    const input = [
      "fullName,birthName.fullName,birthName.givenName,nationality.0,nationality.1",
      "Nguyễn Văn An,Nguyễn Văn An,An,VN,",
      'Trần Thị Bình,,,"VN",US',
      ",,,,",
    ].join("\r\n");
    const results = await collect([input], { format: "csv" }, anything);
    expect(results.map((r) => (r.ok ? r.value : r.issues))).toEqual([
      {
        fullName: "Nguyễn Văn An",
        birthName: { fullName: "Nguyễn Văn An", givenName: "An" },
        nationality: ["VN"],
      },
      { fullName: "Trần Thị Bình", nationality: ["VN", "US"] },
      {},
    ]);
    expect(results.map((r) => r.line)).toEqual([2, 3, 4]);
  });

  it("reads quoted fields with delimiters, doubled quotes and line breaks; line is where the row starts", async () => {
    const input =
      'fullName,note\n"Lê, Văn ""Cường""","dòng 1\r\ndòng 2\ndòng 3"\n\n"Phạm Thị Dung",x\n';
    const results = await collect([input], { format: "csv" }, anything);
    expect(results.map((r) => [r.line, r.ok && r.value])).toEqual([
      [2, { fullName: 'Lê, Văn "Cường"', note: "dòng 1\r\ndòng 2\ndòng 3" }],
      [6, { fullName: "Phạm Thị Dung", note: "x" }],
    ]);
  });

  it("validates each row; rows with the wrong number of fields are invalid_csv_row", async () => {
    const input = "fullName;age\nA;1\nB\nC;3;extra\n;4\nD;5";
    const results = await collect([input], { format: "csv", csv: { delimiter: ";" } });
    expect(summary(results)).toEqual([
      [0, 2, true, []],
      [1, 3, false, ["invalid_csv_row"]],
      [2, 4, false, ["invalid_csv_row"]],
      [3, 5, false, ["required"]],
      [4, 6, true, []],
    ]);
    expect(results[1]?.issues[0]).toMatchObject({ params: { expected: 2, actual: 1 } });
    expect(results[2]?.issues[0]?.message).toBe("Dòng CSV có 3 trường trong khi tiêu đề có 2 cột.");
  });

  it("converts typed columns, and reports a cell that does not convert", async () => {
    const input = [
      "fullName,age,height,alive,tags",
      'A, 42 ,1.72,TRUE,"[""a"",""b""]"',
      "B,4x,1e3,no,{",
    ].join("\n");
    const csv = {
      columnTypes: {
        age: "integer",
        height: "number",
        alive: "boolean",
        tags: "json",
      },
    } as const;
    const results = await collect([input], { format: "csv", locale: "en", csv }, person);
    expect(results[0]).toMatchObject({
      ok: true,
      value: { fullName: "A", age: 42, height: 1.72, alive: true, tags: ["a", "b"] },
    });
    expect(results[1]?.ok).toBe(false);
    expect(results[1]?.issues.map((i) => [i.path, i.code, i.params?.expected])).toEqual([
      ["/age", "invalid_csv_value", "integer"],
      ["/alive", "invalid_csv_value", "boolean"],
      ["/tags", "invalid_csv_value", "json"],
    ]);
    expect(results[1]?.issues[0]?.message).toBe("The value in column age is not an integer.");
  });

  it("still validates the rest of a record whose cell does not convert", async () => {
    const input = "name,age\nA,x";
    const results = await collect([input], {
      format: "csv",
      csv: { columnTypes: { age: "number" } },
    });
    expect(results[0]?.issues.map((i) => [i.path, i.code])).toEqual([
      ["/age", "invalid_csv_value"],
      ["/fullName", "required"],
    ]);
  });

  it("reports quoting errors with their position", async () => {
    const input = 'fullName,x\n"A"b,1\nC,2\n"D,3\n';
    const results = await collect([input], { format: "csv" });
    expect(summary(results)).toEqual([
      [0, 2, false, ["invalid_csv_quote"]],
      [1, 3, true, []],
      [2, 4, false, ["unclosed_csv_quote"]],
    ]);
    expect(results[0]?.issues[0]?.params).toEqual({ line: 2, column: 4 });
    expect(results[2]?.issues[0]?.params).toEqual({ line: 4, column: 1 });
  });

  it("stops at a header that cannot be used, as the only record", async () => {
    const input = "fullName,,a.b,a,a.b,x..y,n.01,0\nA,1,2,3,4,5,6,7\n";
    const results = await collect([input], { format: "csv", locale: "en" });
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ index: 0, line: 1, ok: false });
    expect(results[0]?.issues.map((i) => [i.code, i.params?.position, i.params?.reason])).toEqual([
      ["invalid_csv_header", 2, "empty_name"],
      ["invalid_csv_header", 4, "conflict"],
      ["invalid_csv_header", 5, "duplicate"],
      ["invalid_csv_header", 6, "invalid_path"],
      ["invalid_csv_header", 7, "invalid_path"],
      ["invalid_csv_header", 8, "invalid_path"],
      ["stream_stopped", undefined, undefined],
    ]);
    expect(results[0]?.issues[0]?.message).toBe(
      "The CSV header cannot be used at column 2: the column name is empty.",
    );
  });

  it("keeps a column named __proto__ as an own property", async () => {
    const results = await collect(
      ["__proto__.polluted,fullName\nyes,A\n"],
      { format: "csv" },
      anything,
    );
    const value = results[0]?.ok ? (results[0].value as Record<string, unknown>) : {};
    expect(Object.hasOwn(value, "__proto__")).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("has no records in an empty input or a header alone; skips empty lines", async () => {
    expect(await collect([], { format: "csv" })).toEqual([]);
    expect(await collect(["fullName\r\n"], { format: "csv" })).toEqual([]);
    expect(summary(await collect(["\n\nfullName\n\nA\n\n"], { format: "csv" }))).toEqual([
      [0, 5, true, []],
    ]);
  });

  it("reports a row over maxRecordBytes and goes on", async () => {
    const input = `fullName\nA\n"${"z\n".repeat(1000)}"\nB\n`;
    const results = await collect([input], { format: "csv", maxRecordBytes: 500 });
    expect(summary(results)).toEqual([
      [0, 2, true, []],
      [1, 3, false, ["record_too_large"]],
      [2, 1004, true, []],
    ]);
  });
});

describe("garbage", () => {
  // Not UTF-8, not text at all: every format reports it, none throws.
  const garbage = Uint8Array.from({ length: 3000 }, (_, i) => (i * 7919 + 13) % 256);

  it.each(["json", "ndjson", "csv"] as const)(
    "%s: reports invalid records, never throws",
    async (format) => {
      const results = await collect([garbage], { format });
      expect(results.length).toBeGreaterThan(0);
      expect(results.every((r) => !r.ok)).toBe(true);
      expect(results.map((r) => r.index)).toEqual(results.map((_, i) => i));
    },
  );

  it("ndjson: one invalid record per non-blank line", async () => {
    const text = new TextDecoder().decode(garbage);
    const lines = text.split("\n").filter((line) => !/^[ \t\r]*$/.test(line));
    const results = await collect([garbage], { format: "ndjson" });
    expect(results).toHaveLength(lines.length);
    expect(new Set(results.flatMap((r) => r.issues.map((i) => i.code)))).toEqual(
      new Set(["invalid_utf8"]),
    );
  });
});

describe("messages", () => {
  const tables = { streamMessages, jsonProblemMessages, csvHeaderProblemMessages, csvTypeMessages };

  it.each(Object.entries(tables))(
    "%s: every code has a Vietnamese and an English message",
    (_n, table) => {
      for (const [code, templates] of Object.entries(table)) {
        expect(code).toMatch(/^[a-z][a-z0-9_]*$/);
        expect(templates.vi.trim(), `${code} vi`).not.toBe("");
        expect(templates.en.trim(), `${code} en`).not.toBe("");
        expect(templates.vi, code).not.toBe(templates.en);
        const params = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
        expect(params(templates.en), code).toEqual(params(templates.vi));
      }
    },
  );

  it("every issue in Vietnamese by default, in English on request, fully rendered", async () => {
    const input = '[{"fullName": tru}, {"a": 1}\n{"b": 2}]';
    for (const locale of ["vi", "en"] as const) {
      const results = await collect([input], { format: "json", locale });
      for (const issue of results.flatMap((r) => r.issues)) {
        expect(issue.message).not.toMatch(/\{\w+\}/);
        if (issue.code in streamMessages) {
          const template = streamMessages[issue.code as keyof typeof streamMessages][locale];
          expect(issue.message.slice(0, 10)).toBe(template.slice(0, 10));
        }
      }
    }
  });
});

describe("options", () => {
  it.each([
    [{ format: "xml" }],
    [{ format: "json", maxRecordBytes: 0 }],
    [{ format: "json", maxRecordBytes: 1.5 }],
    [{ format: "csv", csv: { delimiter: '"' } }],
    [{ format: "csv", csv: { delimiter: ";;" } }],
    [{ format: "csv", csv: { columnTypes: { age: "float" } } }],
  ])("throws a TypeError at once for %j", (options) => {
    expect(() => validateStream([], person, options as unknown as StreamOptions)).toThrow(
      TypeError,
    );
  });

  it("throws a TypeError for a source or validator that cannot be used", () => {
    expect(() => validateStream(42 as never, person, { format: "json" })).toThrow(TypeError);
    expect(() => validateStream([], {} as never, { format: "json" })).toThrow(TypeError);
  });

  it("reports a validator that throws as internal_error, and goes on", async () => {
    let calls = 0;
    const flaky: Pick<PayloadValidator, "validate"> = {
      validate(value) {
        calls++;
        if (calls === 1) throw new Error("boom");
        return { ok: true, value, issues: [] };
      },
    };
    const results = await collect(["1\n2\n"], { format: "ndjson" }, flaky);
    expect(summary(results)).toEqual([
      [0, 1, false, ["internal_error"]],
      [1, 2, true, []],
    ]);
  });
});

describe("sources", () => {
  const input = '{"fullName":"Đặng Văn Giang"}\n{"fullName":"Bùi Thị Hoa"}\n';
  const expected = [
    [0, 1, true, []],
    [1, 2, true, []],
  ];

  it("reads a Node Readable, a WHATWG ReadableStream, a sync iterable and string chunks", async () => {
    const bytes = utf8(input);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < bytes.length; i += 5) controller.enqueue(bytes.subarray(i, i + 5));
        controller.close();
      },
    });
    for (const source of [
      Readable.from([Buffer.from(bytes)]),
      stream,
      [input.slice(0, 10), input.slice(10)],
      (async function* () {
        yield input;
      })(),
    ] as StreamSource[]) {
      expect(summary(await collect(source, { format: "ndjson" }))).toEqual(expected);
    }
  });

  it("pulls the input only as records are consumed, and closes it when the consumer stops", async () => {
    let pulled = 0;
    let closed = false;
    async function* chunks() {
      try {
        for (let i = 0; i < 1000; i++) {
          pulled++;
          yield `{"fullName":"Người ${i}"}\n`;
        }
      } finally {
        closed = true;
      }
    }
    const results = validateStream(chunks(), person, { format: "ndjson" });
    let seen = 0;
    for await (const _ of results) {
      seen++;
      if (seen === 3) break;
    }
    expect(pulled).toBeLessThanOrEqual(4);
    expect(closed).toBe(true);
  });

  it("cancels a ReadableStream when reading stops at a broken structure", async () => {
    let cancelled = false;
    let pulls = 0;
    const stream = new ReadableStream<string>({
      pull(controller) {
        pulls++;
        controller.enqueue(pulls === 1 ? '[{"fullName":"A"}} ' : '{"fullName":"B"},');
      },
      cancel() {
        cancelled = true;
      },
    });
    const results = await collect(stream, { format: "json" });
    expect(summary(results)).toEqual([
      [0, 1, true, []],
      [1, 1, false, ["invalid_json", "stream_stopped"]],
    ]);
    expect(cancelled).toBe(true);
  });

  it("passes the source's own errors on", async () => {
    async function* failing() {
      yield '{"fullName":"A"}\n';
      throw new Error("disk on fire");
    }
    await expect(collect(failing(), { format: "ndjson" })).rejects.toThrow("disk on fire");
  });
});
