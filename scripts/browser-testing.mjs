// Headless Chromium for the browser tests (docs site, browser client, browser-form example).
// Debian's Chromium is the one browser that runs on these machines: test tools cannot download their
// own. `.ci/run` installs it; on a machine without it the browser tests are skipped and say why.
import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import path from "node:path";
import { chromium } from "playwright-core";

export const CHROMIUM_PATH = process.env.NDCVN_CHROMIUM ?? "/usr/bin/chromium";

/** Whether Chromium is installed where the browser tests look for it. */
export const hasChromium = existsSync(CHROMIUM_PATH);

/** The one line a skipped browser test prints. */
export const chromiumSkipReason = `Chromium not found at ${CHROMIUM_PATH} (apt-get install -y chromium): browser tests skipped.`;

if (!hasChromium) console.warn(chromiumSkipReason);

/**
 * The title of a suite of browser tests: when Chromium is missing it carries the reason, so the
 * skipped suite says why in every report.
 * @param {string} title
 */
export function browserSuite(title) {
  return hasChromium ? title : `${title} (skipped: ${chromiumSkipReason})`;
}

/**
 * Start headless Chromium with the flags this network needs: without the background-networking
 * flags it keeps trying to reach Google's hosts, and the closed network refuses them. Playwright
 * gives every launch a new, empty profile of its own.
 */
export async function launchChromium() {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/** @type {Readonly<Record<string, string>>} */
const CONTENT_TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
};

/**
 * Serve a folder of static files on loopback (an ephemeral port).
 * @param {string} root
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function serveStatic(root) {
  const base = path.resolve(root);
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname);
    let file = path.join(base, pathname);
    if (!file.startsWith(base)) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, "index.html");
    if (!existsSync(file)) {
      response.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    const type = CONTENT_TYPES[path.extname(file)] ?? "application/octet-stream";
    response.writeHead(200, { "content-type": type }).end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(undefined)));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve(undefined))),
  };
}
