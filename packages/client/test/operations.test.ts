// The client's table of operations is the contract's: the same routes and ids, `x-ndc-idempotent`,
// the purpose headers each declares, Idempotency-Key, and the body's media type.
import { describe, expect, it } from "vitest";
import * as main from "../src/index.js";
import { openApiDocument } from "../src/openapi.js";
import { OPERATIONS } from "../src/transport/operations.js";
import { deref, type JsonObject, operationsOf } from "./support.js";

describe("the operations table", () => {
  const contract = operationsOf("paths");

  it("lists every operation of the contract, and nothing else", () => {
    expect(
      Object.values(OPERATIONS)
        .map((o) => `${o.method} ${o.path} ${o.id}`)
        .sort(),
    ).toEqual(
      contract.map((o) => `${o.method.toUpperCase()} ${o.path} ${o.operation.operationId}`).sort(),
    );
  });

  it.each(contract.map((o) => [o.operation.operationId as string, o]))(
    "%s: idempotency, headers and body as the contract says",
    (id, { operation }) => {
      const spec = OPERATIONS[id as keyof typeof OPERATIONS];
      const names = ((operation.parameters ?? []) as JsonObject[]).map(
        (p) => (deref(p) as JsonObject).name as string,
      );
      expect(spec.idempotent).toBe(operation["x-ndc-idempotent"]);
      expect([...spec.headers].sort()).toEqual(
        names.filter((n) => ["X-NDC-Purpose", "X-NDC-Case", "X-NDC-User"].includes(n)).sort(),
      );
      expect(spec.idempotencyKey).toBe(names.includes("Idempotency-Key"));
      const content = Object.keys(
        ((operation.requestBody as JsonObject | undefined)?.content as JsonObject | undefined) ??
          {},
      );
      expect(spec.body).toBe(
        content[0] === "application/json"
          ? "json"
          : content[0] === "application/x-www-form-urlencoded"
            ? "form"
            : "none",
      );
    },
  );
});

describe("entry points", () => {
  it("the main entry leaves the big document to @ndcvn/client/openapi", () => {
    expect(main).not.toHaveProperty("openApiDocument");
    expect(openApiDocument.info.title).toBe("NDC Sharing API");
    expect(Object.keys(main).sort()).toEqual([
      "NdcApiError",
      "NdcConfigurationError",
      "NdcNetworkError",
      "NdcTimeoutError",
      "NdcValidationError",
      "createClient",
      "createRedactor",
      "isNdcApiError",
      "isNdcConfigurationError",
      "isNdcError",
      "isNdcNetworkError",
      "isNdcTimeoutError",
      "isNdcValidationError",
      "signWebhookBody",
      "verifyWebhookSignature",
    ]);
  });
});
