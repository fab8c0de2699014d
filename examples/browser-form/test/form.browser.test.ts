import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  browserSuite,
  hasChromium,
  launchChromium,
  serveStatic,
} from "../../../scripts/browser-testing.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

describe.skipIf(!hasChromium)(browserSuite("the form in headless Chromium"), () => {
  let outDir = "";
  let site: Awaited<ReturnType<typeof serveStatic>>;
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    outDir = mkdtempSync(path.join(tmpdir(), "ndcvn-browser-form-"));
    await build({ root, logLevel: "silent", build: { outDir, emptyOutDir: true } });
    site = await serveStatic(outDir);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    rmSync(outDir, { recursive: true, force: true });
  });

  it("shows the Vietnamese message for an invalid personal ID as it is typed", async () => {
    const page = await browser.newPage();
    page.on("pageerror", (error) => pageErrors.push(error.message));
    page.on("console", (message) => {
      if (message.type() === "error") pageErrors.push(message.text());
    });
    await page.goto(`${site.url}/`);

    await page.getByLabel("Số định danh cá nhân").fill("0010990");
    await expect
      .poll(() => page.locator("#personal-id-message").textContent())
      .toBe("Giá trị phải có 12 ký tự, nhận được 7.");
    expect(await page.getByLabel("Số định danh cá nhân").getAttribute("aria-invalid")).toBe("true");

    await page.getByLabel("Số định danh cá nhân").fill("001099012345");
    await expect
      .poll(() => page.locator("#personal-id-message").textContent())
      .toBe("Hợp lệ: 001099012345");

    await page.getByLabel("Mã số thuế").fill("0100233480");
    await page.getByRole("button", { name: "Gửi hồ sơ" }).click();
    await expect
      .poll(() => page.locator("#form-status").textContent())
      .toBe("Vui lòng sửa các trường được đánh dấu trước khi gửi.");
    expect(await page.locator("#tax-code-message").textContent()).toBe(
      "Chữ số kiểm tra của mã số thuế không đúng.",
    );
    expect(pageErrors).toEqual([]);
  });
});
