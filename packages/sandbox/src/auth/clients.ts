// The agency systems the sandbox knows: each with its credentials, its `X-NDC-Client` identity and
// what it was granted when it was connected — scopes, purposes, databases and profile fields. The
// default client holds everything; further clients, narrower, test the `403` answers.
import { createHash } from "node:crypto";
import { enumOf, OPERATIONS } from "../contract/openapi.js";

/** A client of the sandbox, as the `clients` option gives it. */
export interface SandboxClientOptions {
  /** The OAuth `client_id`. */
  readonly clientId: string;
  /** The OAuth `client_secret`. */
  readonly clientSecret: string;
  /** Its `X-NDC-Client` value, `VN/GOV/<agency>/<system>`. */
  readonly agency: string;
  /** The scopes it holds. @default every scope of the contract */
  readonly scopes?: readonly string[];
  /** The purposes it may give. @default every code of the `purposes` list */
  readonly purposes?: readonly string[];
  /** The databases it may read and subscribe to. @default every database of the catalog */
  readonly databases?: readonly string[];
  /** The profile fields it may read. @default every field of `PersonProfile` */
  readonly fields?: readonly string[];
}

/** The credentials of a client. */
export interface SandboxCredentials {
  readonly clientId: string;
  readonly clientSecret: string;
  /** The `X-NDC-Client` value the sandbox expects from this client. */
  readonly agency: string;
}

/** A client with its grants. */
export interface ClientGrant extends SandboxCredentials {
  readonly scopes: ReadonlySet<string>;
  readonly purposes: ReadonlySet<string>;
  readonly databases: ReadonlySet<string>;
  readonly fields: ReadonlySet<string>;
}

/** Every scope an operation of the contract asks for. */
export const SCOPES: readonly string[] = [
  ...new Set(OPERATIONS.flatMap((operation) => operation.scopes ?? [])),
].sort();

const AGENCY = /^VN\/GOV\/[^/]+\/[^/]+$/;

function only(
  name: string,
  given: readonly string[] | undefined,
  allowed: readonly string[],
  clientId: string,
): ReadonlySet<string> {
  if (given === undefined) return new Set(allowed);
  for (const value of given) {
    if (!allowed.includes(value))
      throw new RangeError(`startSandbox: client ${clientId} has unknown ${name} ${value}`);
  }
  return new Set(given);
}

/** The grants of a client option; throws a RangeError for an unusable one. */
export function grantOf(client: SandboxClientOptions): ClientGrant {
  const { clientId, clientSecret, agency } = client;
  if (typeof clientId !== "string" || clientId.length < 1 || clientId.length > 128)
    throw new RangeError("startSandbox: a client's clientId must have 1 to 128 characters");
  if (typeof clientSecret !== "string" || clientSecret.length < 1 || clientSecret.length > 256)
    throw new RangeError(
      `startSandbox: client ${clientId} needs a clientSecret of 1 to 256 characters`,
    );
  if (typeof agency !== "string" || !AGENCY.test(agency) || agency.length > 128)
    throw new RangeError(
      `startSandbox: client ${clientId} needs an agency VN/GOV/<agency>/<system>`,
    );
  return {
    clientId,
    clientSecret,
    agency,
    scopes: only("scope", client.scopes, SCOPES, clientId),
    purposes: only("purpose", client.purposes, enumOf("PurposeCode"), clientId),
    databases: only("database", client.databases, enumOf("DatabaseCode"), clientId),
    fields: only("field", client.fields, enumOf("PersonProfileField"), clientId),
  };
}

/** The default client: the contract's example agency system, a secret made from the seed. */
export function defaultClient(seed: number): SandboxClientOptions {
  const secret = createHash("sha256").update(`ndcvn-sandbox|secret|${seed}`).digest("hex");
  return {
    clientId: "h49-dvc-portal",
    clientSecret: `synthetic-secret-${secret.slice(0, 24)}`,
    agency: "VN/GOV/000.00.00.H49/dvc-portal",
  };
}
