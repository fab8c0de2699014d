// Change-feed cursors: a position in one database's feed, with a MAC that binds it to that
// database and to the sandbox's data (seed and population size). The feed only grows at its end,
// so a position stays valid for ever, under concurrent readers and appends; the same seed gives
// the same cursors in every sandbox. Anything else — edited, truncated, from another database — is
// rejected, which the API answers with `400 invalid_cursor`.
import { createHash, createHmac, timingSafeEqual } from "node:crypto";

const VERSION = "c1";

/** Makes and reads the cursors of one sandbox. */
export interface CursorCodec {
  encode(database: string, position: number): string;
  /** The position, or `undefined` for a cursor this sandbox did not make for this database. */
  decode(database: string, cursor: string): number | undefined;
}

/** The cursor codec of the data made from a seed and a population size. */
export function createCursorCodec(seed: number, people: number): CursorCodec {
  const key = createHash("sha256").update(`ndcvn-sandbox|cursor|${seed}|${people}`).digest();
  const mac = (database: string, position: number): Buffer =>
    createHmac("sha256", key).update(`${database}|${position}`).digest().subarray(0, 12);
  return {
    encode: (database, position) =>
      `${VERSION}_${position.toString(36)}_${mac(database, position).toString("base64url")}`,
    decode(database, cursor) {
      const match = /^c1_([0-9a-z]{1,10})_([A-Za-z0-9_-]{16})$/.exec(cursor);
      if (!match) return undefined;
      const position = Number.parseInt(match[1] as string, 36);
      if (!Number.isSafeInteger(position)) return undefined;
      const given = Buffer.from(match[2] as string, "base64url");
      const expected = mac(database, position);
      return given.length === expected.length && timingSafeEqual(given, expected)
        ? position
        : undefined;
    },
  };
}
