// The generated types, as a user of the package sees them.
import { describe, expectTypeOf, it } from "vitest";
import type {
  ChangeEvent,
  ChangeFeedEntry,
  ChangeFeedPage,
  components,
  DatabaseCode,
  OperationId,
  operations,
  PersonProfile,
  PersonProfileField,
  ProblemCode,
  ProblemDetails,
  paths,
  VerificationOutcome,
  webhooks,
} from "../src/index.js";

describe("the generated types", () => {
  it("type path parameters, query parameters and headers", () => {
    type GetPerson = paths["/people/{personalId}"]["get"];
    expectTypeOf<GetPerson["parameters"]["path"]["personalId"]>().toEqualTypeOf<string>();
    expectTypeOf<GetPerson["parameters"]["query"]["fields"]>().toEqualTypeOf<
      PersonProfileField[]
    >();
    expectTypeOf<GetPerson["parameters"]["header"]["X-NDC-Client"]>().toEqualTypeOf<string>();
    expectTypeOf<GetPerson["parameters"]["header"]["X-NDC-Purpose"]>().toExtend<string>();
    expectTypeOf<"public-service-delivery">().toExtend<
      GetPerson["parameters"]["header"]["X-NDC-Purpose"]
    >();
    expectTypeOf<
      paths["/databases/{database}/records"]["get"]["parameters"]["path"]["database"]
    >().toEqualTypeOf<DatabaseCode>();
    expectTypeOf<"insurance">().toExtend<DatabaseCode>();
    expectTypeOf<"no-such-database">().not.toExtend<DatabaseCode>();
    expectTypeOf<paths>().toHaveProperty("/people/{personalId}");
    // @ts-expect-error: no such path
    expectTypeOf<paths>().toHaveProperty("/people/{id}");
    // @ts-expect-error: the path parameter is personalId
    expectTypeOf<GetPerson["parameters"]["path"]>().toHaveProperty("id");
  });

  it("type bodies and responses", () => {
    expectTypeOf<
      paths["/people/{personalId}"]["get"]["responses"][200]["content"]["application/json"]
    >().toEqualTypeOf<PersonProfile>();
    expectTypeOf<PersonProfile["personalId"]>().toEqualTypeOf<string>();
    expectTypeOf<
      operations["listRecordChanges"]["responses"][200]["content"]["application/json"]
    >().toEqualTypeOf<ChangeFeedPage>();
    expectTypeOf<ChangeFeedPage["entries"]>().toEqualTypeOf<ChangeFeedEntry[]>();
    expectTypeOf<ChangeEvent>().toEqualTypeOf<"NEW" | "UPDATE" | "CANCEL">();
    expectTypeOf<
      paths["/people:verify"]["post"]["responses"][200]["content"]["application/json"]["results"]
    >().toEqualTypeOf<{ [key: string]: VerificationOutcome }>();
    expectTypeOf<
      operations["getPerson"]["responses"][404]["content"]["application/problem+json"]
    >().toEqualTypeOf<ProblemDetails>();
    expectTypeOf<ProblemDetails["code"]>().toEqualTypeOf<ProblemCode>();
    expectTypeOf<"purpose_required">().toExtend<ProblemCode>();
    expectTypeOf<components["schemas"]["TokenResponse"]["expires_in"]>().toEqualTypeOf<number>();
    expectTypeOf<webhooks["recordChanged"]["post"]["requestBody"]>().toEqualTypeOf<
      operations["recordChanged"]["requestBody"]
    >();
    expectTypeOf<"getPerson">().toExtend<OperationId>();
    // @ts-expect-error: no such operation
    expectTypeOf<operations>().toHaveProperty("getPeople");
  });
});
