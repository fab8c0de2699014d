// The link checker itself: it must catch what it exists to catch, or a green site test means
// nothing.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { checkLinks } from "../scripts/lib/check-links.mjs";

let site: string;

function page(sitePath: string, body: string) {
  const file = path.join(site, sitePath);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `<!doctype html><html lang="en"><body>${body}</body></html>`);
}

afterEach(() => rmSync(site, { recursive: true, force: true }));

describe("checkLinks", () => {
  it.each([
    ["a file that exists", '<a href="b.html">b</a>', []],
    ["an anchor on another page", '<a href="b.html#part">b</a>', []],
    ["an anchor on the same page", '<h2 id="here">x</h2><a href="#here">x</a>', []],
    ["an empty fragment", '<a href="#">top</a>', []],
    ["a folder with an index", '<a href="sub/">sub</a>', []],
    [
      "a percent-encoded Vietnamese anchor",
      '<h2 id="tiếng-việt">x</h2><a href="#ti%E1%BA%BFng-vi%E1%BB%87t">x</a>',
      [],
    ],
    ["an external link", '<a href="https://example.invalid/x.html">x</a>', []],
    ["a missing file", '<a href="missing.html">x</a>', ["missing.html"]],
    ["a missing anchor", '<a href="b.html#nowhere">x</a>', ["b.html#nowhere"]],
    ["a missing stylesheet", '<link rel="stylesheet" href="assets/none.css">', ["assets/none.css"]],
    ["a missing image", '<img src="img/none.png" alt="">', ["img/none.png"]],
    ["a link out of the site", '<a href="../../etc/passwd">x</a>', ["../../etc/passwd"]],
  ])("%s", async (_, body, brokenHrefs) => {
    site = mkdtempSync(path.join(tmpdir(), "ndcvn-links-"));
    page("a.html", body);
    page("b.html", '<h2 id="part">Part</h2>');
    page("sub/index.html", "<p>sub</p>");
    const report = await checkLinks(site);
    expect(report.broken.map((link) => link.href)).toEqual(brokenHrefs);
  });

  it("ignores links in comments and scripts, which are not followed", async () => {
    site = mkdtempSync(path.join(tmpdir(), "ndcvn-links-"));
    page(
      "a.html",
      '<!-- <a href="gone.html"> --><script>const a = \'<a href="gone.html">\';</script>',
    );
    const report = await checkLinks(site);
    expect(report.broken).toEqual([]);
    expect(report.links).toBe(0);
  });
});
