// Setting up a client: plain http:// only on loopback, a well-formed base URL and client identity,
// credentials present — each refused with a bilingual error before anything is sent.
import { describe, expect, it } from "vitest";
import { createClient, isNdcConfigurationError, type NdcConfigurationError } from "../src/index.js";
import { personProfile } from "./fixtures.js";
import { sendJson, startApi } from "./http-server.js";

const tokenProvider = async () => "a-token-for-tests";
const who = { agency: "000.00.00.H49", system: "dvc-portal" };
const refusal = (make: () => unknown): NdcConfigurationError => {
  try {
    make();
  } catch (error) {
    if (isNdcConfigurationError(error)) return error;
    throw error;
  }
  throw new Error("not refused");
};

describe("base URL", () => {
  it.each([
    "http://ndc-gateway.example.vn",
    "http://10.0.0.5:4010",
    "http://192.168.1.10",
    "http://[::ffff:7f00:1]",
    "http://127.0.0.1.nip.io",
  ])("refuses plain http:// to %s, in Vietnamese and English", (baseUrl) => {
    const error = refusal(() => createClient({ baseUrl, tokenProvider }, who));
    expect(error.code).toBe("insecure_base_url");
    expect(error.message).toContain("Không dùng http://");
    expect(error.message).toContain("Plain http:// is refused except on loopback");
  });

  it.each([
    "http://127.0.0.1:4010",
    "http://127.255.0.9",
    "http://localhost:4010",
    "http://api.localhost",
    "http://[::1]:4010",
    "https://ndc-gateway.example.vn/sharing/v1/",
  ])("accepts %s", (baseUrl) => {
    expect(createClient({ baseUrl, tokenProvider }, who).clientIdentity).toBe(
      "VN/GOV/000.00.00.H49/dvc-portal",
    );
  });

  it.each([
    "ndc-gateway.example.vn",
    "ftp://ndc-gateway.example.vn",
    "https://user:pass@ndc-gateway.example.vn",
    "https://ndc-gateway.example.vn/?x=1",
    "https://ndc-gateway.example.vn/#top",
  ])("refuses the malformed %s", (baseUrl) => {
    expect(refusal(() => createClient({ baseUrl, tokenProvider }, who)).code).toBe(
      "invalid_base_url",
    );
  });

  it("keeps a base path: calls go below it", async () => {
    const server = await startApi((_, response) => sendJson(response, 200, personProfile));
    try {
      const client = createClient({ baseUrl: `${server.url}/sharing/v1/`, tokenProvider }, who);
      await client.people.get("001099012345", { fields: ["name"] });
      expect(server.calls()[0]?.path).toBe("/sharing/v1/people/001099012345");
    } finally {
      await server.close();
    }
  });
});

describe("client identity and credentials", () => {
  it.each([
    [{ agency: "", system: "dvc-portal" }],
    [{ agency: "000.00.00.H49", system: "dvc/portal" }],
    [{ agency: "000.00.00 H49", system: "dvc-portal" }],
    [{ agency: "000.00.00.H49", system: "x".repeat(120) }],
    [{ agency: "000.00.00.H49" }],
    [{ agency: "VN/GOV/000.00.00.H49/dvc-portal", system: "dvc-portal" }],
    [{ agency: "VN/GOV/000.00.00.H49/dvc/portal" }],
  ])("refuses %j", (identity) => {
    expect(
      refusal(() => createClient({ baseUrl: "https://ndc.example.vn", tokenProvider }, identity))
        .code,
    ).toBe("invalid_client_identity");
  });

  it("takes the whole X-NDC-Client value as agency", () => {
    const client = createClient(
      { baseUrl: "https://ndc.example.vn", tokenProvider },
      { agency: "VN/GOV/000.00.00.H49/dvc-portal" },
    );
    expect(client.clientIdentity).toBe("VN/GOV/000.00.00.H49/dvc-portal");
  });

  it("needs client credentials or a token provider", () => {
    const loose = createClient as unknown as (c: object, o: object) => unknown;
    expect(refusal(() => loose({ baseUrl: "https://ndc.example.vn" }, who)).code).toBe(
      "missing_credentials",
    );
    expect(
      refusal(() =>
        loose({ baseUrl: "https://ndc.example.vn", clientId: "a", clientSecret: "" }, who),
      ).code,
    ).toBe("missing_credentials");
  });

  it("refuses a timeout or retry option that is not a non-negative number", () => {
    expect(
      refusal(() =>
        createClient({ baseUrl: "https://ndc.example.vn", tokenProvider }, { ...who, timeout: 0 }),
      ).code,
    ).toBe("invalid_option");
    expect(
      refusal(() =>
        createClient(
          { baseUrl: "https://ndc.example.vn", tokenProvider },
          { ...who, retry: { limit: -1 } },
        ),
      ).code,
    ).toBe("invalid_option");
  });
});
