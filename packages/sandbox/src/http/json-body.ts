// The JSON body of an operation that takes one: uncompressed, declared `application/json`, valid
// UTF-8 and JSON — or the issue that keeps it from being read (never its content).
import type { IncomingMessage } from "node:http";
import { header, JSON_MEDIA } from "./exchange.js";
import type { IssueSpec } from "./reply.js";

function mediaOf(req: IncomingMessage): string {
  return (header(req, "content-type") ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
}

/** The JSON body of an operation that takes one, or the issue that keeps it from being read. */
export function jsonBody(
  req: IncomingMessage,
  bytes: Buffer,
): { body: unknown } | { issue: IssueSpec } {
  if (bytes.length === 0) return { body: undefined };
  const encoding = header(req, "content-encoding")?.trim().toLowerCase();
  if (encoding !== undefined && encoding !== "identity") {
    return {
      issue: {
        header: "Content-Encoding",
        code: "contentEncoding",
        message: "issueContentEncoding",
      },
    };
  }
  if (mediaOf(req) !== JSON_MEDIA) {
    return {
      issue: {
        header: "Content-Type",
        code: "mediaType",
        message: "issueMediaType",
        params: { media: JSON_MEDIA },
      },
    };
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { issue: { pointer: "", code: "encoding", message: "issueEncoding" } };
  }
  try {
    return { body: JSON.parse(text) };
  } catch {
    return { issue: { pointer: "", code: "json", message: "issueJson" } };
  }
}
