// The portable SHA-256 (used where the runtime has no Node crypto) against Node's, and against the
// FIPS 180-4 examples.
import { createHash } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sha256Hex, sha256Portable, toHex } from "../src/crypto/sha256.js";

const encoder = new TextEncoder();

describe("SHA-256", () => {
  it("gives the FIPS 180-4 example digests", () => {
    expect(toHex(sha256Portable(encoder.encode("abc")))).toBe(
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
    );
    expect(toHex(sha256Portable(new Uint8Array(0)))).toBe(
      "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    );
    expect(
      toHex(
        sha256Portable(encoder.encode("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")),
      ),
    ).toBe("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  });

  it("agrees with Node's for any text, across block boundaries", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 200 }), (text) => {
        const want = createHash("sha256").update(text, "utf8").digest("hex");
        expect(toHex(sha256Portable(encoder.encode(text)))).toBe(want);
        expect(sha256Hex(text)).toBe(want);
      }),
      { numRuns: 500 },
    );
  });
});
