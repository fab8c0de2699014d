// The HTTP server: node:http on 127.0.0.1 only. Requests that are not valid HTTP never reach the
// pipeline; they get a problem (400, or 431 for oversized headers) and the connection is closed.
import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { Socket } from "node:net";
import { randomTraceId } from "../support/ids.js";
import { CORS_HEADERS } from "./cors.js";
import { problemDetails } from "./problem-details.js";

function answerMalformed(error: NodeJS.ErrnoException, socket: Socket): void {
  if (!socket.writable || socket.destroyed || error.code === "ECONNRESET") {
    socket.destroy();
    return;
  }
  const tooLarge = error.code === "HPE_HEADER_OVERFLOW";
  const status = tooLarge ? 431 : 400;
  const requestId = randomUUID();
  const body = JSON.stringify(
    problemDetails(
      { code: "invalid_request", status, message: "malformedHttp" },
      { requestId, traceId: randomTraceId(), locale: "en" },
    ),
  );
  const headers = {
    ...CORS_HEADERS,
    "Content-Type": "application/problem+json",
    "Cache-Control": "no-store",
    "X-Request-Id": requestId,
    Connection: "close",
    "Content-Length": String(Buffer.byteLength(body)),
  };
  const reason = tooLarge ? "Request Header Fields Too Large" : "Bad Request";
  const head = Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join("");
  socket.end(`HTTP/1.1 ${status} ${reason}\r\n${head}\r\n${body}`);
}

/** Listens on 127.0.0.1; resolves to the server and its URL. */
export async function listenOnLoopback(
  listener: (req: IncomingMessage, res: ServerResponse) => void,
  port: number,
): Promise<{ server: Server; url: string }> {
  const server = createServer({ keepAliveTimeout: 5000 }, listener);
  server.on("clientError", answerMalformed);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  const address = server.address();
  const bound = typeof address === "object" && address ? address.port : port;
  return { server, url: `http://127.0.0.1:${bound}` };
}
