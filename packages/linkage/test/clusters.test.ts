// dedupe and linkMany: clusters that grow across passes, at most one record per source (linkMany),
// conflicts reported instead of guessed, and cluster ids that depend on the members only.
import { describe, expect, it } from "vitest";
import {
  type ClusterResult,
  clusterId,
  dedupe,
  InvalidInputError,
  type LinkageSpec,
  linkMany,
} from "../src/index.js";
import { clusterOutcomes, IDS, shuffled, smallSpec } from "./helpers.js";

const members = (result: ClusterResult) =>
  result.clusters.map((cluster) => cluster.members.map((member) => member.id).join(","));

describe("dedupe", () => {
  it("puts every record sharing a key in one cluster, linked from the first record", async () => {
    const result = await dedupe(
      [
        { id: "r3", personalId: IDS.anHaNoi1999 },
        { id: "r1", personalId: "001 099 012 345" },
        { id: "r2", personalId: IDS.anHaNoi1999 },
      ],
      smallSpec,
    );
    expect(result.sources).toEqual(["records"]);
    expect(result.clusters).toHaveLength(1);
    const [cluster] = result.clusters;
    expect(cluster?.members.map((m) => m.id)).toEqual(["r1", "r2", "r3"]);
    expect(cluster?.links.map((l) => [l.from.id, l.to.id, l.pass])).toEqual([
      ["r1", "r2", "id"],
      ["r1", "r3", "id"],
    ]);
    expect(cluster?.id).toBe(clusterId(cluster?.members ?? []));
    expect(cluster?.id).toMatch(/^cl-[0-9a-f]{32}$/);
  });

  it("grows a cluster across passes", async () => {
    const result = await dedupe(
      [
        { id: "r1", personalId: IDS.binhHcm1985, name: "Trần Thị Bình", born: "1985-01-01" },
        { id: "r2", personalId: IDS.binhHcm1985, name: "Trần Bình", born: "1985-01-01" },
        { id: "r3", name: "Tran Thi Binh", born: "01/01/1985" },
      ],
      smallSpec,
    );
    expect(members(result)).toEqual(["r1,r2,r3"]);
    expect(result.clusters[0]?.links.map((l) => `${l.from.id}>${l.to.id}:${l.pass}`)).toEqual([
      "r1>r2:id",
      "r1>r3:nameBorn",
    ]);
  });

  it("does not join records a veto keeps apart", async () => {
    const result = await dedupe(
      [
        { id: "r1", personalId: IDS.binhHcm1985, name: "Trần Thị Bình", born: "1985-01-01" },
        { id: "r2", personalId: IDS.chiDaNang1990, name: "Trần Thị Bình", born: "1985-01-01" },
      ],
      smallSpec,
    );
    expect(result.clusters).toEqual([]);
    expect(result.unmatched.map((m) => m.id)).toEqual(["r1", "r2"]);
    expect(result.passes[1]?.vetoed).toBe(1);
  });

  it("reports keys that would join clusters a veto keeps apart as a conflict, not a guess", async () => {
    const result = await dedupe(
      [
        { id: "a", personalId: IDS.anHaNoi1999, name: "An", born: "1990-01-01" },
        { id: "b", personalId: IDS.anHaNoi1999, name: "Bình", born: "1991-01-01" },
        { id: "c", name: "An", born: "1990-01-01", sex: "male" },
        { id: "d", name: "Bình", born: "1991-01-01", sex: "female" },
      ],
      smallSpec,
    );
    expect(members(result)).toEqual(["a,b"]);
    expect(
      result.ambiguities.map((a) => [a.pass, a.reason, a.candidates.map((m) => m.id)]),
    ).toEqual([
      ["nameBorn", "conflict", ["c"]],
      ["nameBorn", "conflict", ["d"]],
    ]);
    expect(result.ambiguities[0]?.otherMembers.map((m) => m.id)).toEqual(["a"]);
  });
});

describe("linkMany", () => {
  const spec: LinkageSpec = {
    ...smallSpec,
    sources: [{ name: "population" }, { name: "health" }, { name: "tax" }],
  };
  const population = [
    { id: "p1", personalId: IDS.anHaNoi1999, name: "Nguyễn Văn An", born: "1999-03-14" },
    { id: "p2", personalId: IDS.binhHcm1985, name: "Trần Thị Bình", born: "1985-01-01" },
  ];
  const health = [
    { id: "h1", personalId: IDS.anHaNoi1999 },
    { id: "h2", name: "Tran Thi Binh", born: "1985-01-01" },
  ];
  const tax = [
    { id: "t1", name: "NGUYỄN VĂN AN", born: "14/03/1999" },
    { id: "t2", personalId: IDS.chiDaNang1990 },
  ];

  it("clusters records of several sources, at most one of each", async () => {
    const result = await linkMany({ tax, population, health }, spec);
    expect(result.sources).toEqual(["population", "health", "tax"]);
    expect(result.clusters.map((c) => c.members.map((m) => `${m.source}:${m.id}`))).toEqual([
      ["population:p1", "health:h1", "tax:t1"],
      ["population:p2", "health:h2"],
    ]);
    expect(result.unmatched).toEqual([{ source: "tax", id: "t2" }]);
    expect([...clusterOutcomes(result).keys()]).toHaveLength(6);
  });

  it("never puts two records of one source in a cluster: a second match is a conflict", async () => {
    const result = await linkMany(
      {
        population: [{ id: "p1", personalId: IDS.anHaNoi1999, name: "An", born: "1999-03-14" }],
        health: [
          { id: "h1", personalId: IDS.anHaNoi1999 },
          { id: "h2", name: "An", born: "1999-03-14" },
        ],
        // With a third source the cluster p1+h1 stays open (it has no tax record), so the key that
        // points h2 at p1 is seen, and reported.
        tax: [{ id: "t1", personalId: IDS.chiDaNang1990 }],
      },
      spec,
    );
    expect(members(result)).toEqual(["p1,h1"]);
    expect(result.ambiguities).toMatchObject([
      {
        pass: "nameBorn",
        reason: "conflict",
        candidates: [{ source: "health", id: "h2" }],
        otherMembers: [{ source: "population", id: "p1" }],
      },
    ]);
  });

  it("gives a cluster the same id whatever the input order and the other records", async () => {
    const first = await linkMany({ population, health, tax }, spec);
    const second = await linkMany(
      {
        health: shuffled(health, 3),
        tax: shuffled([...tax, { id: "t9", name: "Someone", born: "2000-01-01" }], 5),
        population: shuffled(population, 7),
      },
      spec,
    );
    expect(second.clusters.map((c) => c.id)).toEqual(first.clusters.map((c) => c.id));
    // A changed membership changes the id.
    const fewer = await linkMany({ population, health }, smallSpec);
    expect(fewer.clusters[0]?.id).not.toBe(first.clusters[0]?.id);
    expect(fewer.clusters[1]?.id).toBe(first.clusters[1]?.id);
  });

  it("needs two to 32 declared sources", async () => {
    await expect(linkMany({ population }, spec)).rejects.toMatchObject({ code: "no_sources" });
    await expect(linkMany({ population, insurance: health }, spec)).rejects.toBeInstanceOf(
      InvalidInputError,
    );
    const many = Object.fromEntries(Array.from({ length: 33 }, (_, i) => [`s${i}`, []]));
    await expect(linkMany(many, smallSpec)).rejects.toMatchObject({ code: "too_many_sources" });
    // Without declared sources, names are used in code-unit order.
    const undeclared = await linkMany({ b: health, a: population }, smallSpec);
    expect(undeclared.sources).toEqual(["a", "b"]);
  });

  it("links 32 sources of one person into one cluster", async () => {
    const sources = Object.fromEntries(
      Array.from({ length: 32 }, (_, i) => [
        `s${String(i).padStart(2, "0")}`,
        [{ id: `r${i}`, personalId: IDS.anHaNoi1999 }],
      ]),
    );
    const result = await linkMany(sources, smallSpec);
    expect(result.clusters).toHaveLength(1);
    expect(result.clusters[0]?.members).toHaveLength(32);
  });
});
