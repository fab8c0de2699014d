// One request on its way through the pipeline, and what the pipeline works with.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { ClientGrant } from "../auth/clients.js";
import type { TokenStore } from "../auth/tokens.js";
import type { OperationSpec } from "../contract/openapi.js";
import type { RequestValidator } from "../contract/request-validator.js";
import type { ResponseIssue, ResponseValidator } from "../contract/response-validator.js";
import type { Route } from "../contract/router.js";
import type { FaultInjector } from "../faults/fault-injector.js";
import type { OperationHandler, SandboxState } from "../operations/operation-call.js";
import type { ProblemContext } from "./problem-details.js";
import type { StatsRecorder } from "./stats.js";

/** Something that went wrong inside the sandbox, for the `onInternalError` option. */
export type SandboxInternalError =
  | {
      readonly kind: "exception";
      readonly operationId: string | undefined;
      readonly error: unknown;
    }
  | {
      readonly kind: "response-validation";
      readonly operationId: string;
      readonly status: number;
      readonly issues: readonly ResponseIssue[];
    };

/** The validators of one operation. */
export interface CompiledOperation {
  readonly spec: OperationSpec;
  readonly request: RequestValidator;
  readonly response: ResponseValidator;
  readonly handler: OperationHandler | undefined;
}

/** What the pipeline works with. */
export interface PipelineContext {
  readonly state: SandboxState;
  readonly route: (method: string, path: string) => Route;
  readonly operations: ReadonlyMap<string, CompiledOperation>;
  readonly problemValidator: ResponseValidator;
  readonly clients: ReadonlyMap<string, ClientGrant>;
  readonly tokens: TokenStore;
  readonly faults: FaultInjector;
  readonly stats: StatsRecorder;
  /** Purpose codes that require `X-NDC-Case`. */
  readonly purposesNeedingCase: ReadonlySet<string>;
  readonly maxBodyBytes: number;
  readonly validateResponses: boolean;
  readonly onInternalError: ((error: SandboxInternalError) => void) | undefined;
  /** Waits, unless the sandbox closes first. */
  readonly delay: (ms: number) => Promise<void>;
}

/** One request on its way. */
export interface Exchange {
  readonly req: IncomingMessage;
  readonly res: ServerResponse;
  readonly problemContext: ProblemContext;
  readonly now: number;
  operation?: CompiledOperation | undefined;
  /** Close the connection after answering (a body over the cap was not read). */
  closeAfter?: boolean;
}

export const JSON_MEDIA = "application/json";

/** A request header as one string. */
export function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value.join(", ") : value;
}
