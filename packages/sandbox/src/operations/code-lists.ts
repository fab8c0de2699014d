// `GET /codelists/{name}`: a code list of @ndcvn/schemas with a strong ETag (a hash of its
// content); `If-None-Match` with a current tag answers `304 Not Modified` (RFC 9110 §13.1.2).
import { createHash } from "node:crypto";
import { getCodeList as loadCodeList } from "@ndcvn/schemas";
import { problem } from "../http/reply.js";
import type { OperationHandler, SandboxState } from "./operation-call.js";

interface ServedList {
  /** The list as sent; undefined when it breaks the contract. */
  readonly text: string | undefined;
  readonly etag: string;
}

const served = new WeakMap<SandboxState, Map<string, Promise<ServedList | undefined>>>();

function servedList(state: SandboxState, operationId: string, name: string) {
  let lists = served.get(state);
  if (!lists) {
    lists = new Map();
    served.set(state, lists);
  }
  let list = lists.get(name);
  if (!list) {
    list = loadCodeList(name).then((codeList) => {
      if (!codeList) return undefined;
      const text = state.staticBody(operationId, 200, codeList);
      if (text === undefined) return { text: undefined, etag: "" };
      const hash = createHash("sha256").update(text).digest("hex").slice(0, 16);
      return { text, etag: `"cl-${name}-${hash}"` };
    });
    lists.set(name, list);
  }
  return list;
}

/** Whether an `If-None-Match` value names the tag (weak comparison, `*` for any). */
export function matchesTag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (ifNoneMatch === undefined) return false;
  return ifNoneMatch
    .split(",")
    .map((tag) => tag.trim().replace(/^W\//, ""))
    .some((tag) => tag === "*" || tag === etag);
}

export const getCodeList: OperationHandler = async (call, state) => {
  const list = await servedList(state, call.operation.id, call.values.path.name as string);
  if (!list) return problem({ code: "not_found", message: "codeListNotFound" });
  if (list.text === undefined) return problem({ code: "internal", message: "responseWithheld" });
  const headers = { ETag: list.etag };
  if (matchesTag(call.values.header["if-none-match"], list.etag)) {
    return { kind: "empty", status: 304, headers };
  }
  return { kind: "static", status: 200, text: list.text, headers };
};
