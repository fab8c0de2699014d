// One ajv instance for the whole contract: the document registered under CONTRACT_ID, the formats
// of the data standard bound to the identifier validators of @ndcvn/validators (the same checks the
// client and the validators use, so that the three agree on what is valid). Compiled once, at start.
import { FORMAT_CHECKS } from "@ndcvn/validators";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import { CONTRACT_ID, contract } from "./openapi.js";

/** A fresh ajv with the contract loaded. */
export function createContractAjv(): Ajv2020 {
  const ajv = new Ajv2020({
    // The document is OpenAPI with `x-ndc-*` annotations, not a bare schema: unknown keywords are
    // annotations, and it is not itself checked against the JSON Schema meta-schema.
    strict: false,
    validateSchema: false,
    allErrors: true,
    logger: false,
  });
  for (const [name, check] of Object.entries(FORMAT_CHECKS)) {
    ajv.addFormat(name, { type: "string", validate: check });
  }
  ajv.addSchema({ ...contract, $id: CONTRACT_ID });
  return ajv;
}

const compiled = new WeakMap<Ajv2020, Map<string, ValidateFunction>>();

/**
 * Compiles a schema once per ajv instance: the contract refers to the same few schemas (Problem,
 * RequestId …) from dozens of responses.
 */
export function compileOnce(ajv: Ajv2020, schema: object | boolean): ValidateFunction {
  let cache = compiled.get(ajv);
  if (!cache) {
    cache = new Map();
    compiled.set(ajv, cache);
  }
  const key = JSON.stringify(schema);
  let validate = cache.get(key);
  if (!validate) {
    validate = ajv.compile(schema);
    cache.set(key, validate);
  }
  return validate;
}
