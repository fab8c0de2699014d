// client.codeLists: GET /codelists/{name}, and revalidation with ETag / If-None-Match.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { NdcClient } from "../src/index.js";
import { codeList, testClient } from "./fixtures.js";
import { sendJson, startApi, type TestServer } from "./http-server.js";

const ETAG = '"cl-sex-3f9a1c"';
let server: TestServer;
let client: NdcClient;

beforeAll(async () => {
  server = await startApi((request, response) => {
    if (request.headers["if-none-match"] === ETAG) {
      response.writeHead(304, { etag: ETAG }).end();
      return;
    }
    sendJson(response, 200, codeList, { etag: ETAG });
  });
  client = testClient(server);
});
afterAll(() => server.close());

describe("client.codeLists", () => {
  it("get: the code list, without purpose headers", async () => {
    const list = await client.codeLists.get("sex");
    expect(list.entries.map((e) => e.code)).toEqual(["male", "female"]);
    const sent = server.calls().at(-1);
    expect(sent?.url).toBe("/codelists/sex");
    expect(sent?.headers).not.toHaveProperty("x-ndc-purpose");
    expect(sent?.headers).not.toHaveProperty("if-none-match");
  });

  it("getIfChanged: the list and its ETag, then 304 while unchanged", async () => {
    const first = await client.codeLists.getIfChanged("sex", undefined);
    expect(first).toEqual({ modified: true, codeList, etag: ETAG });
    const again = await client.codeLists.getIfChanged("sex", first.etag);
    expect(again).toEqual({ modified: false, etag: ETAG });
    expect(server.calls().at(-1)?.headers["if-none-match"]).toBe(ETAG);
    const changed = await client.codeLists.getIfChanged("sex", '"older"');
    expect(changed.modified).toBe(true);
  });
});
