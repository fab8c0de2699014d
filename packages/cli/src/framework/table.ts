// Tables for the terminal: box-drawn, columns as wide as their widest cell, numbers on the right.
import { pad, textWidth } from "./text-width.js";

/** A table to render: a header row and body rows; `numeric` columns align right. */
export interface TableSpec {
  readonly header?: readonly string[];
  readonly rows: readonly (readonly string[])[];
  /** Indexes of columns aligned right. */
  readonly numeric?: readonly number[];
  /** A title above the table. */
  readonly title?: string;
}

/** The table as text lines, ending with a newline. */
export function renderTable(spec: TableSpec): string {
  const all = spec.header ? [spec.header, ...spec.rows] : [...spec.rows];
  const count = Math.max(0, ...all.map((row) => row.length));
  const widths = Array.from({ length: count }, (_, column) =>
    Math.max(1, ...all.map((row) => textWidth(row[column] ?? ""))),
  );
  const numeric = new Set(spec.numeric ?? []);
  const rule = (left: string, middle: string, right: string) =>
    `${left}${widths.map((w) => "─".repeat(w + 2)).join(middle)}${right}`;
  const line = (row: readonly string[]) =>
    `│${widths
      .map((w, column) => ` ${pad(row[column] ?? "", w, numeric.has(column) ? "right" : "left")} `)
      .join("│")}│`;
  const lines: string[] = [];
  if (spec.title) lines.push(spec.title);
  lines.push(rule("┌", "┬", "┐"));
  if (spec.header) lines.push(line(spec.header), rule("├", "┼", "┤"));
  for (const row of spec.rows) lines.push(line(row));
  lines.push(rule("└", "┴", "┘"));
  return `${lines.join("\n")}\n`;
}
