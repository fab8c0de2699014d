// A coarse guard on bounded memory: a ~50 MB NDJSON (and JSON array, and CSV) stream, generated on the fly and never held
// whole, is validated while the heap stays small. Speed is measured by benchmarks, not asserted
// here; the figures are printed for information.
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { expect, it } from "vitest";
import type { PayloadValidator } from "../src/payload/payload-issue.js";
import { type StreamFormat, validateStream } from "../src/stream/index.js";

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

// A full collection when available (a coarse measure works without it too).
setFlagsFromString("--expose-gc");
const gc = runInNewContext("typeof gc === 'function' ? gc : undefined") as (() => void) | undefined;

const TARGET_BYTES = 50 * 1024 * 1024;
const CHUNK_BYTES = 64 * 1024;

interface Citizen {
  readonly fullName?: string;
  readonly name?: string;
  readonly personalId?: string;
  readonly address?: { readonly province: string; readonly street: string };
}

/** Synthetic citizen number n; every 100th has no `fullName` (invalid). */
function citizen(n: number): Citizen {
  if (n % 100 === 99) return { name: `Người thứ ${n}` };
  return {
    fullName: `Nguyễn Văn Thử ${n}`,
    personalId: `0010990${String(n % 100000).padStart(5, "0")}`,
    address: { province: "Hà Nội", street: `Số ${n} phố Đội Cấn, phường Điện Biên` },
  };
}

const writers: Record<StreamFormat, { head: string; row: (n: number) => string; tail: string }> = {
  ndjson: { head: "", row: (n) => `${JSON.stringify(citizen(n))}\n`, tail: "" },
  json: {
    head: "[\n",
    row: (n) => `${n > 0 ? ",\n" : ""}${JSON.stringify(citizen(n), null, 2)}`,
    tail: "\n]\n",
  },
  csv: {
    head: "fullName,name,personalId,address.province,address.street\n",
    row: (n) => {
      const c = citizen(n);
      const cells = [c.fullName, c.name, c.personalId, c.address?.province, c.address?.street];
      return `${cells.map((cell) => (cell?.includes(",") ? `"${cell}"` : (cell ?? ""))).join(",")}\n`;
    },
    tail: "",
  },
};

/** About 50 MB of synthetic citizens in the format, in chunks of about 64 KiB, made as read. */
async function* generate(format: StreamFormat): AsyncGenerator<Uint8Array> {
  const encoder = new TextEncoder();
  const { head, row, tail } = writers[format];
  let produced = 0;
  let n = 0;
  let pending = head;
  while (produced < TARGET_BYTES) {
    const parts: string[] = [pending];
    let size = pending.length;
    while (size < CHUNK_BYTES) {
      const text = row(n++);
      parts.push(text);
      size += text.length + 8; // about the bytes of the text
    }
    pending = "";
    const chunk = encoder.encode(parts.join(""));
    produced += chunk.length;
    yield chunk;
  }
  yield encoder.encode(tail);
}

it.each(["ndjson", "json", "csv"] as const)(
  "validates a 50 MB %s stream with small heap growth",
  { timeout: 300_000 },
  async (format) => {
    gc?.();
    const baseline = process.memoryUsage().heapUsed;
    let peak = 0;
    let peakAfterGc = 0;
    let records = 0;
    let invalid = 0;
    const started = performance.now();
    for await (const result of validateStream(generate(format), person, { format })) {
      if (result.index !== records) expect(result.index).toBe(records);
      records++;
      if (!result.ok) invalid++;
      if (records % 10_000 === 0) {
        peak = Math.max(peak, process.memoryUsage().heapUsed - baseline);
        if (gc && records % 100_000 === 0) {
          gc();
          peakAfterGc = Math.max(peakAfterGc, process.memoryUsage().heapUsed - baseline);
        }
      }
    }
    const seconds = (performance.now() - started) / 1000;
    const mib = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
    console.log(
      `validateStream ${format}: ${records} records (~50 MB) in ${seconds.toFixed(2)} s, ` +
        `${Math.round(records / seconds)} records/s (input generated on the fly included); ` +
        `heap growth peak ${mib(peak)} MiB, live after GC ${gc ? `${mib(peakAfterGc)} MiB` : "n/a"}`,
    );
    expect(records).toBeGreaterThan(200_000);
    expect(invalid).toBe(Math.floor(records / 100));
    expect(peak).toBeLessThan(64 * 1024 * 1024);
    if (gc) expect(peakAfterGc).toBeLessThan(16 * 1024 * 1024);
  },
);

it("skips a 20 MiB line over the default 16 MiB limit without holding it", {
  timeout: 60_000,
}, async () => {
  const encoder = new TextEncoder();
  async function* input(): AsyncGenerator<Uint8Array> {
    yield encoder.encode('{"fullName":"Trước"}\n{"fullName":"');
    const piece = encoder.encode("Dữ liệu rất dài. ".repeat(4096)); // about 80 KiB
    for (let size = 0; size < 20 * 1024 * 1024; size += piece.length) yield piece;
    yield encoder.encode('"}\n{"fullName":"Sau"}\n');
  }
  gc?.();
  const baseline = process.memoryUsage().heapUsed;
  const results = [];
  for await (const result of validateStream(input(), person, { format: "ndjson" })) {
    results.push([result.line, result.ok, result.issues.map((i) => i.code)]);
  }
  gc?.();
  expect(results).toEqual([
    [1, true, []],
    [2, false, ["record_too_large"]],
    [3, true, []],
  ]);
  if (gc) expect(process.memoryUsage().heapUsed - baseline).toBeLessThan(8 * 1024 * 1024);
});
