// Privacy-preserving linkage: what a token set holds (ids and tokens only), keys per pass derived
// from one secret, the WebCrypto and Node paths agreeing, and token sets that cannot be linked.
import { createHmac, hkdfSync } from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  dedupe,
  InvalidInputError,
  isTokenSet,
  type LinkageSpec,
  link,
  specHash,
  type TokenSet,
  TokenSetError,
  tokenize,
} from "../src/index.js";
import { base64url, deriveKey, keyPurpose, signerFor } from "../src/tokens/keys.js";
import { IDS, smallSpec } from "./helpers.js";

const SECRET = "the secret two agencies share";
const left = [
  { id: "L2", personalId: IDS.anHaNoi1999, name: "Nguyễn Văn An", born: "1999-03-14", sex: "nam" },
  { id: "L1", name: "Trần Thị Bình", born: "1985-01-01" },
];
const right = [
  { id: "R1", personalId: IDS.anHaNoi1999 },
  { id: "R2", name: "TRAN THI BINH", born: "01/01/1985" },
];

afterEach(() => {
  vi.restoreAllMocks();
});

describe("tokenize", () => {
  it("holds record ids and tokens only, sorted by id, null where a key is missing", async () => {
    const tokens = await tokenize(left, smallSpec, SECRET);
    expect(isTokenSet(tokens)).toBe(true);
    expect(tokens).toMatchObject({
      format: "ndcvn-linkage-tokens",
      version: 1,
      specHash: specHash(smallSpec),
      source: "records",
      passes: ["id", "nameBorn"],
      vetoes: ["idDiffers", "sexDiffers"],
      statistics: { records: 2, wrongType: {} },
    });
    expect(tokens.keyId).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(tokens.records.map((r) => r.id)).toEqual(["L1", "L2"]);
    const [l1, l2] = tokens.records;
    expect(l1?.keys[0]).toBeNull();
    expect(l1?.vetoes).toEqual([null, null]);
    for (const token of [...(l2?.keys ?? []), ...(l2?.vetoes ?? [])])
      expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const text = JSON.stringify(tokens);
    for (const clear of [IDS.anHaNoi1999, "nguyen", "1999-03-14", "male", "Trần"])
      expect(text.toLowerCase()).not.toContain(clear.toLowerCase());
  });

  it("uses a separate key per pass: one value gives unrelated tokens in two passes", async () => {
    const spec: LinkageSpec = {
      ...smallSpec,
      passes: [
        { name: "first", key: ["personalId"] },
        { name: "second", key: ["personalId"] },
      ],
    };
    const tokens = await tokenize(left, spec, SECRET);
    const [a, b] = tokens.records[1]?.keys ?? [];
    expect(a).not.toBe(b);
  });

  it("derives keys with HKDF-SHA256 from the secret, bound to the spec hash", async () => {
    const info = keyPurpose.pass(specHash(smallSpec), "id");
    const derived = await deriveKey(new TextEncoder().encode(SECRET), info);
    const expected = new Uint8Array(
      hkdfSync("sha256", SECRET, "ndcvn-linkage/tokens/v1", info, 32),
    );
    expect(derived).toEqual(expected);
    const tokens = await tokenize(left, smallSpec, SECRET);
    expect(tokens.records[1]?.keys[0]).toBe(
      createHmac("sha256", derived).update(IDS.anHaNoi1999).digest("base64url"),
    );
  });

  it("computes HMAC-SHA256 (RFC 4231 test case 2) the same with WebCrypto as with Node", async () => {
    const key = new TextEncoder().encode("Jefe");
    const want = base64url(
      Uint8Array.from(
        "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
          .match(/../g)
          ?.map((hex) => Number.parseInt(hex, 16)) ?? [],
      ),
    );
    const node = await signerFor(key);
    expect(await node.sign(["what do ya want for nothing?"])).toEqual([want]);
    vi.spyOn(process, "getBuiltinModule").mockReturnValue(undefined as never);
    const web = await signerFor(key);
    expect(await web.sign(["what do ya want for nothing?", "x"])).toEqual([
      want,
      (await node.sign(["x"]))[0],
    ]);
    const viaWeb = await tokenize(left, smallSpec, SECRET);
    vi.restoreAllMocks();
    expect(await tokenize(left, smallSpec, SECRET)).toEqual(viaWeb);
  });

  it("rejects a secret shorter than 16 bytes", async () => {
    await expect(tokenize(left, smallSpec, "short")).rejects.toMatchObject({
      name: "InvalidInputError",
      code: "invalid_secret",
    });
    await expect(tokenize(left, smallSpec, new Uint8Array(16))).resolves.toBeDefined();
  });
});

describe("link and dedupe on token sets", () => {
  it("links token sets as it links the records, without the values", async () => {
    const clear = await link(left, right, smallSpec);
    const tokens = await link(
      await tokenize(left, smallSpec, SECRET),
      JSON.parse(JSON.stringify(await tokenize(right, smallSpec, SECRET))) as TokenSet,
      smallSpec,
    );
    expect(tokens.links).toEqual(clear.links.map((l) => ({ ...l, agreed: {} })));
    expect(tokens.links.map((l) => l.pass)).toEqual(["nameBorn", "id"]);
    expect(tokens.mode).toBe("tokens");
    expect(tokens.specHash).toBe(clear.specHash);
  });

  it("dedupes a token set", async () => {
    const records = [...left, { id: "L3", personalId: IDS.anHaNoi1999 }];
    const clear = await dedupe(records, smallSpec);
    const tokens = await dedupe(await tokenize(records, smallSpec, SECRET), smallSpec);
    expect(tokens.clusters.map((c) => [c.id, c.members])).toEqual(
      clear.clusters.map((c) => [c.id, c.members]),
    );
  });

  it("refuses token sets made with another secret, spec or format, and mixed inputs", async () => {
    const mine = await tokenize(left, smallSpec, SECRET);
    const otherSecret = await tokenize(right, smallSpec, `${SECRET}, not`);
    await expect(link(mine, otherSecret, smallSpec)).rejects.toMatchObject({
      name: "TokenSetError",
      code: "key_mismatch",
    });
    const otherSpec: LinkageSpec = { ...smallSpec, maxKeyFrequency: 5 };
    await expect(
      link(mine, await tokenize(right, smallSpec, SECRET), otherSpec),
    ).rejects.toMatchObject({
      code: "spec_mismatch",
      source: "left",
    });
    await expect(link(mine, right, smallSpec)).rejects.toBeInstanceOf(InvalidInputError);
    const broken = { ...mine, records: [{ id: "x", keys: ["only one"], vetoes: [] }] };
    await expect(link(broken, mine, smallSpec)).rejects.toBeInstanceOf(TokenSetError);
    const older = { ...mine, normalizerVersion: "0.9.0" };
    await expect(link(mine, older, smallSpec)).rejects.toMatchObject({
      code: "normalizer_mismatch",
    });
  });
});
