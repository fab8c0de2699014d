// The people operations: read a profile (only the fields asked for), verify claims (answers only
// match / mismatch / unavailable), read profiles in batches (one result per personal ID, in order).
import type {
  BatchGetRequest,
  BatchGetResult,
  PersonProfile,
  PersonProfileField,
  VerifyRequest,
} from "@ndcvn/client";
import { verifyClaims } from "../data/verify.js";
import { problemDetails } from "../http/problem-details.js";
import { json, problem, type Reply } from "../http/reply.js";
import { vietnamTime } from "../support/time.js";
import type { OperationCall, OperationHandler } from "./operation-call.js";

/** Data minimisation: the personal ID and the fields asked for, those the warehouse holds. */
function minimised(profile: PersonProfile, fields: readonly string[]): PersonProfile {
  const out: Record<string, unknown> = { personalId: profile.personalId };
  for (const field of fields) {
    const value = profile[field as PersonProfileField];
    if (value !== undefined) out[field] = value;
  }
  return out as PersonProfile;
}

/** The first field asked for that the client may not read: `403 forbidden`. */
function deniedField(call: OperationCall, fields: readonly string[]): Reply | undefined {
  const denied = fields.find((field) => !call.client.fields.has(field));
  return denied === undefined
    ? undefined
    : problem({ code: "forbidden", message: "fieldNotGranted", params: { field: denied } });
}

export const getPerson: OperationHandler = (call, { data }) => {
  const fields = call.values.query.fields as string[];
  const denied = deniedField(call, fields);
  if (denied) return denied;
  const profile = data.profile(call.values.path.personalId as string);
  if (!profile) return problem({ code: "not_found", message: "personNotFound" });
  return json(200, minimised(profile, fields));
};

export const verifyPerson: OperationHandler = (call, { data }) => {
  const request = call.values.body as VerifyRequest;
  const person = data.person(request.personalId);
  if (!person) return problem({ code: "not_found", message: "personNotFound" });
  return json(200, {
    results: verifyClaims(request.claims, person, data.asOf, data.ethnicCrosswalk),
    verifiedAt: vietnamTime(call.now),
  });
};

export const batchGetPeople: OperationHandler = (call, { data }) => {
  const request = call.values.body as BatchGetRequest;
  const denied = deniedField(call, request.fields);
  if (denied) return denied;
  const results: BatchGetResult[] = request.personalIds.map((personalId) => {
    const profile = data.profile(personalId);
    return profile
      ? { personalId, profile: minimised(profile, request.fields) }
      : {
          personalId,
          problem: problemDetails(
            { code: "not_found", message: "personNotFound" },
            call.problemContext,
          ),
        };
  });
  return json(200, { results });
};
