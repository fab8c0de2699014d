// What an operation answers, before it is checked against the contract and written: JSON, a body
// already serialised and checked (the catalog, code lists), nothing (204, 304) or a problem.
import type { ProblemCode } from "@ndcvn/client";
import type { MessageId, MessageParams } from "./messages.js";

/** Response headers, by name. */
export type ReplyHeaders = Readonly<Record<string, string>>;

/** A JSON body, serialised and checked by the pipeline. */
export interface JsonReply {
  readonly kind: "json";
  readonly status: number;
  readonly body: unknown;
  readonly headers?: ReplyHeaders;
  /** @default "application/json" */
  readonly media?: string;
}

/** A body serialised and checked once, answered many times. */
export interface StaticReply {
  readonly kind: "static";
  readonly status: number;
  readonly text: string;
  readonly headers?: ReplyHeaders;
}

/** A response without content. */
export interface EmptyReply {
  readonly kind: "empty";
  readonly status: number;
  readonly headers?: ReplyHeaders;
}

/** One issue of an invalid request, before it is put into words. */
export interface IssueSpec {
  readonly pointer?: string;
  readonly parameter?: string;
  readonly header?: string;
  /** The JSON Schema keyword or rule of the API that was broken. */
  readonly code: string;
  readonly message: MessageId;
  readonly params?: MessageParams;
}

/** A problem, before it is put into words (the pipeline adds type, title, instance and traceId). */
export interface ProblemSpec {
  readonly code: ProblemCode;
  /** @default the status of the code (`not_found` → 404 …) */
  readonly status?: number;
  readonly message: MessageId;
  readonly params?: MessageParams;
  readonly errors?: readonly IssueSpec[];
  readonly headers?: ReplyHeaders;
}

/** A problem answered as `application/problem+json`. */
export interface ProblemReply {
  readonly kind: "problem";
  readonly problem: ProblemSpec;
}

/** Anything an operation answers. */
export type Reply = JsonReply | StaticReply | EmptyReply | ProblemReply;

/** A problem reply. */
export function problem(spec: ProblemSpec): ProblemReply {
  return { kind: "problem", problem: spec };
}

/** A JSON reply. */
export function json(status: number, body: unknown, headers?: ReplyHeaders): JsonReply {
  return headers ? { kind: "json", status, body, headers } : { kind: "json", status, body };
}
