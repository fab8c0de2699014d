import type { OperationSpec } from "../transport/operations.js";
import { type SendOutcome, send } from "../transport/send.js";
import type { CallOptions } from "./call-options.js";
import { type CallRequest, type ClientContext, prepareCall } from "./prepare-call.js";

/** Sends one call of the client; resolves with its outcome (see `send`). */
export const invoke = async (
  context: ClientContext,
  operation: OperationSpec,
  request: CallRequest,
  options?: CallOptions,
  expect?: (data: unknown) => boolean,
): Promise<SendOutcome> =>
  send(context.transport, prepareCall(context, operation, request, options, expect));

/** Sends one call and resolves with its data; an API error rejects. */
export async function invokeData<T>(
  context: ClientContext,
  operation: OperationSpec,
  request: CallRequest,
  options?: CallOptions,
  expect?: (data: unknown) => boolean,
): Promise<T> {
  const outcome = await invoke(context, operation, request, options, expect);
  if (!outcome.ok) throw outcome.error;
  return outcome.data as T;
}

/** A JSON object (the least a friendly call relies on). */
export const isObject = (data: unknown): data is Record<string, unknown> =>
  typeof data === "object" && data !== null && !Array.isArray(data);

/** A JSON object whose `member` is an array. */
export const hasArray =
  (member: string) =>
  (data: unknown): boolean =>
    isObject(data) && Array.isArray(data[member]);
