// Classifies the difference between two versions of a schema document.
//   annotation — only titles, labels, descriptions, examples or x-ndc-* annotations changed;
//   additive   — every instance valid under the old version is valid under the new one
//                (new optional property, more enum values, relaxed limits);
//   breaking   — some instance valid under the old version may be rejected by the new one.
// Where a change cannot be decided (a new pattern, a changed if/then), it counts as breaking.

const ANNOTATIONS = new Set([
  "title",
  "description",
  "examples",
  "$comment",
  "deprecated",
  "default",
]);
const isAnnotation = (key) => ANNOTATIONS.has(key) || key.startsWith("x-ndc-");
const LOWER_BOUNDS = ["minLength", "minimum", "exclusiveMinimum", "minItems", "minProperties"];
const UPPER_BOUNDS = ["maxLength", "maximum", "exclusiveMaximum", "maxItems", "maxProperties"];
const RANK = { none: 0, annotation: 1, additive: 2, breaking: 3 };
const SCHEMA_ID = /^(https:\/\/schemas\.ndcvn\.org\/[^/]+\/[^/]+\/)(\d+)\.(\d+)\.(\d+)$/;

const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
const asSet = (value) => new Set(value === undefined ? [] : [value].flat());

/**
 * @param {any} before the released document (or subschema)
 * @param {any} after the current one
 * @returns {{ level: "none" | "annotation" | "additive" | "breaking", changes: { path: string, level: string, message: string }[] }}
 */
export function compareDocuments(before, after) {
  const changes = [];
  const note = (path, level, message) => changes.push({ path: path || "/", level, message });
  walk(before, after, "", note);
  const level = changes.reduce(
    (worst, change) => (RANK[change.level] > RANK[worst] ? change.level : worst),
    "none",
  );
  return { level, changes };
}

function walk(before, after, path, note) {
  if (
    typeof before !== "object" ||
    typeof after !== "object" ||
    before === null ||
    after === null
  ) {
    if (!same(before, after)) note(path, "breaking", "schema replaced");
    return;
  }
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  for (const key of keys) {
    const a = before[key];
    const b = after[key];
    if (same(a, b)) continue;
    const at = `${path}/${key}`;
    if (isAnnotation(key)) {
      note(at, "annotation", "annotation changed");
    } else if (key === "properties") {
      compareProperties(a ?? {}, b ?? {}, before, at, note);
    } else if (key === "required") {
      const old = asSet(a);
      const added = [...asSet(b)].filter((name) => !old.has(name));
      const removed = [...old].filter((name) => !asSet(b).has(name));
      if (added.length) note(at, "breaking", `now required: ${added.join(", ")}`);
      if (removed.length) note(at, "additive", `no longer required: ${removed.join(", ")}`);
    } else if (key === "type" || key === "enum") {
      const old = asSet(a);
      const now = asSet(b);
      if (a === undefined) note(at, "breaking", `${key} added`);
      else if (b === undefined) note(at, "additive", `${key} removed`);
      else {
        const lost = [...old].filter(
          (value) =>
            !now.has(value) && !(key === "type" && value === "integer" && now.has("number")),
        );
        const gained = [...now].filter((value) => !old.has(value));
        if (lost.length)
          note(
            at,
            "breaking",
            `${key} no longer allows ${lost.map((v) => JSON.stringify(v)).join(", ")}`,
          );
        if (gained.length)
          note(
            at,
            "additive",
            `${key} now also allows ${gained.map((v) => JSON.stringify(v)).join(", ")}`,
          );
      }
    } else if (LOWER_BOUNDS.includes(key) || UPPER_BOUNDS.includes(key)) {
      const tighter =
        a === undefined || (b !== undefined && (LOWER_BOUNDS.includes(key) ? b > a : b < a));
      note(at, tighter ? "breaking" : "additive", `${key} ${a ?? "none"} → ${b ?? "none"}`);
    } else if (key === "additionalProperties" || key === "unevaluatedProperties") {
      if (b === undefined || b === true) note(at, "additive", `${key} relaxed`);
      else if (a === undefined || a === true) note(at, "breaking", `${key} restricted`);
      else walk(a, b, at, note);
    } else if (key === "$ref") {
      compareRef(a, b, at, note);
    } else if (key === "items" || key === "$defs") {
      if (a === undefined) note(at, "breaking", `${key} added`);
      else if (b === undefined) note(at, "additive", `${key} removed`);
      else if (key === "$defs") compareProperties(a, b, { additionalProperties: true }, at, note);
      else walk(a, b, at, note);
    } else if (key === "$id" || key === "$schema") {
      // The version in $id is what this comparison is for; it is checked by the caller.
    } else if (b === undefined) {
      note(at, "additive", `${key} removed`);
    } else {
      note(at, "breaking", `${key} changed`);
    }
  }
}

function compareProperties(before, after, parent, path, note) {
  for (const name of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const at = `${path}/${name}`;
    if (!(name in after)) {
      const closed =
        parent.additionalProperties === false || parent.unevaluatedProperties === false;
      note(at, closed ? "breaking" : "additive", "property removed");
    } else if (!(name in before)) {
      note(at, "additive", "property added");
    } else {
      walk(before[name], after[name], at, note);
    }
  }
}

function compareRef(before, after, path, note) {
  const a = SCHEMA_ID.exec(before ?? "");
  const b = SCHEMA_ID.exec(after ?? "");
  if (a && b && a[1] === b[1] && a[2] === b[2]) {
    note(path, "additive", `reference moved to a compatible version (${before} → ${after})`);
  } else {
    note(path, "breaking", `reference changed (${before ?? "none"} → ${after ?? "none"})`);
  }
}

/**
 * Whether the version change from `before` to `after` is allowed for the classified difference.
 * @returns {string | undefined} a problem, or undefined when the versions are right
 */
export function versionProblem(beforeId, afterId, level) {
  const a = SCHEMA_ID.exec(beforeId);
  const b = SCHEMA_ID.exec(afterId);
  if (!a || !b) return `cannot read the versions of ${beforeId} and ${afterId}`;
  const [major0, minor0, patch0] = a.slice(2).map(Number);
  const [major1, minor1, patch1] = b.slice(2).map(Number);
  const bump =
    major1 > major0
      ? "major"
      : major1 === major0 && minor1 > minor0
        ? "minor"
        : major1 === major0 && minor1 === minor0 && patch1 > patch0
          ? "patch"
          : major1 === major0 && minor1 === minor0 && patch1 === patch0
            ? "none"
            : "down";
  if (bump === "down") return `version went down: ${beforeId} → ${afterId}`;
  if (level === "breaking" && bump !== "major")
    return `breaking change needs a new major version (${afterId})`;
  if (level === "additive" && (bump === "none" || bump === "patch"))
    return `additive change needs a new minor version (${afterId})`;
  return undefined;
}
