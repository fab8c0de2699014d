// X-Request-Id: a version-4 UUID without a run of 9 or more digits (which redaction would mask in
// the messages that quote it), from randomUUID where the platform has it and from getRandomValues
// where it does not (browsers outside secure contexts).
import { afterEach, describe, expect, it, vi } from "vitest";
import { newRequestId } from "../src/transport/request-id.js";

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("newRequestId", () => {
  it("draws distinct version-4 UUIDs", () => {
    const ids = Array.from({ length: 2000 }, newRequestId);
    for (const id of ids) expect(id).toMatch(UUID_V4);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("draws again rather than give an id with a long run of digits", () => {
    const digits = "12345678-9012-4345-8789-012345678901";
    const drawn = [digits, digits, "0a1b2c3d-4e5f-4a7b-8c9d-0e1f2a3b4c5d"];
    vi.stubGlobal("crypto", { randomUUID: () => drawn.shift() });
    expect(newRequestId()).toBe("0a1b2c3d-4e5f-4a7b-8c9d-0e1f2a3b4c5d");
    expect(drawn).toEqual([]);
  });

  it("makes its own UUID from getRandomValues where randomUUID is missing", () => {
    const real = globalThis.crypto;
    const calls: number[] = [];
    vi.stubGlobal("crypto", {
      getRandomValues: (bytes: Uint8Array) => {
        calls.push(bytes.length);
        return real.getRandomValues(bytes);
      },
    });
    const ids = Array.from({ length: 500 }, newRequestId);
    for (const id of ids) {
      expect(id).toMatch(UUID_V4);
      expect(id).not.toMatch(/\d{9}/);
    }
    expect(new Set(ids).size).toBe(ids.length);
    expect(calls.length).toBeGreaterThanOrEqual(500);
    expect(calls.every((n) => n === 16)).toBe(true);
  });

  it("sets the version and variant bits whatever the bytes", () => {
    vi.stubGlobal("crypto", {
      getRandomValues: (bytes: Uint8Array) => bytes.fill(0xab),
    });
    expect(newRequestId()).toBe("abababab-abab-4bab-abab-abababababab");
    vi.stubGlobal("crypto", { getRandomValues: (bytes: Uint8Array) => bytes.fill(0xff) });
    expect(newRequestId()).toBe("ffffffff-ffff-4fff-bfff-ffffffffffff");
  });
});
