// The documentation site as readers get it: built from scratch, every internal link resolving,
// the same bytes on a second build, and three kinds of page rendering in a real browser.
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  browserSuite,
  hasChromium,
  launchChromium,
  serveStatic,
} from "../../scripts/browser-testing.mjs";
import { checkLinks } from "../scripts/lib/check-links.mjs";

const run = promisify(execFile);
const docsDir = fileURLToPath(new URL("..", import.meta.url));
const repoRoot = path.resolve(docsDir, "..");
const buildScript = path.join(docsDir, "scripts", "build.mjs");
const siteDir = path.join(docsDir, ".site");
const screenshotsDir = path.join(docsDir, ".artifacts", "screenshots");
const catalog = JSON.parse(
  readFileSync(path.join(repoRoot, "packages", "schemas", "catalog.json"), "utf8"),
) as { databases: { code: string }[] };

// TypeDoc over every package takes a while on a shared two-core machine.
const BUILD_TIMEOUT_MS = 300_000;

async function build(out: string, flags: string[] = []): Promise<string> {
  const { stdout } = await run(process.execPath, [buildScript, "--out", out, ...flags], {
    cwd: repoRoot,
    maxBuffer: 16 * 1024 * 1024,
  });
  return stdout;
}

async function fileHashes(root: string): Promise<Map<string, string>> {
  const entries = await readdir(root, { withFileTypes: true, recursive: true });
  const hashes = new Map<string, string>();
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    const hash = createHash("sha256")
      .update(await readFile(file))
      .digest("hex");
    hashes.set(path.relative(root, file), hash);
  }
  return hashes;
}

const read = (sitePath: string) => readFileSync(path.join(siteDir, sitePath), "utf8");

beforeAll(async () => {
  const summary = await build(siteDir);
  console.log(summary.trim());
}, BUILD_TIMEOUT_MS);

describe("the built site", () => {
  it("has the home page, getting started, the guides, the references and the API", () => {
    const expected = [
      "index.html",
      "getting-started.html",
      "reference/sandbox.html",
      "reference/cli.html",
      "schemas/index.html",
      "schemas/common.html",
      "codelists/index.html",
      "codelists/sex.html",
      "api/index.html",
      "api/modules/_ndcvn_validators.html",
      "assets/site.css",
      ...catalog.databases.map((database) => `schemas/${database.code}.html`),
      ...["schemas", "validators", "synth", "client", "linkage"]
        .filter((name) => existsSync(path.join(repoRoot, "packages", name, "README.md")))
        .map((name) => `guides/${name}.html`),
    ];
    const missing = expected.filter((sitePath) => !existsSync(path.join(siteDir, sitePath)));
    expect(missing).toEqual([]);
  });

  it("marks each page's language, with Vietnamese for the schema reference", () => {
    expect(read("index.html")).toMatch(/<html lang="en">/);
    expect(read("getting-started.html")).toMatch(/<html lang="en">/);
    for (const sitePath of [
      "schemas/index.html",
      "schemas/population.html",
      "codelists/sex.html",
    ]) {
      expect(read(sitePath), sitePath).toMatch(/<html lang="vi">/);
    }
  });

  it("gives every page landmarks and a skip link to the main content", () => {
    for (const sitePath of ["index.html", "guides/validators.html", "schemas/population.html"]) {
      const html = read(sitePath);
      expect(html, sitePath).toMatch(/<a class="skip-link" href="#main">/);
      expect(html, sitePath).toMatch(/<main id="main"/);
      expect(html, sitePath).toMatch(/<nav class="site-nav" aria-label="Documentation"/);
      expect(html, sitePath).toMatch(/<header class="site-header"/);
      expect(html, sitePath).toMatch(/<footer class="site-footer"/);
      expect(html, sitePath).not.toMatch(/<script/);
    }
  });

  it("shows each field of a record type with its labels, sensitivity, legal basis and code list", () => {
    const html = read("schemas/population.html");
    const sexRow = /<tr id="Citizen\.sex"[^>]*>([\s\S]*?)<\/tr>/.exec(html)?.[1] ?? "";
    expect(sexRow).toContain("Giới tính");
    expect(sexRow).toContain("<strong>Sex</strong>");
    expect(sexRow).toContain("sensitivity-basic");
    expect(sexRow).toContain("Law on Identification 26/2023/QH15 art. 9(5)");
    expect(sexRow).toContain('href="../codelists/sex.html"');
    const religionRow = /<tr id="Citizen\.religion"[^>]*>([\s\S]*?)<\/tr>/.exec(html)?.[1] ?? "";
    expect(religionRow).toContain("sensitivity-sensitive");
    expect(html).toContain('href="common.html#personname"');
  });

  it("rewrites a README's relative links to the pages that show their targets", () => {
    // packages/schemas/README.md links to reference/README.md, the Markdown schema reference.
    expect(read("guides/schemas.html")).toContain('href="../schemas/index.html"');
  });

  it("has no broken internal link or anchor, TypeDoc's pages included", async () => {
    const report = await checkLinks(siteDir);
    expect(report.broken).toEqual([]);
    expect(report.files).toBeGreaterThan(100);
    expect(report.links).toBeGreaterThan(1000);
  });

  it(
    "is the same, byte for byte, when built again",
    async () => {
      // The second build leaves TypeDoc out (it is slow); every other file must be identical.
      const again = mkdtempSync(path.join(tmpdir(), "ndcvn-docs-"));
      try {
        await build(again, ["--no-api"]);
        const [first, second] = await Promise.all([fileHashes(siteDir), fileHashes(again)]);
        const ownFiles = [...first.keys()].filter((file) => !file.startsWith(`api${path.sep}`));
        expect([...second.keys()].sort()).toEqual(ownFiles.sort());
        const differing = ownFiles.filter((file) => first.get(file) !== second.get(file));
        expect(differing).toEqual([]);
      } finally {
        rmSync(again, { recursive: true, force: true });
      }
    },
    BUILD_TIMEOUT_MS,
  );
});

describe.skipIf(!hasChromium)(browserSuite("the site in headless Chromium"), () => {
  let browser: Browser;
  let context: BrowserContext;
  let server: Awaited<ReturnType<typeof serveStatic>>;

  beforeAll(async () => {
    server = await serveStatic(siteDir);
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    mkdirSync(screenshotsDir, { recursive: true });
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  });

  /** Opens a page and records everything that went wrong while it loaded. */
  async function open(sitePath: string): Promise<{ page: Page; problems: string[] }> {
    const page = await context.newPage();
    const problems: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") problems.push(`console: ${message.text()}`);
    });
    page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
    page.on("requestfailed", (request) =>
      problems.push(`request failed: ${request.url()} ${request.failure()?.errorText ?? ""}`),
    );
    page.on("response", (response) => {
      if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
    });
    await page.goto(`${server.url}/${sitePath}`, { waitUntil: "load" });
    return { page, problems };
  }

  it("renders the home page", async () => {
    const { page, problems } = await open("index.html");
    await expect(
      page.getByRole("heading", { level: 1, name: "ndcvn documentation" }).isVisible(),
    ).resolves.toBe(true);
    await expect(page.getByRole("navigation", { name: "Documentation" }).isVisible()).resolves.toBe(
      true,
    );
    await expect(page.locator("main table").first().isVisible()).resolves.toBe(true);
    await page.screenshot({ path: path.join(screenshotsDir, "home.png") });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: path.join(screenshotsDir, "home-narrow.png") });
    expect(problems).toEqual([]);
    await page.close();
  }, 60_000);

  it("renders the population schema page in Vietnamese", async () => {
    const { page, problems } = await open("schemas/population.html");
    expect(await page.getAttribute("html", "lang")).toBe("vi");
    await expect(
      page.getByRole("heading", { level: 1, name: /Cơ sở dữ liệu quốc gia về dân cư/ }).isVisible(),
    ).resolves.toBe(true);
    await expect(
      page
        .getByRole("heading", { level: 2, name: /Công dân/ })
        .first()
        .isVisible(),
    ).resolves.toBe(true);
    const personalIdRow = page.locator('tr[id="Citizen.personalId"]');
    await expect(
      personalIdRow.getByText("Số định danh cá nhân", { exact: true }).isVisible(),
    ).resolves.toBe(true);
    await page.screenshot({ path: path.join(screenshotsDir, "schema-population.png") });
    expect(problems).toEqual([]);
    await page.close();
  }, 60_000);

  it("renders an API reference page", async () => {
    const { page, problems } = await open("api/modules/_ndcvn_validators.html");
    // TypeDoc shows the page only once its script has run.
    await page
      .getByRole("heading", { level: 1, name: "Module @ndcvn/validators" })
      .waitFor({ state: "visible" });
    await expect(
      page.getByRole("link", { name: "personalId", exact: true }).first().isVisible(),
    ).resolves.toBe(true);
    await page.screenshot({ path: path.join(screenshotsDir, "api-validators.png") });
    expect(problems).toEqual([]);
    await page.close();
  }, 60_000);
});
