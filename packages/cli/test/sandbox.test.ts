// `ndc sandbox`: it serves the Sharing API with the credentials it prints, until its signal is
// aborted, then closes and exits 0; faults by rate; a port in use and bad options are usage errors.
import { createServer, type Server } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CliRun, runCli } from "./helpers/run-cli.js";

/** Start `ndc sandbox` in-process; resolves once its banner is out, with a way to stop it. */
async function startCli(args: readonly string[], env: Record<string, string> = {}) {
  const controller = new AbortController();
  let printed = "";
  let ready: () => void = () => {};
  const banner = new Promise<void>((resolve) => {
    ready = resolve;
  });
  const finished: Promise<CliRun> = runCli(["sandbox", "--port", "0", ...args], {
    env,
    signal: controller.signal,
    onStdout: (text) => {
      printed += text;
      if (/Running\.|Đang chạy\./.test(printed)) ready();
    },
  });
  const outcome = await Promise.race([banner.then(() => undefined), finished]);
  if (outcome) throw new Error(`ndc sandbox ended early: ${outcome.code} ${outcome.stderr}`);
  const field = (label: string) =>
    new RegExp(`│ ${label.replace(/[()]/g, "\\$&")}\\s+│ (\\S+)`).exec(printed)?.[1] ?? "";
  return {
    printed: () => printed,
    url: /http:\/\/127\.0\.0\.1:\d+/.exec(printed)?.[0] ?? "",
    clientId: field("client_id"),
    clientSecret: field("client_secret (sandbox)"),
    agency: field("X-NDC-Client"),
    stop: async () => {
      controller.abort();
      return finished;
    },
  };
}

async function tokenFor(sandbox: { url: string; clientId: string; clientSecret: string }) {
  const response = await fetch(`${sandbox.url}/oauth/token`, {
    method: "POST",
    headers: {
      Authorization: `Basic ${Buffer.from(`${sandbox.clientId}:${sandbox.clientSecret}`).toString("base64")}`,
      "Content-Type": "application/x-www-form-urlencoded",
    },
    body: "grant_type=client_credentials",
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { access_token: string }).access_token;
}

describe("success", () => {
  it("serves the API with the credentials it prints, and stops cleanly on its signal", async () => {
    const sandbox = await startCli(["--people", "60", "--seed", "3"]);
    expect(sandbox.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(sandbox.printed()).toContain("NDC Sharing API sandbox — 60 synthetic people, seed 3");
    expect(sandbox.printed()).toContain(`curl -s -u '${sandbox.clientId}:${sandbox.clientSecret}'`);
    expect(sandbox.printed()).toContain('import { createClient } from "@ndcvn/client";');
    const token = await tokenFor(sandbox);
    const databases = await fetch(`${sandbox.url}/databases`, {
      headers: { Authorization: `Bearer ${token}`, "X-NDC-Client": sandbox.agency },
    });
    expect(databases.status).toBe(200);
    const catalog = (await databases.json()) as { databases: { code: string }[] };
    expect(catalog.databases.map((d) => d.code)).toContain("insurance");
    const { code, stdout, stderr } = await sandbox.stop();
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /Sandbox stopped\. Requests: 2; tokens issued: 1; faults injected: 0\.\n$/,
    );
    await expect(fetch(`${sandbox.url}/databases`)).rejects.toThrow();
  });

  it("injects faults at the rates given, and speaks Vietnamese", async () => {
    const sandbox = await startCli([
      "--people",
      "20",
      "--faults",
      "503=1,retryAfterSeconds=2",
      "--lang",
      "vi",
    ]);
    expect(sandbox.printed()).toContain("│ Lỗi giả lập");
    expect(sandbox.printed()).toContain("503=1,retryAfterSeconds=2");
    const answer = await fetch(`${sandbox.url}/databases`);
    expect(answer.status).toBe(503);
    expect(answer.headers.get("retry-after")).toBe("2");
    const { code, stdout } = await sandbox.stop();
    expect(code).toBe(0);
    expect(stdout).toMatch(/Đã dừng sandbox\. Yêu cầu: 1; token đã cấp: 0; lỗi giả lập: 1\.\n$/);
  });
});

describe("bad input", () => {
  let taken: Server;
  let port = 0;
  beforeAll(async () => {
    taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, "127.0.0.1", resolve));
    const address = taken.address();
    port = typeof address === "object" && address ? address.port : 0;
  });
  afterAll(() => new Promise<void>((resolve) => taken.close(() => resolve())));

  it("a port in use: exit 2 at once, in English and Vietnamese", async () => {
    const en = await runCli(["sandbox", "--port", String(port)]);
    expect(en).toEqual({
      code: 2,
      stdout: "",
      stderr: `ndc: Port ${port} on 127.0.0.1 is in use: choose another with --port (0 takes any free port). [port_in_use]\n`,
    });
    const vi = await runCli(["sandbox", "--port", String(port), "--lang", "vi"]);
    expect(vi.code).toBe(2);
    expect(vi.stderr).toBe(
      `ndc: Cổng ${port} trên 127.0.0.1 đang được dùng: chọn cổng khác bằng --port (0 là một cổng trống bất kỳ). [port_in_use]\n`,
    );
  });

  it("bad faults, people, port and token lifetime", async () => {
    for (const faults of ["503=2", "boom=0.1", "503=0.6,500=0.6", "latency", "latencyMs=1.5"]) {
      const { code, stderr } = await runCli(["sandbox", "--faults", faults]);
      expect(code, faults).toBe(2);
      expect(stderr, faults).toMatch(
        /^ndc: The value of --faults is not valid: it must be name=rate, .+ \[invalid_value\]\n$/,
      );
    }
    const people = await runCli(["sandbox", "--people", "0"]);
    expect(people.stderr).toBe(
      "ndc: The value of --people is not valid: it must be 1–1000000. [invalid_value]\n",
    );
    const badPort = await runCli(["sandbox", "--port", "70000"]);
    expect(badPort.stderr).toBe(
      "ndc: The value of --port is not valid: it must be 0–65535. [invalid_value]\n",
    );
    const ttl = await runCli(["sandbox", "--token-ttl", "0"]);
    expect(ttl.code).toBe(2);
    expect(ttl.stderr).toContain("--token-ttl");
  });
});
