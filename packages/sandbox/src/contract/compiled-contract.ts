// The contract compiled into validators, once per process: every sandbox in a process (a test
// suite starts many) shares them, since they hold no state of their own.
import type { Ajv2020, ValidateFunction } from "ajv/dist/2020.js";
import { compileOnce, createContractAjv } from "./ajv.js";
import { CONTRACT_ID, OPERATIONS, type OperationSpec } from "./openapi.js";
import { compileRequestValidator, type RequestValidator } from "./request-validator.js";
import {
  compileProblemValidator,
  compileResponseValidator,
  type ResponseValidator,
} from "./response-validator.js";

/** The validators of the contract. */
export interface CompiledContract {
  readonly ajv: Ajv2020;
  readonly operations: ReadonlyMap<
    string,
    {
      readonly spec: OperationSpec;
      readonly request: RequestValidator;
      readonly response: ResponseValidator;
    }
  >;
  /** Problems answered outside any operation. */
  readonly problem: ResponseValidator;
  /** The body of a webhook notice (`RecordChangeNotice`). */
  readonly notice: ValidateFunction;
}

let shared: CompiledContract | undefined;

/** The compiled contract (compiled on first use). */
export function compiledContract(): CompiledContract {
  if (shared) return shared;
  const ajv = createContractAjv();
  shared = {
    ajv,
    operations: new Map(
      OPERATIONS.map((spec) => [
        spec.id,
        {
          spec,
          request: compileRequestValidator(ajv, spec),
          response: compileResponseValidator(ajv, spec),
        },
      ]),
    ),
    problem: compileProblemValidator(ajv),
    notice: compileOnce(ajv, { $ref: `${CONTRACT_ID}#/components/schemas/RecordChangeNotice` }),
  };
  return shared;
}
