// Inputs: arrays, Iterables and AsyncIterables give the same result; a failing stream fails the
// call with its own error; records are read once, in order.
import { describe, expect, it } from "vitest";
import { dedupe, link, linkMany } from "../src/index.js";
import { IDS, smallSpec, streamOf } from "./helpers.js";

const left = [
  { id: "L1", personalId: IDS.anHaNoi1999 },
  { id: "L2", name: "Trần Thị Bình", born: "1985-01-01" },
  { id: "L3", name: "Ngô Bảo Châu", born: "1972-06-28" },
];
const right = [
  { id: "R1", personalId: IDS.anHaNoi1999 },
  { id: "R2", name: "Tran Thi Binh", born: "01/01/1985" },
];

function* generate<T>(items: readonly T[]): Generator<T> {
  yield* items;
}

describe("inputs", () => {
  it("reads arrays, Iterables and AsyncIterables alike", async () => {
    const fromArrays = JSON.stringify(await link(left, right, smallSpec));
    expect(JSON.stringify(await link(streamOf(left), streamOf(right), smallSpec))).toBe(fromArrays);
    expect(JSON.stringify(await link(generate(left), new Set(right), smallSpec))).toBe(fromArrays);
    const deduped = JSON.stringify(await dedupe([...left, ...right], smallSpec));
    expect(JSON.stringify(await dedupe(streamOf([...left, ...right]), smallSpec))).toBe(deduped);
    const many = JSON.stringify(await linkMany({ a: left, b: right }, smallSpec));
    expect(
      JSON.stringify(await linkMany({ a: streamOf(left), b: generate(right) }, smallSpec)),
    ).toBe(many);
  });

  it("fails with the stream's own error when a stream fails", async () => {
    async function* failing() {
      yield left[0];
      throw new RangeError("connection reset");
    }
    await expect(link(failing(), right, smallSpec)).rejects.toThrow("connection reset");
  });

  it("reads each record once, in order", async () => {
    const read: string[] = [];
    async function* watched() {
      for (const record of left) {
        read.push(record.id);
        yield { ...record };
      }
    }
    await link(watched(), right, smallSpec);
    expect(read).toEqual(["L1", "L2", "L3"]);
  });
});
