// The check of responses against the contract, which the sandbox runs before sending anything:
// what it accepts and what it withholds.
import { describe, expect, it } from "vitest";
import { compiledContract } from "../src/contract/compiled-contract.js";
import { OPERATIONS } from "../src/contract/openapi.js";

const getPerson = compiledContract().operations.get("getPerson")?.response;
if (!getPerson) throw new TypeError("getPerson is not an operation of the contract");

const ok = {
  status: 200,
  media: "application/json",
  headers: { "x-request-id": "req-1", "cache-control": "no-store" },
  body: {
    personalId: "001099012345",
    sex: {
      value: "male",
      source: "population",
      updatedAt: "2025-09-14T08:30:00+07:00",
      assurance: "verified",
    },
  },
};

describe("response validation", () => {
  it("knows every operation of the contract", () => {
    expect(OPERATIONS.map((operation) => operation.id).sort()).toEqual([
      "batchGetPeople",
      "createSubscription",
      "deleteSubscription",
      "getCodeList",
      "getPerson",
      "getRecord",
      "issueToken",
      "listDatabases",
      "listRecordChanges",
      "listSubscriptions",
      "verifyPerson",
    ]);
  });

  it("accepts a response that follows the contract", () => {
    expect(getPerson(ok)).toEqual([]);
  });

  it.each([
    [
      "an undeclared status",
      { status: 201 },
      [{ where: "status", pointer: "", rule: "undeclared" }],
    ],
    [
      "an undeclared media type",
      { media: "text/html" },
      [{ where: "media", pointer: "", rule: "undeclared" }],
    ],
    [
      "no X-Request-Id",
      { headers: { "cache-control": "no-store" } },
      [{ where: "header", pointer: "x-request-id", rule: "required" }],
    ],
    [
      "personal data that may be cached",
      { headers: { "x-request-id": "req-1", "cache-control": "max-age=60" } },
      [{ where: "header", pointer: "cache-control", rule: "const" }],
    ],
    [
      "a profile without its key",
      { body: { name: ok.body.sex } },
      [{ where: "body", pointer: "", rule: "required" }],
    ],
    [
      "a member the profile does not have",
      { body: { ...ok.body, shoeSize: 42 } },
      [{ where: "body", pointer: "", rule: "additionalProperties" }],
    ],
  ])("withholds %s", (_, change, issues) => {
    expect(getPerson({ ...ok, ...change })).toEqual(expect.arrayContaining(issues));
  });

  it("checks the Retry-After of a 429 as an integer", () => {
    const problem = {
      type: "https://ndcvn.org/problems/rate_limited",
      title: "Too many requests",
      status: 429,
      code: "rate_limited",
      traceId: "4bf92f3577b34da6a3ce929d0e0e4736",
    };
    const base = { status: 429, media: "application/problem+json", body: problem };
    expect(getPerson({ ...base, headers: { "x-request-id": "r", "retry-after": "3" } })).toEqual(
      [],
    );
    expect(getPerson({ ...base, headers: { "x-request-id": "r", "retry-after": "soon" } })).toEqual(
      [{ where: "header", pointer: "retry-after", rule: "type" }],
    );
    expect(getPerson({ ...base, headers: { "x-request-id": "r" } })).toEqual([
      { where: "header", pointer: "retry-after", rule: "required" },
    ]);
  });
});
