// Shared fixtures of the tests: a small spec over plain records, and ways to look at results.
import type { ClusterResult, LinkageSpec, LinkResult } from "../src/index.js";

/** A small spec over plain records `{ id, personalId, name, born, sex, commune }`. */
export const smallSpec: LinkageSpec = {
  specVersion: 1,
  fields: {
    personalId: { from: "personalId", normalise: ["personalId"] },
    name: { from: "name", normalise: ["nameKey"] },
    born: { from: "born", normalise: ["date"] },
    sex: { from: "sex", normalise: ["sex"] },
  },
  passes: [
    { name: "id", key: ["personalId"] },
    { name: "nameBorn", key: ["name", "born"] },
  ],
  vetoes: [
    { name: "idDiffers", field: "personalId", rule: "differ" },
    { name: "sexDiffers", field: "sex", rule: "differ" },
  ],
};

/** Valid personal identification numbers (province, century and sex digit, year, serial). */
export const IDS = {
  anHaNoi1999: "001099012345",
  binhHcm1985: "079085000001",
  chiDaNang1990: "048190000002",
  dungHue1970: "046070000003",
  emHaiPhong2001: "031201000004",
} as const;

/** Pairs `left|right` of a link result. */
export function pairs(result: LinkResult): string[] {
  return result.links.map((link) => `${link.left}|${link.right}`);
}

/** Every record id in a link result, with how it ended. */
export function outcomes(result: LinkResult): Map<string, string> {
  const out = new Map<string, string>();
  const add = (id: string, outcome: string) => {
    if (out.has(id)) throw new Error(`${id} appears twice`);
    out.set(id, outcome);
  };
  for (const link of result.links) {
    add(`L:${link.left}`, `linked:${link.pass}`);
    add(`R:${link.right}`, `linked:${link.pass}`);
  }
  for (const ambiguity of result.ambiguities) {
    for (const id of ambiguity.candidates.left) add(`L:${id}`, `ambiguous:${ambiguity.pass}`);
    for (const id of ambiguity.candidates.right) add(`R:${id}`, `ambiguous:${ambiguity.pass}`);
  }
  for (const id of result.unmatched.left) add(`L:${id}`, "unmatched");
  for (const id of result.unmatched.right) add(`R:${id}`, "unmatched");
  return out;
}

/** Every record in a cluster result (`source:id`), with how it ended; throws on a repeat. */
export function clusterOutcomes(result: ClusterResult): Map<string, string> {
  const out = new Map<string, string>();
  const add = (key: string, outcome: string) => {
    if (out.has(key)) throw new Error(`${key} appears twice`);
    out.set(key, outcome);
  };
  for (const cluster of result.clusters)
    for (const member of cluster.members) add(`${member.source}:${member.id}`, cluster.id);
  for (const ambiguity of result.ambiguities)
    for (const member of ambiguity.candidates)
      add(`${member.source}:${member.id}`, `ambiguous:${ambiguity.pass}`);
  for (const member of result.unmatched) add(`${member.source}:${member.id}`, "unmatched");
  return out;
}

/** A seeded shuffle (the same permutation for the same seed). */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** An AsyncIterable over items, yielding to the event loop between them. */
export async function* streamOf<T>(items: readonly T[]): AsyncIterable<T> {
  for (const item of items) {
    await Promise.resolve();
    yield item;
  }
}
