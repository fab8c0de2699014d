import type { CallOptions } from "../client/call-options.js";
import { invoke } from "../client/invoke.js";
import type { CallRequest, ClientContext } from "../client/prepare-call.js";
import { NdcConfigurationError } from "../errors/ndc-configuration-error.js";
import { operationAt } from "../transport/operations.js";
import type { ParameterValue } from "../transport/request-url.js";
import type { RawCalls } from "./raw-types.js";

/** What a raw call's init holds at run time, whatever its static type. */
type LooseInit = CallOptions & {
  readonly params?: {
    readonly path?: Readonly<Record<string, ParameterValue>>;
    readonly query?: Readonly<Record<string, ParameterValue>>;
    readonly header?: Readonly<Record<string, string | undefined>>;
  };
  readonly body?: unknown;
};

/** The raw calls of a client: the operation is found by method and path template. */
export function rawCalls(context: ClientContext): RawCalls {
  const call =
    (method: string) =>
    async (path: string, init: LooseInit = {}) => {
      const operation = operationAt(method, path);
      if (!operation || operation.id === "issueToken")
        throw new NdcConfigurationError("invalid_option", `no operation ${method} ${path}`);
      const { params, body, ...options } = init;
      const request: CallRequest = {
        path: params?.path,
        query: params?.query,
        header: params?.header,
        body,
      };
      const outcome = await invoke(context, operation, request, options);
      const requestId = outcome.info.requestId;
      return outcome.ok
        ? { data: outcome.data, response: outcome.response, requestId }
        : { error: outcome.error, response: outcome.response, requestId };
    };
  return {
    GET: call("GET"),
    POST: call("POST"),
    DELETE: call("DELETE"),
  } as unknown as RawCalls;
}
