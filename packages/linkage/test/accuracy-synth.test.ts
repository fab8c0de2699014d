// Accuracy of presets.vietnamesePerson on synth's population and insurance extracts with the
// default faults, against synth's ground truth. A one-to-one linkage cannot link both records of a
// person that a source holds twice (synth's `duplicate` fault): such records are reported as
// ambiguities, and recall is asserted on the pairs a one-to-one linkage can make; the recall over
// every true pair is reported beside it.
import {
  type ExtractedRecord,
  extract,
  generatePopulation,
  NO_FAULTS,
  type SyntheticPerson,
} from "@ndcvn/synth";
import { beforeAll, describe, expect, it } from "vitest";
import { dedupe, link, linkMany, presets } from "../src/index.js";
import { census, clusterAccuracy, linkAccuracy } from "./accuracy.js";

const PEOPLE = 30_000;
const HEALTH_CARD = "https://schemas.ndcvn.org/insurance/HealthInsuranceCard/1.0.0";

const population: ExtractedRecord[] = [];
const healthCards: ExtractedRecord[] = [];
const participations: ExtractedRecord[] = [];
const truth = new Map<string, string>();
const truthOf = (source: string, id: string) => truth.get(`${source}:${id}`);

beforeAll(async () => {
  const people: SyntheticPerson[] = [];
  for await (const person of generatePopulation({ size: PEOPLE, seed: 20261127 }))
    people.push(person);
  for await (const record of extract(people, "population", { seed: 7 })) population.push(record);
  for await (const record of extract(people, "insurance", { seed: 7 }))
    (record.envelope.schema === HEALTH_CARD ? healthCards : participations).push(record);
  const add = (source: string, records: ExtractedRecord[]) => {
    for (const record of records)
      truth.set(`${source}:${record.envelope.recordId}`, record.personId);
  };
  add("population", population);
  add("healthInsurance", healthCards);
  add("socialInsurance", participations);
}, 120_000);

const recordsOf = (source: string, records: ExtractedRecord[]) =>
  records.map((record) => ({ source, person: record.personId }));

describe("accuracy on synth (default faults)", () => {
  it("links the population to health-insurance cards with precision ≥ 0.999 and recall ≥ 0.98", async () => {
    const result = await link(population, healthCards, presets.vietnamesePerson, {
      sources: ["population", "healthInsurance"],
    });
    const people = census([
      ...recordsOf("population", population),
      ...recordsOf("healthInsurance", healthCards),
    ]);
    const accuracy = linkAccuracy(result, truthOf, people);
    console.log("population × health-insurance cards", JSON.stringify(accuracy, null, 1));
    expect(accuracy.precision).toBeGreaterThanOrEqual(0.999);
    expect(accuracy.recallOneToOne).toBeGreaterThanOrEqual(0.98);
    for (const [pass, { precision }] of Object.entries(accuracy.perPass))
      expect(precision, pass).toBeGreaterThanOrEqual(0.99);
  }, 120_000);

  it("clusters population, health-insurance cards and social-insurance participations", async () => {
    const result = await linkMany(
      { population, healthInsurance: healthCards, socialInsurance: participations },
      presets.vietnamesePerson,
    );
    const people = census([
      ...recordsOf("population", population),
      ...recordsOf("healthInsurance", healthCards),
      ...recordsOf("socialInsurance", participations),
    ]);
    const accuracy = clusterAccuracy(result, truthOf, people);
    console.log("population × health × social insurance", JSON.stringify(accuracy, null, 1));
    expect(accuracy.precision).toBeGreaterThanOrEqual(0.999);
    expect(accuracy.recallOneToOne).toBeGreaterThanOrEqual(0.98);
    // The social-insurance number links a participation to the card of the same person.
    expect(accuracy.perPass.socialInsuranceBirthDate?.links ?? 0).toBeGreaterThan(0);
  }, 120_000);

  it("finds the records a source holds twice too, when both sources are deduplicated together", async () => {
    // One-to-one linkage reports a person held twice by one source as an ambiguity. When the
    // sources are known to hold duplicates, `dedupe` over both at once clusters every record of a
    // person — the duplicates included — and every cross-source pair of a cluster is a link.
    const sourceOf = new Map<string, string>();
    for (const record of population) sourceOf.set(record.envelope.recordId, "population");
    for (const record of healthCards) sourceOf.set(record.envelope.recordId, "healthInsurance");
    expect(sourceOf.size).toBe(population.length + healthCards.length);
    const result = await dedupe([...population, ...healthCards], presets.vietnamesePerson);
    let links = 0;
    let correct = 0;
    for (const cluster of result.clusters) {
      const ids = cluster.members.map((member) => member.id);
      const left = ids.filter((id) => sourceOf.get(id) === "population");
      const right = ids.filter((id) => sourceOf.get(id) === "healthInsurance");
      for (const a of left)
        for (const b of right) {
          links++;
          if (truthOf("population", a) === truthOf("healthInsurance", b)) correct++;
        }
    }
    const people = census([
      ...recordsOf("population", population),
      ...recordsOf("healthInsurance", healthCards),
    ]);
    let truePairs = 0;
    for (const counts of people.values())
      truePairs += (counts.get("population") ?? 0) * (counts.get("healthInsurance") ?? 0);
    const accuracy = { links, correct, precision: correct / links, recall: correct / truePairs };
    console.log("population + health-insurance cards, deduplicated together", accuracy);
    expect(accuracy.precision).toBeGreaterThanOrEqual(0.999);
    expect(accuracy.recall).toBeGreaterThanOrEqual(0.98);
  }, 120_000);

  it("links every record of a clean extract by personal ID", async () => {
    const people: SyntheticPerson[] = [];
    for await (const person of generatePopulation({ size: 2000, seed: 3 })) people.push(person);
    const citizens: ExtractedRecord[] = [];
    for await (const record of extract(people, "population", { seed: 3, faults: NO_FAULTS }))
      citizens.push(record);
    const cards: ExtractedRecord[] = [];
    for await (const record of extract(people, "insurance", { seed: 3, faults: NO_FAULTS }))
      if (record.envelope.schema === HEALTH_CARD) cards.push(record);
    const result = await link(citizens, cards, presets.vietnamesePerson);
    expect(result.links).toHaveLength(cards.length);
    expect(new Set(result.links.map((l) => l.pass))).toEqual(new Set(["personalId"]));
    expect(result.unmatched.right).toEqual([]);
  }, 60_000);
});
