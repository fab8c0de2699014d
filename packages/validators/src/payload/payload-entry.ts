import type * as z from "zod";
import type { ConsistencyRule } from "./consistency.js";

/** What is compiled for one schema document. */
export interface PayloadEntry {
  /** The zod schema: detailed issues, and the schema users can compose. */
  readonly schema: z.ZodType;
  /** The fast path: true when the payload is valid against the document. */
  readonly fastPath: (data: unknown) => boolean;
  /** The cross-field rules of the document. */
  readonly consistency: readonly ConsistencyRule[];
}
