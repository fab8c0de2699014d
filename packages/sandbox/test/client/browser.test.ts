// The client's browser bundle in headless Chromium, calling the sandbox across origins (the page
// and the sandbox are on different ports, so every call goes through real CORS): a token, a
// profile and the first page of a change feed, written into the page and read back.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { ChangeFeedPage, PersonProfile } from "@ndcvn/client";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  browserSuite,
  hasChromium,
  launchChromium,
  serveStatic,
} from "../../../../scripts/browser-testing.mjs";
import { startTestSandbox, type TestSandbox } from "../support.js";
import { clientOf } from "./loopback-client.js";

const here = path.dirname(fileURLToPath(import.meta.url));

/**
 * The page's script: what an agency's web app would do, reading its settings from the page. It
 * holds the sandbox's synthetic client secret so that the token request crosses origins too; a
 * real app gives a browser client a `tokenProvider` that asks its own back end.
 */
const PAGE_SCRIPT = `
import { createClient } from "@ndcvn/client";

const config = JSON.parse(document.getElementById("config").textContent);
const out = document.getElementById("result");
try {
  const client = createClient(
    { baseUrl: config.baseUrl, clientId: config.clientId, clientSecret: config.clientSecret },
    { agency: config.agency, purpose: "identity-verification" },
  );
  const person = await client.people.get(config.personalId, { fields: ["name", "dateOfBirth"] });
  const feed = client.records.list("insurance", { limit: 5, purpose: "data-synchronisation" });
  let page;
  for await (const first of feed.pages()) {
    page = first;
    break;
  }
  out.textContent = JSON.stringify({ origin: location.origin, person, page });
  out.dataset.state = "done";
} catch (error) {
  out.textContent = String(error && error.message);
  out.dataset.state = "failed";
}
`;

describe.skipIf(!hasChromium)(browserSuite("the client in headless Chromium"), () => {
  let sandbox: TestSandbox;
  let outDir = "";
  let site: Awaited<ReturnType<typeof serveStatic>>;
  let browser: Awaited<ReturnType<typeof launchChromium>>;

  beforeAll(async () => {
    sandbox = await startTestSandbox({ seed: 61, people: 80 });
    outDir = mkdtempSync(path.join(tmpdir(), "ndcvn-browser-client-"));
    await build({
      stdin: { contents: PAGE_SCRIPT, resolveDir: here, sourcefile: "page.js", loader: "js" },
      bundle: true,
      format: "esm",
      platform: "browser",
      splitting: true,
      outdir: outDir,
      entryNames: "page",
      logLevel: "error",
    });
    const config = {
      baseUrl: sandbox.url,
      ...sandbox.credentials,
      personalId: sandbox.samples.personalIds[0],
    };
    writeFileSync(
      path.join(outDir, "index.html"),
      `<!doctype html><html lang="vi"><head><meta charset="utf-8"><link rel="icon" href="data:,">` +
        `<title>ndcvn client</title></head><body><pre id="result"></pre>` +
        `<script type="application/json" id="config">${JSON.stringify(config)}</script>` +
        `<script type="module" src="./page.js"></script></body></html>`,
    );
    site = await serveStatic(outDir);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    await sandbox?.close();
    rmSync(outDir, { recursive: true, force: true });
  });

  it("gets a token, a profile and a feed page across origins, without console errors", async () => {
    const page = await browser.newPage();
    const consoleErrors: string[] = [];
    page.on("pageerror", (error) => consoleErrors.push(error.message));
    page.on("console", (message) => {
      if (message.type() === "error") consoleErrors.push(message.text());
    });
    const before = sandbox.stats();
    await page.goto(`${site.url}/`);
    const result = page.locator("#result[data-state]");
    await result.waitFor({ timeout: 20_000 });
    const state = await result.getAttribute("data-state");
    const text = (await result.textContent()) ?? "";
    expect({ state, text: state === "done" ? "" : text }).toEqual({ state: "done", text: "" });
    const shown = JSON.parse(text) as {
      origin: string;
      person: PersonProfile;
      page: ChangeFeedPage;
    };
    expect(shown.origin).toBe(site.url);
    expect(new URL(shown.origin).port).not.toBe(new URL(sandbox.url).port);

    // What the page shows is what a Node client reads from the same sandbox.
    const node = clientOf(sandbox);
    const personalId = sandbox.samples.personalIds[0] as string;
    expect(shown.person).toEqual(
      await node.people.get(personalId, { fields: ["name", "dateOfBirth"] }),
    );
    const raw = await node.GET("/databases/{database}/records", {
      params: { path: { database: "insurance" }, query: { limit: 5 } },
      purpose: "data-synchronisation",
    });
    expect(shown.page).toEqual(raw.data);
    expect(shown.page.entries).toHaveLength(5);

    // The browser asked first (CORS preflights, which the sandbox counts as requests only).
    const after = sandbox.stats();
    const operations = (stats: typeof after) =>
      Object.values(stats.byOperation).reduce((sum, n) => sum + n, 0);
    const preflights = after.requests - before.requests - (operations(after) - operations(before));
    expect(preflights).toBeGreaterThanOrEqual(1);
    expect(after.byOperation.issueToken ?? 0).toBeGreaterThanOrEqual(1);
    expect(consoleErrors).toEqual([]);
    expect(sandbox.internalErrors).toEqual([]);
  });
});
