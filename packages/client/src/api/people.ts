import type { CallOptions } from "../client/call-options.js";
import { hasArray, invokeData, isObject } from "../client/invoke.js";
import type { ClientContext } from "../client/prepare-call.js";
import type {
  BatchGetResponse,
  PersonProfile,
  PersonProfileField,
  VerifyClaims,
  VerifyResponse,
} from "../contract-types.js";
import { OPERATIONS } from "../transport/operations.js";

/** Options of the calls that read profiles: the fields to return (data minimisation) and {@link CallOptions}. */
export interface ProfileOptions extends CallOptions {
  /** The top-level fields of the profile to return; `personalId` always comes back. */
  readonly fields: readonly PersonProfileField[];
}

/** Person profiles of the human data warehouse. */
export interface PeopleApi {
  /**
   * A person's profile, with only the `fields` asked for (`GET /people/{personalId}`).
   *
   * @example
   * ```ts
   * const person = await client.people.get("001099012345", { fields: ["name", "dateOfBirth"] });
   * console.log(person.name?.value?.fullName, person.dateOfBirth?.source);
   * ```
   */
  get(personalId: string, options: ProfileOptions): Promise<PersonProfile>;
  /**
   * Whether claims about a person match the record: `match`, `mismatch` or `unavailable` per
   * field, and no data (`POST /people:verify`). Prefer it to `get` when a yes or no is enough.
   *
   * @example
   * ```ts
   * const { results } = await client.people.verify("001099012345", { dateOfBirth: "1999-03-15" });
   * console.log(results.dateOfBirth); // "match"
   * ```
   */
  verify(personalId: string, claims: VerifyClaims, options?: CallOptions): Promise<VerifyResponse>;
  /**
   * Up to 100 profiles in one call, one result per ID in order: the profile, or the problem that
   * kept it back (`POST /people:batchGet`).
   *
   * @example
   * ```ts
   * const { results } = await client.people.batchGet(["001099012345", "079301004321"], { fields: ["dateOfBirth"] });
   * for (const result of results) console.log("profile" in result ? "found" : result.problem.code);
   * ```
   */
  batchGet(personalIds: readonly string[], options: ProfileOptions): Promise<BatchGetResponse>;
}

/** The people calls of a client. */
export function peopleApi(context: ClientContext): PeopleApi {
  return {
    get: (personalId, { fields, ...options }) =>
      invokeData(
        context,
        OPERATIONS.getPerson,
        { path: { personalId }, query: { fields } },
        options,
        isObject,
      ),
    verify: (personalId, claims, options) =>
      invokeData(
        context,
        OPERATIONS.verifyPerson,
        { body: { personalId, claims } },
        options,
        (data) => isObject(data) && isObject(data.results),
      ),
    batchGet: (personalIds, { fields, ...options }) =>
      invokeData(
        context,
        OPERATIONS.batchGetPeople,
        { body: { personalIds, fields } },
        options,
        hasArray("results"),
      ),
  };
}
