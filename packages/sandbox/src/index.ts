// @ndcvn/sandbox — a reference server of the NDC Sharing API on synthetic data, with fault
// injection, for building and testing without NDC credentials. Node only.
export type { SandboxClientOptions, SandboxCredentials } from "./auth/clients.js";
export type { ResponseIssue } from "./contract/response-validator.js";
export type { SandboxSamples } from "./data/samples.js";
export {
  FAULT_HEADER,
  SANDBOX_FAULTS,
  type SandboxFault,
  type SandboxFaultRates,
} from "./faults/fault-kinds.js";
export type { SandboxInternalError } from "./http/exchange.js";
export type { SandboxStats } from "./http/stats.js";
export type { SandboxOptions } from "./sandbox-options.js";
export { type RecordChangeResult, type Sandbox, startSandbox } from "./start-sandbox.js";
export { signatureOf, type WebhookDelivery, type WebhookOptions } from "./webhooks/delivery.js";
