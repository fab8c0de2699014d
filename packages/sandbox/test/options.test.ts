// Options and lifecycle: loopback only, the same seed gives the same data, bad options are refused
// with a RangeError, close() is idempotent.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSandbox } from "../src/index.js";
import { call, headersOf, startTestSandbox, type TestSandbox, tokenOf } from "./support.js";

let sandbox: TestSandbox;

beforeAll(async () => {
  sandbox = await startTestSandbox({ seed: 14, people: 40 });
});
afterAll(async () => {
  await sandbox.close();
});

describe("startSandbox", () => {
  it("listens on 127.0.0.1 only, on the port asked for", async () => {
    expect(sandbox.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const port = Number(new URL(sandbox.url).port);
    await expect(startSandbox({ port, people: 10 })).rejects.toThrow(/EADDRINUSE/);
  });

  it("gives the same people, records, samples and secret for the same seed, and others for another", async () => {
    const twin = await startSandbox({ seed: 14, people: 40 });
    const other = await startSandbox({ seed: 15, people: 40 });
    try {
      expect(twin.samples).toEqual(sandbox.samples);
      expect(twin.credentials).toEqual(sandbox.credentials);
      expect(other.samples.personalIds).not.toEqual(sandbox.samples.personalIds);
      expect(other.credentials.clientSecret).not.toBe(sandbox.credentials.clientSecret);
      const id = sandbox.samples.personalIds[3] as string;
      const [mine, theirs] = await Promise.all(
        [sandbox, twin].map(
          async (s) =>
            (
              await call(s, `/people/${id}?fields=name,permanentResidence,occupation`, {
                headers: headersOf(s, await tokenOf(s)),
              })
            ).text,
        ),
      );
      expect(theirs).toBe(mine);
    } finally {
      await Promise.all([twin.close(), other.close()]);
    }
  });

  it("gives samples that the sandbox answers", async () => {
    const token = await tokenOf(sandbox);
    for (const id of sandbox.samples.personalIds) {
      expect(
        (await call(sandbox, `/people/${id}?fields=sex`, { headers: headersOf(sandbox, token) }))
          .status,
      ).toBe(200);
    }
    expect(
      (
        await call(sandbox, `/people/${sandbox.samples.unknownPersonalId}?fields=sex`, {
          headers: headersOf(sandbox, token),
        })
      ).status,
    ).toBe(404);
  });

  it.each([
    ["a port out of range", { port: 70_000 }],
    ["a fractional seed", { seed: 1.5 }],
    ["no people", { people: 0 }],
    ["a token lifetime of zero", { tokenTtlSeconds: 0 }],
    ["a body limit of zero", { maxBodyBytes: 0 }],
    [
      "a client with a malformed agency",
      { clients: [{ clientId: "a", clientSecret: "b", agency: "agency" }] },
    ],
    [
      "a client with an unknown scope",
      { clients: [{ clientId: "a", clientSecret: "b", agency: "VN/GOV/x/y", scopes: ["all"] }] },
    ],
    [
      "two clients with the same id",
      { clients: [{ clientId: "h49-dvc-portal", clientSecret: "b", agency: "VN/GOV/x/y" }] },
    ],
    ["webhook attempts of zero", { webhooks: { attempts: 0 } }],
  ])("refuses %s with a RangeError", async (_, options) => {
    await expect(startSandbox(options)).rejects.toThrow(RangeError);
  });

  it("serves the same answers without response validation", async () => {
    const unchecked = await startSandbox({ seed: 14, people: 40, validateResponses: false });
    try {
      const id = sandbox.samples.personalIds[0] as string;
      const [checked, plain] = await Promise.all(
        [sandbox, unchecked].map(async (s) => {
          const headers = headersOf(s, await tokenOf(s));
          const person = await call(s, `/people/${id}?fields=name,sex`, { headers });
          const list = await call(s, "/codelists/sex", { headers });
          return [person.text, list.text, list.headers.get("etag")];
        }),
      );
      expect(plain).toEqual(checked);
    } finally {
      await unchecked.close();
    }
  });

  it("closes once, however often close() is called", async () => {
    const own = await startSandbox({ people: 10 });
    await Promise.all([own.close(), own.close()]);
    await own.close();
    await expect(fetch(`${own.url}/databases`)).rejects.toThrow();
  });

  it("rejects recordChange for an unknown database or event", async () => {
    await expect(sandbox.recordChange("astrology" as never)).rejects.toThrow(RangeError);
    await expect(sandbox.recordChange("tax", undefined, "DELETE" as never)).rejects.toThrow(
      RangeError,
    );
    await expect(sandbox.recordChange("land")).rejects.toThrow(RangeError);
    await expect(sandbox.recordChange("tax", "tax-0000000000")).rejects.toThrow(RangeError);
  });
});
