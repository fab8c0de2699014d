// Reading a request body with a size limit. A body over the limit is still read (and dropped) up
// to a hard cap, so that the client finishes sending and reads the `413`; beyond the cap the
// connection is closed after the answer.
import type { IncomingMessage } from "node:http";

/** The outcome of reading a body. */
export type BodyRead =
  | { readonly kind: "ok"; readonly bytes: Buffer }
  | { readonly kind: "too-large"; readonly drained: boolean }
  | { readonly kind: "aborted" };

/** Reads a body of at most `limit` bytes. */
export function readBody(req: IncomingMessage, limit: number): Promise<BodyRead> {
  const cap = Math.max(limit * 4, 4 * 1024 * 1024);
  const declared = Number(req.headers["content-length"]);
  if (Number.isFinite(declared) && declared > cap) {
    req.pause();
    return Promise.resolve({ kind: "too-large", drained: false });
  }
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const settle = (read: BodyRead) => {
      if (settled) return;
      settled = true;
      resolve(read);
    };
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
      else if (size > cap) {
        req.pause();
        settle({ kind: "too-large", drained: false });
      }
    });
    req.on("end", () =>
      settle(
        size > limit
          ? { kind: "too-large", drained: true }
          : { kind: "ok", bytes: Buffer.concat(chunks) },
      ),
    );
    req.on("error", () => settle({ kind: "aborted" }));
    req.on("close", () => {
      if (!req.complete) settle({ kind: "aborted" });
    });
  });
}
