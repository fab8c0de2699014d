import { execFile } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { expect, it } from "vitest";

const run = promisify(execFile);
const folder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

it("runs the tour from start to end, as a user runs it", async () => {
  const { stdout, stderr } = await run(process.execPath, ["quickstart.mjs"], { cwd: folder });
  expect(stderr).toBe("");
  const lines = stdout.trim().split("\n");
  expect(lines).toEqual([
    expect.stringMatching(/^1\. 19 national databases, \d+ schema documents\.$/),
    "2. Personal ID: Hà Nội, male, born 1999.",
    expect.stringMatching(/^3\. \/personalId personal_id_birth_year_mismatch: /),
    "4. Read a name and a date of birth; verifying the date: match.",
    "4. Unknown person: 404 not_found.",
    expect.stringMatching(/^5\. ins-1 ↔ pop-1 by pass "/),
    expect.stringMatching(/^5\. ins-2 ↔ pop-2 by pass "/),
  ]);
}, 60_000);
