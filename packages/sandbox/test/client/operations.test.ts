// Every operation of the contract, through the client's friendly calls and its raw calls, against a
// real sandbox over loopback: results checked against the synthetic truth, the sandbox's samples
// and what the sandbox counted. Type tests sit beside them: a wrong path, method, parameter or
// body does not compile. With `validateResponses`, clean responses pass, and one that breaks the
// check fails with pointers and codes, never values.
import {
  type BatchGetResponse,
  type CatalogDatabase,
  type ChangeFeed,
  type ChangeFeedEntry,
  type CodeList,
  type CodeListRevalidation,
  isNdcApiError,
  isNdcValidationError,
  type NdcApiError,
  type NdcClient,
  type PersonProfile,
  type PurposeCode,
  type RecordEnvelope,
  type ResponseValidator,
  type Subscription,
  type SubscriptionCreated,
  type SubscriptionRequest,
  type VerifyResponse,
} from "@ndcvn/client";
import { catalog, getCodeList } from "@ndcvn/schemas";
import { createPopulation, NO_FAULTS, type SyntheticPerson } from "@ndcvn/synth";
import { validate } from "@ndcvn/validators";
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from "vitest";
import { startTestSandbox, type TestSandbox } from "../support.js";
import { clientOf, countFrom, rejectionOf } from "./loopback-client.js";

const SEED = 21;
const PEOPLE = 150;
const SYNC: { purpose: PurposeCode } = { purpose: "data-synchronisation" };

let sandbox: TestSandbox;
let client: NdcClient;
let truth: Map<string, SyntheticPerson>;

beforeAll(async () => {
  sandbox = await startTestSandbox({ seed: SEED, people: PEOPLE, recordFaults: NO_FAULTS });
  client = clientOf(sandbox);
  const population = await createPopulation({ size: PEOPLE, seed: SEED });
  truth = new Map([...population.persons()].map((person) => [person.personalId, person]));
});
afterAll(async () => {
  expect(sandbox.internalErrors).toEqual([]);
  expect(sandbox.stats().responseValidationFailures).toBe(0);
  await sandbox.close();
});

const personOf = (personalId: string): SyntheticPerson => {
  const person = truth.get(personalId);
  if (!person) throw new TypeError("a sample that is not in the synthetic population");
  return person;
};

const sampleId = (index: number): string => {
  const id = sandbox.samples.personalIds[index];
  if (id === undefined) throw new TypeError(`no sample personal ID #${index}`);
  return id;
};

const callbackUrl = (name: string) => `https://hooks.h49.example.vn/ndc/${name}`;

/** Every entry of a feed. */
async function drain(feed: ChangeFeed): Promise<ChangeFeedEntry[]> {
  const entries: ChangeFeedEntry[] = [];
  for await (const entry of feed) entries.push(entry);
  return entries;
}

describe("people, through the friendly calls", () => {
  it("reads a profile with only the fields asked for, as the population holds it", async () => {
    for (const personalId of sandbox.samples.personalIds.slice(0, 3)) {
      const profile = await client.people.get(personalId, { fields: ["name", "dateOfBirth"] });
      const person = personOf(personalId);
      expect(Object.keys(profile).sort()).toEqual(["dateOfBirth", "name", "personalId"]);
      expect(profile.personalId).toBe(personalId);
      expect(profile.name?.value?.fullName).toBe(person.name.fullName);
      expect(profile.dateOfBirth).toMatchObject({
        value: person.dateOfBirth,
        source: "population",
      });
    }
  });

  it("answers not_found for a valid personal ID of nobody, without the ID in the message", async () => {
    const unknown = sandbox.samples.unknownPersonalId;
    const error = await rejectionOf(client.people.get(unknown, { fields: ["name"] }));
    expect(isNdcApiError(error)).toBe(true);
    const apiError = error as NdcApiError;
    expect(apiError).toMatchObject({ status: 404, code: "not_found", operationId: "getPerson" });
    expect(apiError.traceId).toMatch(/^[0-9a-f]{32}$/);
    expect(apiError.message).not.toContain(unknown);
    expect(apiError.url).not.toContain(unknown);
  });

  it("sends the case number a purpose needs, and is refused without it", async () => {
    const { purpose, caseNumber } = sandbox.samples.purposeWithCase;
    const id = sampleId(0);
    const asked = { fields: ["sex"] as const, purpose: purpose as PurposeCode };
    const refused = await rejectionOf(client.people.get(id, asked));
    expect(refused).toMatchObject({ name: "NdcApiError", status: 400, code: "case_required" });
    const profile = await client.people.get(id, { ...asked, case: caseNumber });
    expect(profile.sex?.value).toBe(personOf(id).sex);
  });

  it("verifies claims field by field, without data", async () => {
    const id = sampleId(1);
    const person = personOf(id);
    const verdict = await client.people.verify(id, {
      name: { fullName: person.name.fullName },
      dateOfBirth: person.dateOfBirth,
      sex: person.sex === "male" ? "female" : "male",
    });
    expect(verdict.results).toEqual({ name: "match", dateOfBirth: "match", sex: "mismatch" });
    expect(Object.keys(verdict).sort()).toEqual(["results", "verifiedAt"]);
  });

  it("reads a batch in order, with a problem for the person not found", async () => {
    const ids = [sampleId(2), sampleId(3), sandbox.samples.unknownPersonalId];
    const { results } = await client.people.batchGet(ids, { fields: ["dateOfBirth"] });
    expect(results.map((result) => result.personalId)).toEqual(ids);
    const [first, second, missing] = results;
    expect(first && "profile" in first && first.profile.dateOfBirth?.value).toBe(
      personOf(sampleId(2)).dateOfBirth,
    );
    expect(second && "profile" in second).toBe(true);
    expect(missing && "problem" in missing && missing.problem.code).toBe("not_found");
  });
});

describe("databases, records and change feeds, through the friendly calls", () => {
  it("lists the catalog's databases", async () => {
    const databases = await client.databases.list();
    expect(databases.map((database) => database.code)).toEqual(
      catalog.databases.map((database) => database.code),
    );
  });

  it("follows a change feed over every page, and resumes caught up from its cursor", async () => {
    const count = countFrom(sandbox);
    const paged = client.records.list("insurance", { ...SYNC, limit: 100 });
    let pages = 0;
    const byPage: ChangeFeedEntry[] = [];
    for await (const page of paged.pages()) {
      pages += 1;
      expect(page.entries.length).toBeLessThanOrEqual(100);
      byPage.push(...page.entries);
    }
    expect(count().of("listRecordChanges")).toBe(pages);
    expect(pages).toBeGreaterThan(2);

    const feed = client.records.list("insurance", { ...SYNC, limit: 100 });
    const entries = await drain(feed);
    expect(entries).toEqual(byPage);
    const latest = new Map<string, ChangeFeedEntry>();
    for (const entry of entries) {
      const before = latest.get(entry.recordId);
      if (before) expect(entry.version).toBeGreaterThan(before.version);
      else expect(entry).toMatchObject({ event: "NEW", version: 1 });
      expect(entry.record === undefined).toBe(entry.event === "CANCEL");
      latest.set(entry.recordId, entry);
    }
    for (const id of sandbox.samples.recordIds.insurance ?? [])
      expect(latest.get(id)?.event).not.toBe("CANCEL");
    for (const id of sandbox.samples.cancelledRecordIds.insurance ?? [])
      expect(latest.get(id)?.event).toBe("CANCEL");

    expect(feed.cursor).toEqual(expect.any(String));
    const resumed = client.records.list("insurance", { ...SYNC, cursor: feed.cursor });
    expect(await drain(resumed)).toEqual([]);
    expect(resumed.cursor).toEqual(expect.any(String));
  });

  it("starts a feed at updatedSince", async () => {
    const all = await drain(client.records.list("tax", { ...SYNC, limit: 1000 }));
    const middle = all[Math.floor(all.length / 2)] as ChangeFeedEntry;
    const since = new Date(middle.updatedAt);
    const later = await drain(client.records.list("tax", { ...SYNC, updatedSince: since }));
    expect(later.length).toBeGreaterThan(0);
    expect(later.length).toBeLessThan(all.length);
    for (const entry of later)
      expect(Date.parse(entry.updatedAt)).toBeGreaterThanOrEqual(since.getTime());
    expect(later.at(-1)).toEqual(all.at(-1));
  });

  it("reads a record's current version, and a cancelled one", async () => {
    const entries = await drain(client.records.list("education", { ...SYNC, limit: 1000 }));
    const latest = new Map(entries.map((entry) => [entry.recordId, entry]));
    const [current] = sandbox.samples.recordIds.education ?? [];
    const [cancelled] = sandbox.samples.cancelledRecordIds.education ?? [];
    if (current === undefined || cancelled === undefined) throw new TypeError("no samples");
    const record = await client.records.get("education", current, SYNC);
    expect(record).toMatchObject({
      database: "education",
      recordId: current,
      version: latest.get(current)?.version,
    });
    const gone = await client.records.get("education", cancelled, SYNC);
    expect(gone).toMatchObject({ recordId: cancelled, event: "CANCEL" });
  });
});

describe("code lists and subscriptions, through the friendly calls", () => {
  it("reads a code list, and revalidates it with its ETag (304)", async () => {
    const count = countFrom(sandbox);
    const sex = await client.codeLists.get("sex");
    const published = await getCodeList("sex");
    expect(sex.entries.map((entry) => entry.code)).toEqual(
      published?.entries.map((entry) => entry.code),
    );
    const first = await client.codeLists.getIfChanged("sex", undefined);
    if (!first.modified) throw new TypeError("a first read cannot be unmodified");
    expect(first.codeList).toEqual(sex);
    expect(first.etag).toMatch(/^"[^"]+"$/);
    const again = await client.codeLists.getIfChanged("sex", first.etag);
    expect(again).toEqual({ modified: false, etag: first.etag });
    expect(count().of("getCodeList")).toBe(3);
  });

  it("creates, lists and deletes subscriptions; a repeated Idempotency-Key replays", async () => {
    const count = countFrom(sandbox);
    const request: SubscriptionRequest = {
      callbackUrl: callbackUrl("insurance"),
      database: "insurance",
      events: ["NEW", "UPDATE"],
    };
    const idempotencyKey = crypto.randomUUID();
    const created = await client.subscriptions.create(request, { idempotencyKey });
    const replayed = await client.subscriptions.create(request, { idempotencyKey });
    expect(replayed).toEqual(created);
    expect(created).toMatchObject({
      ...request,
      status: "active",
      purpose: sandbox.samples.purpose,
    });
    expect(created.secret.length).toBeGreaterThanOrEqual(32);
    expect(count().of("createSubscription")).toBe(2);

    const conflict = await rejectionOf(
      client.subscriptions.create({ ...request, events: ["CANCEL"] }, { idempotencyKey }),
    );
    expect(conflict).toMatchObject({ name: "NdcApiError", status: 409, code: "conflict" });

    const other = await client.subscriptions.create({ ...request, database: "tax" });
    const listed = await client.subscriptions.list();
    expect(listed.map((s) => s.id).sort()).toEqual([created.id, other.id].sort());
    expect(listed.every((s) => !("secret" in s))).toBe(true);
    await client.subscriptions.delete(created.id);
    await client.subscriptions.delete(other.id);
    expect(await client.subscriptions.list()).toEqual([]);
    const missing = await rejectionOf(client.subscriptions.delete(created.id));
    expect(missing).toMatchObject({ name: "NdcApiError", status: 404, code: "not_found" });
  });
});

describe("raw calls", () => {
  it("GET /people/{personalId} gives the friendly call's data, and { error } on a 404", async () => {
    const personalId = sampleId(4);
    const fields = ["name", "sex"] as const;
    const raw = await client.GET("/people/{personalId}", {
      params: { path: { personalId }, query: { fields: [...fields] } },
    });
    if (raw.error) throw raw.error;
    expectTypeOf(raw.data).toEqualTypeOf<PersonProfile>();
    expect(raw.data).toEqual(await client.people.get(personalId, { fields }));
    expect(raw.response.status).toBe(200);
    expect(raw.response.headers.get("x-request-id")).toBe(raw.requestId);

    const unknown = sandbox.samples.unknownPersonalId;
    const missing = await client.GET("/people/{personalId}", {
      params: { path: { personalId: unknown }, query: { fields: ["name"] } },
    });
    expect(missing.data).toBeUndefined();
    expectTypeOf(missing.error).toEqualTypeOf<NdcApiError | undefined>();
    expect(missing.error).toMatchObject({ status: 404, code: "not_found" });
    expect(missing.error?.message).not.toContain(unknown);
  });

  it("POST /people:verify and /people:batchGet", async () => {
    const personalId = sampleId(5);
    const person = personOf(personalId);
    const verified = await client.POST("/people:verify", {
      body: { personalId, claims: { dateOfBirth: person.dateOfBirth } },
    });
    expectTypeOf(verified.data).toEqualTypeOf<VerifyResponse | undefined>();
    expect(verified.data?.results).toEqual({ dateOfBirth: "match" });

    const batch = await client.POST("/people:batchGet", {
      body: { personalIds: [personalId], fields: ["sex"] },
      params: { header: { "X-NDC-Purpose": "identity-verification" } },
    });
    expectTypeOf(batch.data).toEqualTypeOf<BatchGetResponse | undefined>();
    expect(batch.data?.results).toEqual([
      { personalId, profile: expect.objectContaining({ personalId, sex: expect.anything() }) },
    ]);
  });

  it("GET /databases, the feed, and a record", async () => {
    const databases = await client.GET("/databases");
    expectTypeOf(databases.data?.databases).toEqualTypeOf<CatalogDatabase[] | undefined>();
    expect(databases.data?.databases).toEqual(await client.databases.list());

    const page = await client.GET("/databases/{database}/records", {
      params: { path: { database: "health" }, query: { limit: 7 } },
      ...SYNC,
    });
    expect(page.data?.entries).toHaveLength(7);
    expect(page.data?.hasMore).toBe(true);
    const friendly: ChangeFeedEntry[] = [];
    for await (const entry of client.records.list("health", { ...SYNC, limit: 7 })) {
      friendly.push(entry);
      if (friendly.length === 7) break;
    }
    expect(page.data?.entries).toEqual(friendly);

    const [recordId] = sandbox.samples.recordIds.health ?? [];
    if (recordId === undefined) throw new TypeError("no health sample");
    const record = await client.GET("/databases/{database}/records/{recordId}", {
      params: { path: { database: "health", recordId } },
      ...SYNC,
    });
    expectTypeOf(record.data).toEqualTypeOf<RecordEnvelope | undefined>();
    expect(record.data).toEqual(await client.records.get("health", recordId, SYNC));
  });

  it("GET /codelists/{name} with If-None-Match gives 304 and no data", async () => {
    const first = await client.GET("/codelists/{name}", { params: { path: { name: "purposes" } } });
    expectTypeOf(first.data).toEqualTypeOf<CodeList | undefined>();
    const etag = first.response.headers.get("etag");
    expect(first.data?.entries.map((entry) => entry.code)).toContain(sandbox.samples.purpose);
    if (etag === null) throw new TypeError("a code list without ETag");
    const again = await client.GET("/codelists/{name}", {
      params: { path: { name: "purposes" }, header: { "If-None-Match": etag } },
    });
    expect(again.error).toBeUndefined();
    expect(again.data).toBeUndefined();
    expect(again.response.status).toBe(304);
  });

  it("POST, GET and DELETE /subscriptions, the key replayed", async () => {
    const body: SubscriptionRequest = {
      callbackUrl: callbackUrl("raw"),
      database: "population",
      events: ["CANCEL"],
    };
    const header = { "Idempotency-Key": crypto.randomUUID() };
    const created = await client.POST("/subscriptions", { body, params: { header } });
    const again = await client.POST("/subscriptions", { body, params: { header } });
    expectTypeOf(created.data).toEqualTypeOf<SubscriptionCreated | undefined>();
    expect(created.response.status).toBe(201);
    expect(again.data).toEqual(created.data);
    const id = created.data?.id ?? "";
    const listed = await client.GET("/subscriptions");
    expectTypeOf(listed.data?.subscriptions).toEqualTypeOf<Subscription[] | undefined>();
    expect(listed.data?.subscriptions.map((s) => s.id)).toEqual([id]);
    const deleted = await client.DELETE("/subscriptions/{subscriptionId}", {
      params: { path: { subscriptionId: id } },
    });
    expect(deleted.response.status).toBe(204);
    expect(deleted.data).toBeUndefined();
    const gone = await client.DELETE("/subscriptions/{subscriptionId}", {
      params: { path: { subscriptionId: id } },
    });
    expect(gone.error?.code).toBe("not_found");
  });
});

describe("types", () => {
  // Compiled, never run: the line after each directive must fail to compile.
  const typeOnly = async (c: NdcClient, personalId: string) => {
    const path = { personalId };
    // @ts-expect-error: no such path
    await c.GET("/person/{personalId}", { params: { path } });
    // @ts-expect-error: the path has no POST
    await c.POST("/people/{personalId}", { params: { path } });
    // @ts-expect-error: the catalog cannot be deleted
    await c.DELETE("/databases", {});
    // @ts-expect-error: the token endpoint is the client's own business
    await c.POST("/oauth/token", { body: { grant_type: "client_credentials" } });
    // @ts-expect-error: the path parameter is missing
    await c.GET("/people/{personalId}", { params: { query: { fields: ["name"] } } });
    // @ts-expect-error: the path parameter is personalId, not id
    await c.GET("/people/{personalId}", { params: { path: { id: "x" }, query: { fields: [] } } });
    // @ts-expect-error: no such database
    await c.GET("/databases/{database}/records", { params: { path: { database: "bank" } } });
    // @ts-expect-error: the query parameter is fields
    await c.GET("/people/{personalId}", { params: { path, query: { field: ["sex"] } } });
    // @ts-expect-error: not a field of PersonProfile
    await c.GET("/people/{personalId}", { params: { path, query: { fields: ["colour"] } } });
    // @ts-expect-error: the fields are required
    await c.GET("/people/{personalId}", { params: { path } });
    const tax = { database: "tax" } as const;
    // @ts-expect-error: limit is a number
    await c.GET("/databases/{database}/records", { params: { path: tax, query: { limit: "9" } } });
    // @ts-expect-error: verify takes a body
    await c.POST("/people:verify");
    // @ts-expect-error: a date of birth is a string
    await c.POST("/people:verify", { body: { personalId, claims: { dateOfBirth: 1999 } } });
    const hook = { callbackUrl: "https://hooks.example.vn", database: "tax" } as const;
    // @ts-expect-error: not an event
    await c.POST("/subscriptions", { body: { ...hook, events: ["DELETE"] } });
    // @ts-expect-error: not a field of PersonProfile
    await c.people.get(personalId, { fields: ["colour"] });
    // @ts-expect-error: no such database
    c.records.list("bank");
    // @ts-expect-error: Authorization is not a header of the operation
    await c.GET("/databases", { params: { header: { Authorization: "Bearer x" } } });
  };

  it("types what the calls resolve to", () => {
    expectTypeOf(typeOnly).toBeFunction();
    expectTypeOf<NdcClient["people"]["get"]>().returns.resolves.toEqualTypeOf<PersonProfile>();
    expectTypeOf<
      NdcClient["people"]["batchGet"]
    >().returns.resolves.toEqualTypeOf<BatchGetResponse>();
    expectTypeOf<NdcClient["databases"]["list"]>().returns.resolves.toEqualTypeOf<
      CatalogDatabase[]
    >();
    expectTypeOf<NdcClient["records"]["list"]>().returns.toEqualTypeOf<ChangeFeed>();
    expectTypeOf<ChangeFeed>().toExtend<AsyncIterable<ChangeFeedEntry>>();
    expectTypeOf<
      NdcClient["codeLists"]["getIfChanged"]
    >().returns.resolves.toEqualTypeOf<CodeListRevalidation>();
    expectTypeOf<
      NdcClient["subscriptions"]["create"]
    >().returns.resolves.toEqualTypeOf<SubscriptionCreated>();
    expectTypeOf<NdcClient["subscriptions"]["delete"]>().returns.resolves.toBeVoid();
  });
});

describe("response validation", () => {
  it("passes every clean profile, record, page and code list", async () => {
    const validating = clientOf(sandbox, { validateResponses: true });
    const fields = [
      "name",
      "dateOfBirth",
      "sex",
      "ethnicity",
      "nationality",
      "permanentResidence",
      "currentResidence",
      "phoneNumbers",
      "emails",
      "legacyIdCard",
      "socialInsuranceNumber",
      "healthInsuranceCard",
      "taxCode",
      "educationLevel",
      "occupation",
      "maritalStatus",
      "deathStatus",
    ] as const;
    for (const id of sandbox.samples.personalIds) {
      const profile = await validating.people.get(id, { fields });
      expect(profile.personalId).toBe(id);
    }
    const batch = await validating.people.batchGet(sandbox.samples.personalIds, { fields });
    expect(batch.results).toHaveLength(sandbox.samples.personalIds.length);
    for (const database of ["tax", "civil-status", "health"] as const) {
      const entries = await drain(validating.records.list(database, { ...SYNC, limit: 500 }));
      expect(entries.length).toBeGreaterThan(0);
      const [id] = sandbox.samples.recordIds[database] ?? [];
      if (id !== undefined) await validating.records.get(database, id, SYNC);
    }
    const ethnicGroups = await validating.codeLists.get("ethnic-groups-2008");
    expect(ethnicGroups).toEqual(await getCodeList("ethnic-groups-2008"));
  });

  it("fails a response that breaks the check with pointers and codes, never its values", async () => {
    // The sandbox's default record faults are data-quality faults that still follow the schema
    // documents (dropped diacritics, NFD text, old ID cards …), so the check here is the published
    // schemas plus one rule of the agency's own, through `validateResponses: { validate }`: text
    // in NFC, as the standard stores it. The sandbox's `nfdText` fault breaks it.
    const faulty = await startTestSandbox({ seed: SEED, people: PEOPLE });
    try {
      const validating = clientOf(faulty, { validateResponses: nfcAndSchemas });
      const plain = clientOf(faulty);
      const feed = validating.records.list("population", { ...SYNC, limit: 50 });
      const error = await rejectionOf(drain(feed));
      if (!isNdcValidationError(error)) throw error;
      expect(error.operationId).toBe("listRecordChanges");
      expect(error.issues.length).toBeGreaterThan(0);
      for (const issue of error.issues) {
        expect(issue).toEqual({
          pointer: expect.stringMatching(/^\/entries\/\d+\/record\/data\/[A-Za-z/0-9]+$/),
          code: "not_nfc",
          schemaId: expect.stringMatching(/^https:\/\/schemas\.ndcvn\.org\/population\//),
        });
      }
      // The same page, unchecked: no text at any pointer shows in the error, in either form.
      const page = await plain.GET("/databases/{database}/records", {
        params: {
          path: { database: "population" },
          query: feed.cursor === undefined ? { limit: 50 } : { cursor: feed.cursor, limit: 50 },
        },
        ...SYNC,
      });
      if (!page.data) throw new TypeError("the page could not be read unchecked");
      const shown = `${error.message}\n${error.stack}\n${JSON.stringify(error)}`;
      for (const issue of error.issues) {
        const value = valueAt(page.data, issue.pointer);
        expect(typeof value).toBe("string");
        for (const form of [String(value), String(value).normalize("NFC")])
          for (const word of form.split(" "))
            if (word.length > 2) expect(shown).not.toContain(word);
      }
      expect(faulty.internalErrors).toEqual([]);
    } finally {
      await faulty.close();
    }
  });
});

/** The published schema documents, and the text of records in Unicode normalisation form C. */
const nfcAndSchemas: ResponseValidator = {
  async validate(schemaId, value) {
    const verdict = await validate(schemaId, value, { locale: "en" });
    const issues: { path: string; code: string }[] = verdict.ok ? [] : [...verdict.issues];
    // The envelope holds the record's data too: the rule is applied once, to the data.
    const envelope = schemaId.includes("/common/RecordEnvelope/");
    for (const [path, text] of envelope ? [] : stringsOf(value, ""))
      if (text.normalize("NFC") !== text) issues.push({ path, code: "not_nfc" });
    return issues.length > 0 ? { ok: false, issues } : { ok: true };
  },
};

/** Every string in a JSON value, with its JSON Pointer. */
function* stringsOf(value: unknown, pointer: string): Generator<[string, string]> {
  if (typeof value === "string") yield [pointer, value];
  else if (typeof value === "object" && value !== null)
    for (const [key, child] of Object.entries(value))
      yield* stringsOf(child, `${pointer}/${key.replaceAll("~", "~0").replaceAll("/", "~1")}`);
}

/** The value at a JSON Pointer (RFC 6901). */
function valueAt(root: unknown, pointer: string): unknown {
  let node = root;
  for (const token of pointer.split("/").slice(1))
    node = (node as Record<string, unknown> | null)?.[
      token.replaceAll("~1", "/").replaceAll("~0", "~")
    ];
  return node;
}
