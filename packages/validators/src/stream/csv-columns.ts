// The columns of a CSV header and how a row becomes a value. A column name is a path: segments
// separated by dots, a segment of digits being an array position (`nationality.0`), any other a
// property (`birthName.fullName`). An empty cell is absent: its property is left out, an array
// holds its present cells in the order of their positions, and an object or array with no present
// cell is absent itself.
import type { CsvHeaderProblem } from "./messages.js";
import type { Problem } from "./problem.js";
import { headerProblem } from "./problem.js";
import type { CsvColumnType } from "./types.js";

interface Column {
  readonly name: string;
  /** Index of the column in the row. */
  readonly position: number;
  readonly pointer: string;
  readonly type: CsvColumnType;
}

interface Branch {
  readonly kind: "object" | "array";
  /** Children by key (a property name, or a position as a number), in the order first met. */
  readonly children: Map<string | number, Branch | Column>;
}

/** An object or array of the value: its children in order (arrays: by position). */
interface Node {
  readonly kind: "object" | "array";
  readonly entries: readonly (readonly [key: string, child: Node | Column])[];
}

/** A usable header: how to build a row's value. */
export interface CsvColumns {
  /** Number of columns: every row must have as many fields. */
  readonly count: number;
  readonly root: Node;
}

function toNode(branch: Branch): Node {
  const entries = [...branch.children];
  if (branch.kind === "array") entries.sort(([a], [b]) => (a as number) - (b as number));
  return {
    kind: branch.kind,
    entries: entries.map(([key, child]) => [String(key), "kind" in child ? toNode(child) : child]),
  };
}

const POSITION = /^(?:0|[1-9][0-9]*)$/;

function escapePointer(segment: string): string {
  return segment.replaceAll("~", "~0").replaceAll("/", "~1");
}

/** The path of a column name, or why it is not one. */
function parsePath(name: string): (string | number)[] | CsvHeaderProblem {
  if (name === "") return "empty_name";
  const segments: (string | number)[] = [];
  for (const segment of name.split(".")) {
    if (segment === "") return "invalid_path";
    if (!/^[0-9]+$/.test(segment)) segments.push(segment);
    else if (POSITION.test(segment) && Number.isSafeInteger(Number(segment))) {
      segments.push(Number(segment));
    } else return "invalid_path";
  }
  // The record is an object: its path cannot start with an array position.
  return typeof segments[0] === "number" ? "invalid_path" : segments;
}

/** Add a column at its path in the tree, or say why it does not fit. */
function place(
  root: Branch,
  segments: readonly (string | number)[],
  column: Column,
): CsvHeaderProblem | undefined {
  let branch = root;
  for (let k = 0; k < segments.length; k++) {
    const key = segments[k] as string | number;
    const next = segments[k + 1];
    const existing = branch.children.get(key);
    if (next === undefined) {
      if (existing) return "conflict";
      branch.children.set(key, column);
      return undefined;
    }
    const kind = typeof next === "number" ? "array" : "object";
    if (existing === undefined) {
      const child: Branch = { kind, children: new Map() };
      branch.children.set(key, child);
      branch = child;
    } else if ("kind" in existing && existing.kind === kind) {
      branch = existing;
    } else {
      return "conflict";
    }
  }
  return undefined;
}

/** Columns from the header's fields, or the problems that make the header unusable. */
export function readHeader(
  names: readonly string[],
  columnTypes: ReadonlyMap<string, CsvColumnType>,
): CsvColumns | Problem[] {
  const problems: Problem[] = [];
  const root: Branch = { kind: "object", children: new Map() };
  const seen = new Set<string>();
  for (let position = 0; position < names.length; position++) {
    const name = (names[position] as string).trim();
    const segments = parsePath(name);
    let reason: CsvHeaderProblem | undefined;
    if (typeof segments === "string") reason = segments;
    else if (seen.has(name)) reason = "duplicate";
    else {
      seen.add(name);
      reason = place(root, segments, {
        name,
        position,
        pointer: segments.map((segment) => `/${escapePointer(String(segment))}`).join(""),
        type: columnTypes.get(name) ?? "string",
      });
    }
    if (reason) problems.push(headerProblem(reason, position + 1, name));
  }
  return problems.length > 0 ? problems : { count: names.length, root: toNode(root) };
}

const NUMBER = /^[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?$/;
const INTEGER = /^[+-]?[0-9]+$/;

const ABSENT: unique symbol = Symbol("absent");
const FAILED: unique symbol = Symbol("failed");

/** A cell as a value of the column's type, or FAILED. */
function convert(cell: string, type: CsvColumnType): unknown {
  switch (type) {
    case "string":
      return cell;
    case "number": {
      const text = cell.trim();
      const value = Number(text);
      return NUMBER.test(text) && Number.isFinite(value) ? value : FAILED;
    }
    case "integer": {
      const text = cell.trim();
      const value = Number(text);
      return INTEGER.test(text) && Number.isSafeInteger(value) ? value : FAILED;
    }
    case "boolean": {
      const text = cell.trim().toLowerCase();
      return text === "true" ? true : text === "false" ? false : FAILED;
    }
    case "json":
      try {
        return JSON.parse(cell);
      } catch {
        return FAILED;
      }
  }
}

/** Set an own property, even one named `__proto__`. */
function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === "__proto__") {
    Object.defineProperty(target, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  } else {
    target[key] = value;
  }
}

/** The value of a row with the header's number of fields; cells that do not convert are problems. */
export function buildValue(
  columns: CsvColumns,
  fields: readonly string[],
): { value: unknown; problems: Problem[]; covered: string[] } {
  const problems: Problem[] = [];
  const covered: string[] = [];
  const cellValue = (column: Column): unknown => {
    const cell = fields[column.position] ?? "";
    if (cell === "") return ABSENT;
    const value = convert(cell, column.type);
    if (value !== FAILED) return value;
    problems.push({
      code: "invalid_csv_value",
      path: column.pointer,
      params: { column: column.name, expected: column.type },
    });
    covered.push(column.pointer);
    return cell;
  };
  const build = (node: Node): unknown => {
    if (node.kind === "array") {
      const items: unknown[] = [];
      for (const [, child] of node.entries) {
        const value = "kind" in child ? build(child) : cellValue(child);
        if (value !== ABSENT) items.push(value);
      }
      return items.length > 0 ? items : ABSENT;
    }
    const result: Record<string, unknown> = {};
    let any = false;
    for (const [key, child] of node.entries) {
      const value = "kind" in child ? build(child) : cellValue(child);
      if (value === ABSENT) continue;
      setOwn(result, key, value);
      any = true;
    }
    return any ? result : ABSENT;
  };
  const value = build(columns.root);
  return { value: value === ABSENT ? {} : value, problems, covered };
}
