// presets.vietnamesePerson: a valid, frozen spec that reads plain records, Sharing API envelopes and
// synth extracts alike, and the records of every national database synth makes.
import {
  EXTRACT_DATABASES,
  extract,
  generatePopulation,
  NO_FAULTS,
  type SyntheticPerson,
} from "@ndcvn/synth";
import { beforeAll, describe, expect, it } from "vitest";
import { link, presets, validateSpec } from "../src/index.js";
import { IDS } from "./helpers.js";

describe("presets.vietnamesePerson", () => {
  it("is a valid spec, frozen to the last level", () => {
    expect(validateSpec(presets.vietnamesePerson)).toMatchObject({ ok: true });
    expect(Object.isFrozen(presets)).toBe(true);
    expect(Object.isFrozen(presets.vietnamesePerson.passes[0]?.key)).toBe(true);
    expect(() => {
      (presets.vietnamesePerson as { maxKeyFrequency?: number }).maxKeyFrequency = 1;
    }).toThrow(TypeError);
  });

  it("reads plain records, Sharing API envelopes and synth extracts alike", async () => {
    const data = {
      personalId: IDS.anHaNoi1999,
      birthName: { fullName: "Nguyễn Văn An" },
      dateOfBirth: "1999-03-14",
      sex: "male",
    };
    const plain = { id: "a", ...data };
    const envelope = { recordId: "b", data };
    const extracted = { envelope: { recordId: "c", data }, personId: "P1" };
    for (const right of [envelope, extracted]) {
      const result = await link([plain], [right], presets.vietnamesePerson);
      expect(result.links).toEqual([
        {
          left: "a",
          right: right === envelope ? "b" : "c",
          pass: "personalId",
          agreed: { personalId: IDS.anHaNoi1999 },
        },
      ]);
    }
  });

  describe("links the population to every database synth makes (no faults)", () => {
    let people: SyntheticPerson[] = [];
    let population: unknown[] = [];
    beforeAll(async () => {
      people = [];
      for await (const person of generatePopulation({ size: 3000, seed: 9 })) people.push(person);
      population = [];
      for await (const record of extract(people, "population", { seed: 9, faults: NO_FAULTS }))
        population.push(record);
    }, 60_000);

    for (const database of EXTRACT_DATABASES.filter((name) => name !== "population")) {
      it(database, async () => {
        const records = [];
        for await (const record of extract(people, database, { seed: 9, faults: NO_FAULTS }))
          records.push(record);
        // One record type at a time: a person has one record of each.
        const bySchema = new Map<string, typeof records>();
        for (const record of records) {
          const list = bySchema.get(record.envelope.schema) ?? [];
          list.push(record);
          bySchema.set(record.envelope.schema, list);
        }
        for (const [schema, list] of bySchema) {
          const result = await link(population, list, presets.vietnamesePerson);
          const personOf = new Map(
            [...(population as typeof records), ...list].map((r) => [
              r.envelope.recordId,
              r.personId,
            ]),
          );
          const wrong = result.links.filter((l) => personOf.get(l.left) !== personOf.get(l.right));
          expect(wrong, schema).toEqual([]);
          expect(result.links.length, schema).toBe(list.length);
        }
      }, 60_000);
    }
  });
});
