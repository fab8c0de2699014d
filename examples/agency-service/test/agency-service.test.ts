import { createClient } from "@ndcvn/client";
import { type Sandbox, startSandbox } from "@ndcvn/sandbox";
import { personalId } from "@ndcvn/validators";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startAgencyService } from "../src/agency-service.mjs";

let sandbox: Sandbox;
let service: Awaited<ReturnType<typeof startAgencyService>>;
const audit: Record<string, unknown>[] = [];
let applicant: { personalId: string; fullName: string; dateOfBirth: string; sex: string };

beforeAll(async () => {
  sandbox = await startSandbox({ seed: 3, people: 300 });
  service = await startAgencyService({
    ndc: { baseUrl: sandbox.url, ...sandbox.credentials },
    purpose: sandbox.samples.purpose,
    audit: (entry) => audit.push(entry),
  });
  // The applicant's own details, as the national record holds them.
  const { clientId, clientSecret, agency } = sandbox.credentials;
  const client = createClient(
    { baseUrl: sandbox.url, clientId, clientSecret },
    { agency, purpose: sandbox.samples.purpose },
  );
  const personalId = sandbox.samples.personalIds.find((id) => id.length === 12) ?? "";
  const person = await client.people.get(personalId, { fields: ["name", "dateOfBirth", "sex"] });
  applicant = {
    personalId,
    fullName: person.name?.value?.fullName ?? "",
    dateOfBirth: String(person.dateOfBirth?.value),
    sex: String(person.sex?.value),
  };
});

afterAll(async () => {
  await service?.close();
  await sandbox?.close();
});

async function apply(body: unknown, language = "vi") {
  const response = await fetch(`${service.url}/applications`, {
    method: "POST",
    headers: { "content-type": "application/json", "accept-language": language },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  return {
    status: response.status,
    type: response.headers.get("content-type"),
    body: await response.json(),
  };
}

describe("the agency service", () => {
  it("accepts an application whose details match the national record", async () => {
    const answer = await apply({ applicant });
    expect(answer.status).toBe(201);
    expect(answer.body.verification).toEqual({ name: "match", dateOfBirth: "match", sex: "match" });
  });

  it("refuses a malformed personal ID before calling the NDC, in Vietnamese", async () => {
    const calls = sandbox.stats().byOperation.verifyPerson ?? 0;
    const answer = await apply({ applicant: { ...applicant, personalId: "0010990" } });
    expect(answer.status).toBe(422);
    expect(answer.type).toMatch(/^application\/problem\+json/);
    expect(answer.body.code).toBe("invalid_application");
    expect(answer.body.issues).toEqual([
      {
        path: "/applicant/personalId",
        code: "invalid_length",
        message: "Giá trị phải có 12 ký tự, nhận được 7.",
      },
    ]);
    expect(sandbox.stats().byOperation.verifyPerson ?? 0).toBe(calls);
  });

  it("says in English, when asked, that the declared name does not match", async () => {
    const answer = await apply(
      { applicant: { ...applicant, fullName: "Tạ Thị Không Khớp" } },
      "en",
    );
    expect(answer.status).toBe(422);
    expect(answer.body).toMatchObject({
      code: "claims_mismatch",
      title: "The declared details do not match the national record.",
      fields: ["name"],
    });
  });

  it("tells an applicant the NDC does not know", async () => {
    const unknown = sandbox.samples.unknownPersonalId;
    const encoded = personalId.parse(unknown);
    if (!encoded.ok) throw new Error("the sandbox's unknown personal ID is well formed");
    const answer = await apply({
      applicant: {
        ...applicant,
        personalId: unknown,
        // Details that agree with what the ID encodes, so the service's own checks pass.
        dateOfBirth: `${encoded.details.birthYear}-01-01`,
        sex: encoded.details.sex,
      },
    });
    expect(answer.status).toBe(422);
    expect(answer.body.code).toBe("unknown_person");
  });

  it("answers 503 when the NDC cannot be reached, and 400 for a body that is not JSON", async () => {
    const closed = await startSandbox({ seed: 3, people: 10 });
    const down = await startAgencyService({
      ndc: { baseUrl: closed.url, ...closed.credentials },
      purpose: closed.samples.purpose,
      audit: (entry) => audit.push(entry),
      retry: { limit: 1, budgetMs: 2_000 },
    });
    await closed.close();
    try {
      const answer = await fetch(`${down.url}/applications`, {
        method: "POST",
        body: JSON.stringify({ applicant }),
      });
      expect(answer.status).toBe(503);
      expect((await answer.json()).code).toBe("ndc_unavailable");
    } finally {
      await down.close();
    }
    const bad = await apply("{not json");
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe("invalid_json");
  });

  it("keeps personal IDs and tokens out of its audit log", () => {
    expect(audit.length).toBeGreaterThan(0);
    const log = JSON.stringify(audit);
    for (const id of [applicant.personalId, sandbox.samples.unknownPersonalId]) {
      expect(log).not.toContain(id);
    }
    expect(log).not.toContain(sandbox.credentials.clientSecret);
  });
});
