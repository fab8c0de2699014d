// ajv errors as the contract's problem issues: where (a JSON pointer into the body, a parameter or
// a header, as the contract names them) and which rule — never the value that broke it.
import type { ErrorObject } from "ajv";
import type { MessageId, MessageParams } from "../http/messages.js";
import type { IssueSpec } from "../http/reply.js";

const MESSAGE_BY_KEYWORD: Readonly<Record<string, MessageId>> = {
  required: "issueRequired",
  pattern: "issuePattern",
  format: "issueFormat",
  enum: "issueEnum",
  const: "issueConst",
  type: "issueType",
  minLength: "issueMinLength",
  maxLength: "issueMaxLength",
  minimum: "issueMinimum",
  maximum: "issueMaximum",
  minItems: "issueMinItems",
  maxItems: "issueMaxItems",
  uniqueItems: "issueUniqueItems",
  minProperties: "issueMinProperties",
  additionalProperties: "issueAdditionalProperties",
  unevaluatedProperties: "issueAdditionalProperties",
};

// A member name the caller made up is named in the pointer only when it looks like a field name:
// a key could itself be a personal identifier or a name.
const SAFE_MEMBER = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;

/** Where a request's values are, for the validator: the contract's names by validated key. */
export interface NameTable {
  /** Parameter key (`personalId`, `x-ndc-client`) → name as the contract writes it. */
  readonly path: ReadonlyMap<string, string>;
  readonly query: ReadonlyMap<string, string>;
  readonly header: ReadonlyMap<string, string>;
}

function unescapePointerToken(token: string): string {
  return token.replaceAll("~1", "/").replaceAll("~0", "~");
}

function escapePointerToken(token: string): string {
  return token.replaceAll("~", "~0").replaceAll("/", "~1");
}

function messageOf(error: ErrorObject): { message: MessageId; params?: MessageParams } {
  const params = error.params as Record<string, unknown>;
  const message = MESSAGE_BY_KEYWORD[error.keyword] ?? "issueSchema";
  switch (message) {
    case "issueFormat":
      return { message, params: { format: String(params.format) } };
    case "issueType":
      return { message, params: { type: String(params.type) } };
    case "issueMinimum":
    case "issueMaximum":
    case "issueMinItems":
    case "issueMaxItems":
    case "issueMinProperties":
      return { message, params: { limit: String(params.limit) } };
    case "issueSchema":
      return { message, params: { rule: codeOf(error.keyword) } };
    default:
      return { message };
  }
}

function codeOf(keyword: string): string {
  const code = keyword.replace(/[^a-zA-Z0-9_-]+(.)?/g, (_, next?: string) =>
    next ? next.toUpperCase() : "",
  );
  return /^[a-zA-Z]/.test(code) ? code : `schema${code}`;
}

/** The segment a keyword adds to the error's location (a missing or extra member). */
function memberOf(error: ErrorObject): string | undefined {
  const params = error.params as Record<string, unknown>;
  const member =
    error.keyword === "required"
      ? params.missingProperty
      : error.keyword === "additionalProperties"
        ? params.additionalProperty
        : error.keyword === "unevaluatedProperties"
          ? params.unevaluatedProperty
          : undefined;
  if (typeof member !== "string") return undefined;
  return error.keyword === "required" || SAFE_MEMBER.test(member) ? member : undefined;
}

/** The issue of one ajv error of a request (`{ path, query, header, body }`). */
function issueOf(error: ErrorObject, names: NameTable): IssueSpec | undefined {
  const segments = error.instancePath.split("/").slice(1).map(unescapePointerToken);
  const member = memberOf(error);
  if (member !== undefined) segments.push(member);
  const [where, first, ...rest] = segments;
  const { message, params } = messageOf(error);
  const rule = { code: codeOf(error.keyword), message, ...(params ? { params } : {}) };
  if (where === "body") {
    const pointer = [first, ...rest]
      .filter((token) => token !== undefined)
      .map((token) => `/${escapePointerToken(token as string)}`)
      .join("");
    return { pointer, ...rule };
  }
  if (where === undefined) return { pointer: "", ...rule };
  if (first === undefined) return undefined;
  if (where === "header") return { header: names.header.get(first) ?? first, ...rule };
  if (where === "path") return { parameter: names.path.get(first) ?? first, ...rule };
  if (where === "query") return { parameter: names.query.get(first) ?? first, ...rule };
  return undefined;
}

/** The issues of a request's ajv errors, deduplicated, in order. */
export function issuesOf(errors: readonly ErrorObject[], names: NameTable): IssueSpec[] {
  // `if` only repeats that its `then` failed, which is reported itself.
  const meaningful = errors.filter((error) => error.keyword !== "if");
  const issues: IssueSpec[] = [];
  const seen = new Set<string>();
  for (const error of meaningful.length > 0 ? meaningful : errors) {
    const issue = issueOf(error, names);
    if (!issue) continue;
    const key = `${issue.pointer ?? ""}|${issue.parameter ?? ""}|${issue.header ?? ""}|${issue.code}`;
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push(issue);
  }
  return issues;
}
