// A real HTTP server on 127.0.0.1 for the client's tests: it records every request and lets each
// test play the server behaviour it needs (nothing is mocked; the client sends real requests).
import { createServer, type IncomingHttpHeaders, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";

/** A request as the server received it. */
export interface Received {
  readonly method: string;
  /** Path and query, as sent. */
  readonly url: string;
  readonly path: string;
  readonly query: URLSearchParams;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

export type Handler = (request: Received, response: ServerResponse) => void | Promise<void>;

export interface TestServer {
  readonly url: string;
  readonly requests: Received[];
  /** Requests other than token requests. */
  readonly calls: () => Received[];
  /** Token requests. */
  readonly tokenRequests: () => Received[];
  close(): Promise<void>;
}

export async function startServer(handler: Handler): Promise<TestServer> {
  const requests: Received[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const url = new URL(req.url ?? "/", "http://127.0.0.1");
      const received: Received = {
        method: req.method ?? "",
        url: req.url ?? "",
        path: url.pathname,
        query: url.searchParams,
        headers: req.headers,
        body: Buffer.concat(chunks).toString("utf8"),
      };
      requests.push(received);
      Promise.resolve(handler(received, res)).catch((error: unknown) => {
        res.statusCode = 599;
        res.end(String(error));
      });
    });
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    calls: () => requests.filter((r) => r.path !== "/oauth/token"),
    tokenRequests: () => requests.filter((r) => r.path === "/oauth/token"),
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** Answers JSON. */
export function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  response.writeHead(status, { "content-type": "application/json", ...headers });
  response.end(JSON.stringify(body));
}

/** Answers a problem (RFC 9457) as the contract shapes it. */
export function sendProblem(
  response: ServerResponse,
  status: number,
  code: string,
  extra: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): void {
  response.writeHead(status, { "content-type": "application/problem+json", ...headers });
  response.end(
    JSON.stringify({
      type: `https://ndcvn.org/problems/${code}`,
      title: code,
      status,
      code,
      traceId: "4bf92f3577b34da6a3ce929d0e0e4736",
      ...extra,
    }),
  );
}

let tokenSerial = 0;

/** Answers a token request: a fresh token each time. */
export function sendToken(response: ServerResponse, expiresIn = 900): string {
  tokenSerial++;
  const token = `ndc_at_test${String(tokenSerial).padStart(8, "0")}abcdefgh`;
  sendJson(
    response,
    200,
    { access_token: token, token_type: "Bearer", expires_in: expiresIn },
    { "cache-control": "no-store" },
  );
  return token;
}

/**
 * A server of the API: token requests get fresh tokens (with `expiresIn`), everything else goes to
 * `handler` with the tokens issued so far.
 */
export function startApi(
  handler: Handler,
  options: { expiresIn?: number } = {},
): Promise<TestServer & { readonly tokens: string[] }> {
  const tokens: string[] = [];
  return startServer((request, response) => {
    if (request.path === "/oauth/token") {
      tokens.push(sendToken(response, options.expiresIn));
      return;
    }
    return handler(request, response);
  }).then((server) => Object.assign(server, { tokens }));
}

/** Waits for `ms` milliseconds. */
export const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
