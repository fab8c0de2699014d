import { describe, expect, it } from "vitest";
import { compareDocuments, versionProblem } from "../scripts/compatibility.mjs";

const base = {
  $id: "https://schemas.ndcvn.org/population/Citizen/1.0.0",
  type: "object",
  required: ["name"],
  additionalProperties: false,
  properties: {
    name: { type: "string", title: "Name", maxLength: 100 },
    sex: { type: "string", enum: ["male", "female"] },
    birth: { $ref: "https://schemas.ndcvn.org/common/PartialDate/1.0.0" },
  },
};
const edit = (change: (doc: typeof base & Record<string, unknown>) => void) => {
  const doc = structuredClone(base) as typeof base & Record<string, unknown>;
  change(doc);
  return doc;
};

describe("compareDocuments", () => {
  const cases: [string, { given: ReturnType<typeof edit>; want: string }][] = [
    ["identical", { given: edit(() => {}), want: "none" }],
    [
      "title reworded",
      {
        given: edit((d) => {
          d.properties.name.title = "Full name";
        }),
        want: "annotation",
      },
    ],
    [
      "x-ndc annotation added",
      {
        given: edit((d) => {
          (d.properties.name as Record<string, unknown>)["x-ndc-sensitivity"] = "basic";
        }),
        want: "annotation",
      },
    ],
    [
      "optional property added",
      {
        given: edit((d) => {
          (d.properties as Record<string, unknown>).email = { type: "string" };
        }),
        want: "additive",
      },
    ],
    [
      "enum value added",
      {
        given: edit((d) => {
          d.properties.sex.enum.push("other");
        }),
        want: "additive",
      },
    ],
    [
      "limit relaxed",
      {
        given: edit((d) => {
          d.properties.name.maxLength = 200;
        }),
        want: "additive",
      },
    ],
    [
      "no longer required",
      {
        given: edit((d) => {
          d.required = [];
        }),
        want: "additive",
      },
    ],
    [
      "reference to a new minor version",
      {
        given: edit((d) => {
          d.properties.birth.$ref = "https://schemas.ndcvn.org/common/PartialDate/1.1.0";
        }),
        want: "additive",
      },
    ],
    [
      "property removed from a closed object",
      {
        given: edit((d) => {
          delete (d.properties as Record<string, unknown>).sex;
        }),
        want: "breaking",
      },
    ],
    [
      "new required property",
      {
        given: edit((d) => {
          d.required.push("sex");
        }),
        want: "breaking",
      },
    ],
    [
      "enum value removed",
      {
        given: edit((d) => {
          d.properties.sex.enum = ["male"];
        }),
        want: "breaking",
      },
    ],
    [
      "limit tightened",
      {
        given: edit((d) => {
          d.properties.name.maxLength = 50;
        }),
        want: "breaking",
      },
    ],
    [
      "type narrowed",
      {
        given: edit((d) => {
          (d.properties.name as Record<string, unknown>).type = "integer";
        }),
        want: "breaking",
      },
    ],
    [
      "pattern added",
      {
        given: edit((d) => {
          (d.properties.name as Record<string, unknown>).pattern = "^[A-Z]";
        }),
        want: "breaking",
      },
    ],
    [
      "reference to a new major version",
      {
        given: edit((d) => {
          d.properties.birth.$ref = "https://schemas.ndcvn.org/common/PartialDate/2.0.0";
        }),
        want: "breaking",
      },
    ],
    [
      "closed object opened",
      {
        given: edit((d) => {
          d.additionalProperties = true as unknown as false;
        }),
        want: "additive",
      },
    ],
  ];
  it.each(cases)("%s", (_name, { given, want }) => {
    expect(compareDocuments(base, given).level).toBe(want);
  });

  it("says where and what changed", () => {
    const { changes } = compareDocuments(
      base,
      edit((d) => {
        d.required.push("sex");
      }),
    );
    expect(changes).toEqual([
      { path: "/required", level: "breaking", message: "now required: sex" },
    ]);
  });
});

describe("versionProblem", () => {
  const id = (version: string) => `https://schemas.ndcvn.org/population/Citizen/${version}`;
  it.each([
    ["1.0.0", "1.0.0", "annotation", undefined],
    ["1.0.0", "1.1.0", "additive", undefined],
    ["1.0.0", "2.0.0", "breaking", undefined],
    ["1.0.0", "1.0.0", "additive", "additive change needs a new minor version"],
    ["1.0.0", "1.0.1", "additive", "additive change needs a new minor version"],
    ["1.0.0", "1.1.0", "breaking", "breaking change needs a new major version"],
    ["2.0.0", "1.9.0", "annotation", "version went down"],
  ])("%s → %s (%s)", (from, to, level, problem) => {
    const found = versionProblem(id(from), id(to), level);
    if (problem === undefined) expect(found).toBeUndefined();
    else expect(found).toContain(problem);
  });
});
